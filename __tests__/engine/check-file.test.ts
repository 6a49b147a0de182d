import { readFileSync } from 'node:fs'
import { checkBytes, type Severities } from '../../src/engine/check-file.js'
import type { Finding } from '../../src/findings/finding.js'

function check(text: string | Uint8Array, severities: Severities = {}) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  return checkBytes('connectors/a.json', bytes, severities)
}

/** The findings of a text as `rule@line:column-endLine:endColumn severity`. */
function places(text: string | Uint8Array, severities: Severities = {}) {
  return check(text, severities).findings.map(
    (f: Finding) =>
      `${f.rule}@${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`
  )
}

const clean = () =>
  '{\n  "version": "3.0",\n  "entities": [{"name": "company", "schemas": {"hubspot": {}}}]\n}\n'

describe('checkBytes', () => {
  it('passes a clean config with no findings and keeps the parsed config', () => {
    const report = check(clean())
    expect(report.findings).toEqual([])
    expect(report.config).toEqual({
      version: '3.0',
      entities: [{ name: 'company', schemas: { hubspot: {} } }]
    })
  })

  it('passes both bundled examples without a finding', () => {
    for (const name of ['compass-light', 'fooshop']) {
      const bytes = readFileSync(`_examples/${name}.json`)
      expect(checkBytes(`_examples/${name}.json`, bytes).findings).toEqual([])
    }
  })

  it('reports each entity of the examples with its mode', () => {
    const fooshop = checkBytes('f.json', readFileSync('_examples/fooshop.json'))
    const compass = checkBytes(
      'c.json',
      readFileSync('_examples/compass-light.json')
    )
    expect(compass.entities.map((e) => `${e.name}:${e.mode}`)).toEqual([
      'company:simple'
    ])
    expect(fooshop.entities.map((e) => `${e.name}:${e.mode}`)).toEqual([
      'contact:federated',
      'order:federated'
    ])
  })

  it('reports an empty file at 1:1', () => {
    expect(places('')).toEqual(['empty-file@1:1-1:1 error'])
    expect(check('').findings[0]!.message).toBe(
      'the file is empty: a config holds one JSON object, e.g. {"version": "3.1"}'
    )
  })

  it('reports a file of only white space as empty', () => {
    expect(places(' \r\n\t\n')).toEqual(['empty-file@1:1-1:1 error'])
  })

  it('reports the first byte that is not UTF-8 at its line and column', () => {
    const bytes = Buffer.concat([
      Buffer.from('{\n  "name": "caf\u00e9 \u{1F600}', 'utf8'),
      Buffer.from([0xff]),
      Buffer.from('"\n}', 'utf8')
    ])
    expect(places(bytes)).toEqual(['invalid-utf8@2:18-2:19 error'])
    expect(check(bytes).findings[0]!.message).toBe(
      'byte 0xFF at line 2, column 18 is not UTF-8: save the file as UTF-8'
    )
  })

  it('refuses an overlong encoding and a surrogate as UTF-8', () => {
    expect(places(Buffer.from([0x7b, 0xc0, 0xaf, 0x7d]))).toEqual([
      'invalid-utf8@1:2-1:3 error'
    ])
    expect(places(Buffer.from([0x7b, 0x0a, 0xed, 0xa0, 0x80]))).toEqual([
      'invalid-utf8@2:1-2:2 error'
    ])
  })

  it('tolerates a byte-order mark with a notice and checks the rest', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(clean())
    ])
    expect(places(bytes)).toEqual(['byte-order-mark@1:1-1:1 notice'])
  })

  it('reports malformed JSON at the first bad character in plain words', () => {
    const text =
      '{\r\n  "version": "3.0",\r\n  "name": "\u{1F600}" "flows": []\r\n}'
    const [finding] = check(text).findings
    expect(places(text)).toEqual(['invalid-json@3:15-3:16 error'])
    expect(finding!.message).toBe(
      `expected ',' or '}' after the value of "name"`
    )
  })

  it('reports a trailing comma and a comment as malformed', () => {
    expect(places('{"version": "3.0",}')).toEqual([
      'invalid-json@1:18-1:19 error'
    ])
    expect(places('{\n  // note\n  "version": "3.0"\n}')).toEqual([
      'invalid-json@2:3-2:5 error'
    ])
  })

  it('reports the second of two duplicate keys, naming the first', () => {
    const text = '{\n  "version": "3.0",\n  "flows": [],\n  "version": "3.1"\n}'
    expect(places(text)).toEqual([
      'duplicate-key@4:3-4:12 error',
      'empty-config@1:1-5:2 notice'
    ])
    expect(check(text).findings[0]!.message).toBe(
      'key "version" appears twice in this object (first at line 2, column 3); JSON readers keep only the last one: remove or merge one of them'
    )
  })

  it('finds duplicate keys nested deep in an array of objects', () => {
    const text =
      '{"version":"3.0","flows":[{"name":"a","name":"b","source":"s","event_type":"e","steps":[]}]}'
    expect(places(text).filter((p) => p.startsWith('duplicate-key'))).toEqual([
      'duplicate-key@1:39-1:45 error'
    ])
  })

  it('reports a top-level value that is not an object, spanning it', () => {
    expect(places('  [1, 2]\n')).toEqual(['not-an-object@1:3-1:9 error'])
    expect(check('"3.0"').findings[0]!.message).toBe(
      'the top-level value is a string: a config is one JSON object, e.g. {"version": "3.1", "entities": [], "flows": []}'
    )
  })

  it('reports nesting deeper than the backend reads, 100,000 levels, without overflowing', () => {
    const depth = 100_000
    const text = `{"version":"3.0","settings":${'['.repeat(depth)}${']'.repeat(depth)}}`
    expect(places(text)).toEqual(['nesting-too-deep@1:1028-1:1029 error'])
    expect(check(text).findings[0]!.message).toBe(
      "nesting deeper than 1000 levels: PlugSync's backend cannot read JSON nested this deep; flatten the structure"
    )
  })

  it('reports nesting too deep even where a later duplicate key hides it', () => {
    const deep = '{"k":'.repeat(1000) + '1' + '}'.repeat(1000)
    const text = `{"version":"3.0","flows":[],"settings":{"a":${deep},"a":2}}`
    expect(places(text)).toEqual(['nesting-too-deep@1:5035-1:5036 error'])
  })

  it('places a rule finding on the value, after CRLF and astral characters', () => {
    const text =
      '{\r\n  "settings": {"note": "\u{1F600}\u{1F600}"}, "flows": [1],\r\n  "version": 3.0\r\n}'
    expect(places(text, { 'wrong-type': 'off' })).toEqual([
      'invalid-version@3:14-3:17 error'
    ])
  })

  it('lets the manifest turn a rule off or change its severity', () => {
    const text = '{"version": "3.0", "flows": [], "entites": []}'
    const quiet = { 'empty-config': 'off' } as const
    expect(places(text, quiet)).toEqual(['unknown-key@1:33-1:42 warning'])
    expect(places(text, { ...quiet, 'unknown-key': 'off' })).toEqual([])
    expect(places(text, { ...quiet, 'unknown-key': 'error' })).toEqual([
      'unknown-key@1:33-1:42 error'
    ])
  })
})

describe('checkBytes on a 50 MB config', () => {
  it('checks it and places a finding near its end', () => {
    const entity = (i: number) =>
      `{"name": "e${i}", "schemas": {"hubspot": {"object_type": "companies", "field_mappings": [{"source": "$.payload.a${i}", "target": "a"}]}}}`
    const count = 420_000
    const entities = Array.from({ length: count }, (_, i) => entity(i))
    entities[count - 1] = '{"name": "e0", "schemas": {"hubspot": {}}}'
    const text = `{"version": "3.0", "entities": [\n${entities.join(',\n')}\n]}`
    expect(text.length).toBeGreaterThan(50_000_000)
    const report = check(text)
    expect(
      report.findings.map((f) => `${f.rule}@${f.line}:${f.column}`)
    ).toEqual([`duplicate-entity-name@${count + 1}:10`])
  })
})

describe('checkBytes on hostile sizes', () => {
  it('reports a file larger than a config may be without reading it as text', () => {
    const bytes = Buffer.alloc(128 * 1024 * 1024 + 1, 0x20)
    expect(places(bytes)).toEqual(['unreadable-file@1:1-1:1 error'])
    expect(check(bytes).findings[0]!.message).toBe(
      'the file is 128 MiB, more than the 128 MiB a config may have: if it is not a config, add it to exclude'
    )
  })

  it('reports 200,000 unknown keys without overflowing the stack', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}": 1`)
    const text = `{"version": "3.0", "flows": [], ${keys.join(', ')}}`
    const findings = check(text, { 'empty-config': 'off' }).findings
    expect(findings.length).toBe(200_000)
    expect(findings[199_999]!.rule).toBe('unknown-key')
  })
})
