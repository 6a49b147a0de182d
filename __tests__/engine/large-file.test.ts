import { readFileSync, rmSync } from 'node:fs'
import { generateConfig, serialise } from '../../bench/config-generator.js'
import { createRandom } from '../../bench/random.js'
import {
  isStreamed,
  readContent,
  STREAM_BYTES
} from '../../src/discover/file-content.js'
import { countStrings } from '../../src/json/scan.js'
import { checkBytes } from '../../src/engine/check-file.js'
import { checkRepository } from '../../src/engine/check-repository.js'
import type { Finding } from '../../src/findings/finding.js'
import { silentLogger } from '../../src/logger.js'
import {
  createTree,
  removeTree,
  type TreeEntry
} from '../discover/temp-tree.js'

/**
 * Configs from STREAM_BYTES on are read in pieces, and read again whole
 * only when they have something to report: the findings must be those of
 * the whole-text path, at the same places.
 */

/** A clean config a little over the size from which files are streamed. */
const CLEAN = serialise(
  generateConfig(createRandom(7), STREAM_BYTES + 200_000).config
)
const LINES = CLEAN.split('\n').length

/** A finding as `rule@line:column-endLine:endColumn`. */
function place(finding: Finding): string {
  return `${finding.rule}@${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`
}

let root = ''
afterEach(() => removeTree(root))

/** Checks a repository whose manifest lists `c/big.json`, by content when asked. */
async function check(
  entries: Record<string, TreeEntry>,
  options: { manifest?: string; byContent?: boolean } = {}
) {
  const manifest =
    options.manifest ?? 'connectors:\n  - path: c/big.json\n    id: cn_big\n'
  root = await createTree(
    options.byContent ? entries : { 'plugsync.yaml': manifest, ...entries }
  )
  return checkRepository({
    root,
    patterns: [],
    exclude: [],
    manifest: 'plugsync.yaml',
    logger: silentLogger
  })
}

/** The findings the whole-text path gives for the same bytes. */
function wholeTextPlaces(bytes: Buffer): string[] {
  return checkBytes('c/big.json', bytes).findings.map(place)
}

describe('a config larger than STREAM_BYTES', () => {
  it('is checked clean, keeps its parsed config, and reads its text only when asked', async () => {
    expect(Buffer.byteLength(CLEAN)).toBeGreaterThan(STREAM_BYTES)
    const result = await check({ 'c/big.json': CLEAN })
    const [report] = result.files
    expect(result.findings).toEqual([])
    expect(report!.config).toEqual(JSON.parse(CLEAN))
    expect(report!.entities.length).toBeGreaterThan(100)
    expect(report!.source!.text).toBe(CLEAN)
  })

  it('holds no text after the check: a file gone since reads as empty', async () => {
    const result = await check({ 'c/big.json': CLEAN })
    rmSync(`${root}/c/big.json`)
    const source = result.files[0]!.source!
    expect(source.text).toBe('')
    expect(source.spanOf('/flows/3/name')).toEqual({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1
    })
  })

  it('places a rule finding as the whole-text path does', async () => {
    const text = CLEAN.replace(/"version": "3\.[01]"/, '"version": 3.1')
    const result = await check({ 'c/big.json': text })
    expect(result.findings.map(place)).toEqual(['invalid-version@3:14-3:17'])
    expect(result.findings.map(place)).toEqual(
      wholeTextPlaces(Buffer.from(text))
    )
    expect(result.files[0]!.source!.text).toBe(text)
  })

  it('checks clean when the manifest turns the only rule that fires off', async () => {
    const text = CLEAN.replace(/"version": "3\.[01]"/, '"version": 3.1')
    const manifest =
      'connectors:\n  - path: c/big.json\n    id: cn_big\nrules:\n  invalid-version: off\n'
    const result = await check({ 'c/big.json': text }, { manifest })
    expect(result.findings).toEqual([])
    expect(result.files[0]!.config!.version).toBe(3.1)
  })

  it('reports a repeated key at the repeat', async () => {
    const text = CLEAN.replace('{\n', '{\n  "flows": [],\n')
    const result = await check({ 'c/big.json': text })
    const repeat = text.indexOf('"flows"', 10)
    const line = text.slice(0, repeat).split('\n').length
    expect(result.findings.map(place)).toEqual([
      `duplicate-key@${line}:3-${line}:10`
    ])
    expect(result.findings.map(place)).toEqual(
      wholeTextPlaces(Buffer.from(text))
    )
  })

  it('reports a byte-order mark at 1:1', async () => {
    const result = await check({ 'c/big.json': '\uFEFF' + CLEAN })
    expect(result.findings.map(place)).toEqual(['byte-order-mark@1:1-1:1'])
  })

  it('reports a byte that is not UTF-8 at its line and column', async () => {
    const bytes = Buffer.from(CLEAN)
    const at = bytes.lastIndexOf('"name"')
    bytes[at + 2] = 0xff
    const result = await check({ 'c/big.json': bytes })
    const line = CLEAN.slice(0, at).split('\n').length
    const column = at + 2 - CLEAN.lastIndexOf('\n', at)
    expect(result.findings.map(place)).toEqual([
      `invalid-utf8@${line}:${column}-${line}:${column + 1}`
    ])
    expect(result.findings[0]!.message).toBe(
      `byte 0xFF at line ${line}, column ${column} is not UTF-8: save the file as UTF-8`
    )
  })

  it('checks a config that holds U+FFFD, which the fast decoder also writes for a bad byte', async () => {
    const text = CLEAN.replace('"$schema": "', '"$schema": "\uFFFD')
    const result = await check({ 'c/big.json': text })
    expect(result.findings.map(place)).toEqual([])
    expect(result.files[0]!.config!.$schema).toMatch(/^\uFFFDhttps:/)
  })

  it('reports nesting deeper than the backend reads, however deep', async () => {
    for (const levels of [1001, 200_000]) {
      const deep = `${'['.repeat(levels)}${']'.repeat(levels)}`
      const text = CLEAN.replace('{\n', `{\n  "x": ${deep},\n`)
      const result = await check({ 'c/big.json': text })
      expect(result.findings.map(place)).toEqual([
        'nesting-too-deep@2:1007-2:1008'
      ])
      await removeTree(root)
    }
  })

  it('reports a syntax error at its place', async () => {
    const text = CLEAN.replace(/}\n$/, '\n')
    const result = await check({ 'c/big.json': text })
    expect(result.findings.map(place)).toEqual([
      `invalid-json@${LINES}:1-${LINES}:1`
    ])
    expect(result.findings.map(place)).toEqual(
      wholeTextPlaces(Buffer.from(text))
    )
  })

  it('reads a config that holds a zero, but no tiny number, only in pieces', async () => {
    const text = CLEAN.replace('"settings": {', '"settings": {\n    "zero": 0,')
    expect(text).not.toBe(CLEAN)
    const result = await check({ 'c/big.json': text })
    expect(result.findings).toEqual([])
    rmSync(`${root}/c/big.json`)
    expect(result.files[0]!.source!.text).toBe('')
  })

  it('reports a number that reads as zero', async () => {
    const text = CLEAN.replace('{\n', '{\n  "x": [1e-400],\n')
    const result = await check({ 'c/big.json': text })
    expect(result.findings.map(place)).toEqual([
      'unknown-key@2:3-2:6',
      'inexact-number@2:9-2:15'
    ])
    expect(result.findings.map(place).sort()).toEqual(
      wholeTextPlaces(Buffer.from(text)).sort()
    )
  })

  it('is found by its content, and other large JSON is not', async () => {
    const result = await check(
      {
        'c/big.json': CLEAN,
        'data/numbers.json': JSON.stringify(
          Array.from({ length: 600_000 }, (_, i) => i)
        ),
        'data/broken.json': CLEAN.slice(0, -3)
      },
      { byContent: true }
    )
    expect(result.files.map((report) => report.file)).toEqual([
      'c/big.json',
      'data/broken.json'
    ])
    expect(result.findings.map((f) => `${f.file} ${place(f)}`)).toEqual([
      `data/broken.json invalid-json@${LINES - 2}:4-${LINES - 2}:4`
    ])
  })

  it('reads a file whole when it is below STREAM_BYTES, in pieces from it on', () => {
    const path = '_examples/fooshop.json'
    const small = readFileSync(path)
    expect(small.length).toBeLessThan(STREAM_BYTES)
    expect(checkBytes('f.json', small).findings).toEqual([])
    const whole = readContent(path)
    expect(isStreamed(whole)).toBe(false)
    expect(whole).toEqual(small)
    const pieces = readContent(path, small.length)
    expect(isStreamed(pieces)).toBe(true)
    expect(pieces).toEqual({
      path,
      value: JSON.parse(small.toString('utf8')),
      strings: countStrings(small.toString('utf8'))
    })
    expect(isStreamed(readContent(path, small.length + 1))).toBe(false)
  })
})
