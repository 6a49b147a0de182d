import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { sniffConfig, takeSniffed } from '../../src/discover/config-sniff.js'
import { checkBytes } from '../../src/engine/check-file.js'
import { checkRepository } from '../../src/engine/check-repository.js'
import { silentLogger } from '../../src/logger.js'

/**
 * The shortcuts the benchmark led to must not change a result: the parse
 * discovery hands over, and what a repository check keeps of each file.
 */

const CLEAN = JSON.stringify(
  {
    version: '3.1',
    entities: [{ name: 'company', schemas: { hubspot: {} } }]
  },
  null,
  2
)
const DUPLICATED =
  '{\n  "version": "3.0",\n  "version": "3.1",\n  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }]\n}\n'

async function repository(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'plugsync-fast-'))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

describe('takeSniffed', () => {
  it('hands over the text and value the sniff parsed, once', () => {
    const bytes = Buffer.from(CLEAN)
    expect(sniffConfig(bytes)).toBe('config')
    expect(takeSniffed(bytes)).toEqual({ text: CLEAN, value: JSON.parse(CLEAN) })
    expect(takeSniffed(bytes)).toBeUndefined()
  })

  it('hands over the text after a byte-order mark, as the engine decodes it', () => {
    const bytes = Buffer.from('\uFEFF' + CLEAN)
    sniffConfig(bytes)
    expect(takeSniffed(bytes)?.text).toBe(CLEAN)
  })

  it('keeps nothing for a second byte-order mark, which the engine reports', () => {
    const bytes = Buffer.from('\uFEFF\uFEFF' + CLEAN)
    expect(sniffConfig(bytes)).toBe('config')
    expect(takeSniffed(bytes)).toBeUndefined()
  })

  it('keeps nothing for JSON that is not a config', () => {
    const bytes = Buffer.from('{"name": "package"}')
    expect(sniffConfig(bytes)).toBe('other')
    expect(takeSniffed(bytes)).toBeUndefined()
  })
})

describe('checkBytes with the parse handed over', () => {
  it('reports what it reports when it parses itself', () => {
    for (const text of ['\uFEFF' + CLEAN, DUPLICATED]) {
      const bytes = Buffer.from(text)
      const parsed = {
        text: text.replace(/^\uFEFF/, ''),
        value: JSON.parse(text.replace(/^\uFEFF/, ''))
      }
      const given = checkBytes('a.json', bytes, {}, parsed)
      const alone = checkBytes('a.json', bytes)
      expect(given.findings).toEqual(alone.findings)
      expect(given.findings.map((f) => f.rule)).toEqual(
        text === DUPLICATED ? ['duplicate-key'] : ['byte-order-mark']
      )
    }
  })
})

describe('checkRepository', () => {
  let root = ''
  afterEach(() => rm(root, { recursive: true, force: true }))

  it('keeps the parse of connectors only, and the text of files with findings', async () => {
    root = await repository({
      'plugsync.yaml': 'connectors:\n  - path: c/listed.json\n    id: cn_1\n',
      'c/listed.json': CLEAN,
      'c/other.json': CLEAN,
      'c/duplicated.json': DUPLICATED
    })
    const check = await checkRepository({
      root,
      patterns: [],
      exclude: [],
      manifest: 'plugsync.yaml',
      logger: silentLogger
    })
    const kept = check.files.map(
      (file) =>
        `${file.file} config:${file.config !== undefined} text:${file.source !== undefined}`
    )
    expect(kept).toEqual([
      'c/duplicated.json config:false text:true',
      'c/listed.json config:true text:true',
      'c/other.json config:false text:false'
    ])
    expect(check.findings.map((f) => `${f.file} ${f.rule} ${f.line}`)).toEqual(
      ['c/duplicated.json duplicate-key 3']
    )
  })
})
