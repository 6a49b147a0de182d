import { readFileSync } from 'node:fs'
import { checkBytes, type Severities } from '../../src/engine/check-file.js'

// The configs here hold only settings, which empty-config would note.
const QUIET: Severities = { 'empty-config': 'off' }

function check(text: string, severities: Severities = QUIET) {
  return checkBytes('connectors/a.json', Buffer.from(text, 'utf8'), severities)
}

/** The findings of a text as `rule@line:column-endLine:endColumn severity`. */
function places(text: string, severities: Severities = QUIET): string[] {
  return check(text, severities).findings.map(
    (f) =>
      `${f.rule}@${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`
  )
}

/** The `inexact-number` findings of a text as `pointer: message`. */
function messages(text: string): string[] {
  return check(text)
    .findings.filter((f) => f.rule === 'inexact-number')
    .map((f) => `${f.pointer}: ${f.message}`)
}

/** A config around `settings`, so that no other rule has anything to say. */
function config(settings: string, eol = '\n'): string {
  return [
    '{',
    '  "version": "3.1",',
    `  "settings": ${settings}`,
    '}',
    ''
  ].join(eol)
}

const TOO_LONG =
  'is an integer too long for this tool to hold exactly (it reads JSON numbers as doubles)'
const FIX =
  'write it as a string if it is an identifier, or as a smaller number'

describe('the inexact-number rule', () => {
  it('reports an integer a double rounds and a number that overflows, at their tokens', () => {
    const text = config('{"big_id": 12345678901234567890123, "limit": 1e400}')
    expect(places(text)).toEqual([
      'inexact-number@3:26-3:49 error',
      'inexact-number@3:60-3:65 error'
    ])
    expect(messages(text)).toEqual([
      `/settings/big_id: the number 12345678901234567890123 ${TOO_LONG}: it would be sent to PlugSync as 1.2345678901234568e+22; ${FIX}`,
      `/settings/limit: the number 1e400 is too large for this tool (it reads JSON numbers as doubles, at most about 1.8e308): it would be sent to PlugSync as null; ${FIX}`
    ])
  })

  it('reports a negative overflow and a nonzero number that underflows to 0', () => {
    const text = config('{"low": -1e999, "tiny": 1e-400}')
    expect(places(text)).toEqual([
      'inexact-number@3:23-3:29 error',
      'inexact-number@3:39-3:45 error'
    ])
    expect(messages(text)[1]).toBe(
      '/settings/tiny: the number 1e-400 is too small for this tool (it reads JSON numbers as doubles, whose smallest above 0 is about 5e-324): it would be sent to PlugSync as 0; write 0 if that is meant, or a larger number'
    )
  })

  it('reports an item of an array by its index', () => {
    const text = config('{"ids": [1, 9007199254740993, 2]}')
    expect(places(text)).toEqual(['inexact-number@3:27-3:43 error'])
    expect(messages(text)).toEqual([
      `/settings/ids/1: the number 9007199254740993 ${TOO_LONG}: it would be sent to PlugSync as 9007199254740992; ${FIX}`
    ])
  })

  it('reports a whole number that JSON.stringify writes in exponent notation', () => {
    const text = config('{"id": 1180591620717411303424}')
    expect(places(text)).toEqual(['inexact-number@3:22-3:44 error'])
    expect(messages(text)).toEqual([
      `/settings/id: the number 1180591620717411303424 would be sent to PlugSync in exponent notation, as 1.1805916207174113e+21, which PlugSync reads as a decimal number, not an integer (this tool reads JSON numbers as doubles): ${FIX}`
    ])
  })

  it('reports a number at the deepest level the backend reads', () => {
    // The root object and settings are levels 1 and 2: 998 arrays reach 1000.
    const deep = '['.repeat(998) + '-1e999' + ']'.repeat(998)
    const text = `{"version": "3.1", "settings": {"deep": ${deep}}}`
    expect(places(text)).toEqual(['inexact-number@1:1039-1:1045 error'])
    expect(check(text).findings[0]!.pointer).toBe(
      '/settings/deep' + '/0'.repeat(997) + '/0'
    )
  })

  it('counts lines of a CRLF file and columns in code points after astral characters', () => {
    const crlf = config('{\r\n    "tiny": 1e-400\r\n  }', '\r\n')
    expect(places(crlf)).toEqual(['inexact-number@4:13-4:19 error'])
    const astral = config(
      '{"note": "\u{1F600}\u{1F600} ok", "id": 123456789012345678901}'
    )
    expect(places(astral)).toEqual(['inexact-number@3:39-3:60 error'])
    expect(messages(astral)).toEqual([
      `/settings/id: the number 123456789012345678901 ${TOO_LONG}: it would be sent to PlugSync as 123456789012345680000; ${FIX}`
    ])
  })

  it('passes a clean config with numbers, and the bundled examples', () => {
    const text = [
      '{',
      '  "version": "3.1",',
      '  "settings": {"retry": {"max_attempts": 0, "backoff_seconds": 30}},',
      '  "entities": [{"name": "company", "schemas": {"hubspot": {}}}],',
      '  "flows": [{"name": "sync", "source": "shop", "event_type": "order",',
      '    "steps": [{"id": "s1", "action": "upsert_many", "entity": "company",',
      '      "target": "hubspot", "items": "$.payload.lines", "chunk_size": 200}]}]',
      '}'
    ].join('\n')
    expect(places(text, {})).toEqual([])
    for (const name of ['compass-light', 'fooshop']) {
      const path = `_examples/${name}.json`
      expect(checkBytes(path, readFileSync(path)).findings).toEqual([])
    }
  })

  it('passes integers a double holds and decimals the backend reads as doubles too', () => {
    const text = config(
      '{"exact": 1152921504606846976, "safe": -9007199254740991, "pi": 3.141592653589793238, "e": 1e22, "small": 1e-300}'
    )
    expect(places(text)).toEqual([])
  })

  it('passes zeros however they are written', () => {
    const text = config('{"a": 0e5, "b": 0.0, "c": -0, "d": 0E-400}')
    expect(places(text)).toEqual([])
  })

  it('passes a number written as a string, which is the fix', () => {
    const text = config(
      '{"big_id": "12345678901234567890123", "note": "1e-400"}'
    )
    expect(places(text)).toEqual([])
  })

  it('shortens a long number in its message', () => {
    const token = `0.${'0'.repeat(400)}1`
    const text = config(`{"tiny": ${token}}`)
    expect(places(text)).toEqual(['inexact-number@3:24-3:427 error'])
    expect(messages(text)[0]).toMatch(
      /^\/settings\/tiny: the number 0\.000000000000000000…0000000001 \(403 characters\) is too small /
    )
  })

  it('leaves a member a later duplicate key replaces to duplicate-key', () => {
    const text = config('{"limit": 1e400, "limit": 10}')
    expect(places(text)).toEqual(['duplicate-key@3:32-3:39 error'])
  })

  it('follows the manifest: off, or another severity', () => {
    const text = config('{"limit": 1e400}')
    expect(places(text, { ...QUIET, 'inexact-number': 'off' })).toEqual([])
    expect(places(text, { ...QUIET, 'inexact-number': 'warning' })).toEqual([
      'inexact-number@3:25-3:30 warning'
    ])
  })

  it('is checked beside the other rules, and not on a top-level number', () => {
    const text = '{"version": 3.1, "settings": {"limit": 1e400}}'
    expect(places(text)).toEqual([
      'inexact-number@1:40-1:45 error',
      'invalid-version@1:13-1:16 error'
    ])
    expect(places('1e400')).toEqual(['not-an-object@1:1-1:6 error'])
  })
})
