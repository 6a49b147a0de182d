import { createHash } from 'node:crypto'
import {
  canonicalJson,
  normaliseConfig,
  type JsonObject
} from '../../src/config/normalise.js'
import {
  configHash,
  decodeRecord,
  encodeRecord,
  findReviewed,
  formatRecordFile,
  type ReviewRecord
} from '../../src/review/record.js'

const HASH = 'a'.repeat(64)

const RECORD: ReviewRecord = {
  version: 1,
  headSha: '0123456789abcdef0123456789abcdef01234567',
  connectors: [
    {
      id: 'cn_compass',
      path: 'connectors/compass.json',
      environment: 'production',
      activeVersion: 7,
      configHash: HASH
    },
    {
      id: 'cn_atlas',
      path: 'connectors/a -->b.json',
      activeVersion: null,
      configHash: 'b'.repeat(64)
    }
  ]
}

function problem(text: string): string {
  const decoded = decodeRecord(text)
  if (decoded.ok) throw new Error('decoded')
  return decoded.problem
}

describe('encodeRecord and decodeRecord', () => {
  it('round-trip a record through a comment body', () => {
    const body = `<!-- marker -->\n## PlugSync config\n\ntext\n\n${encodeRecord(RECORD)}\n`
    expect(decodeRecord(body)).toEqual({ ok: true, record: RECORD })
  })

  it('write one hidden HTML comment whose payload no path can close', () => {
    const encoded = encodeRecord(RECORD)
    expect(encoded).toMatch(/^<!-- plugsync-config:record [A-Za-z0-9+/=]+ -->$/)
    expect(encoded.indexOf('-->')).toBe(encoded.length - 3)
  })

  it('round-trip a record through a --record file', () => {
    const text = formatRecordFile(RECORD)
    expect(text.endsWith('}\n')).toBe(true)
    expect(decodeRecord(text)).toEqual({ ok: true, record: RECORD })
  })

  it.each([
    [
      'a comment without a record',
      'just a comment',
      'it holds no plugsync-config record'
    ],
    [
      'an unclosed record',
      '<!-- plugsync-config:record abc',
      'the hidden record is not closed with -->'
    ],
    [
      'a record that is not base64',
      '<!-- plugsync-config:record ***edited*** -->',
      'the hidden record is not base64'
    ],
    [
      'base64 that is not JSON',
      `<!-- plugsync-config:record ${Buffer.from('{nope').toString('base64')} -->`,
      'the hidden record does not hold JSON'
    ],
    ['a JSON array', '[]', 'the record is not a JSON object'],
    [
      'a newer version',
      '{"version":2}',
      'the record has version 2; this build reads version 1'
    ],
    [
      'no version',
      '{}',
      'the record has version null; this build reads version 1'
    ],
    [
      'no head sha',
      '{"version":1,"connectors":[]}',
      'the record has no headSha'
    ],
    [
      'no connectors',
      '{"version":1,"headSha":"x"}',
      'the record has no connectors list'
    ],
    [
      'a connector that is not an object',
      '{"version":1,"headSha":"x","connectors":[1]}',
      'connectors[0] is not an object'
    ],
    [
      'a connector without id',
      `{"version":1,"headSha":"x","connectors":[{"path":"a","activeVersion":1,"configHash":"${HASH}"}]}`,
      'connectors[0] has no id'
    ],
    [
      'a connector without path',
      `{"version":1,"headSha":"x","connectors":[{"id":"a","activeVersion":1,"configHash":"${HASH}"}]}`,
      'connectors[0] has no path'
    ],
    [
      'a numeric environment',
      `{"version":1,"headSha":"x","connectors":[{"id":"a","path":"a","environment":3,"activeVersion":1,"configHash":"${HASH}"}]}`,
      'connectors[0] has an environment that is not text'
    ],
    [
      'version 0',
      `{"version":1,"headSha":"x","connectors":[{"id":"a","path":"a","activeVersion":0,"configHash":"${HASH}"}]}`,
      'connectors[0] has an activeVersion that is neither null nor a version number'
    ],
    [
      'a missing active version',
      `{"version":1,"headSha":"x","connectors":[{"id":"a","path":"a","configHash":"${HASH}"}]}`,
      'connectors[0] has an activeVersion that is neither null nor a version number'
    ],
    [
      'a short hash',
      '{"version":1,"headSha":"x","connectors":[{"id":"a","path":"a","activeVersion":1,"configHash":"abc"}]}',
      'connectors[0] has a configHash that is not a SHA-256 in hex'
    ]
  ])('report %s as a problem, never a crash', (_, text, expected) => {
    expect(problem(text)).toBe(expected)
  })

  it('refuses a comment with two records rather than pick one', () => {
    const one = encodeRecord(RECORD)
    expect(problem(`${one}\n${one}`)).toBe(
      'it holds more than one hidden record'
    )
  })

  it('refuses a text over a million characters', () => {
    expect(problem('x'.repeat(1_000_001))).toBe(
      'the text is over 1000000 characters'
    )
  })
})

describe('configHash', () => {
  it('is the SHA-256 of the canonical normalised config', () => {
    const canonical = '{"entities":[],"flows":[],"settings":{},"version":"3.1"}'
    expect(configHash({ version: '3.1' })).toBe(
      createHash('sha256').update(canonical).digest('hex')
    )
  })

  it('ignores key order, $schema and omitted defaults', () => {
    const a = {
      $schema: 'x.json',
      version: '3.1',
      flows: [{ name: 'f', source: 's', event_type: 'e', steps: [] }]
    }
    const b = {
      settings: {},
      entities: [],
      version: '3.1',
      flows: [
        {
          steps: [],
          enabled: true,
          event_type_from: null,
          event_type: 'e',
          source: 's',
          name: 'f'
        }
      ]
    }
    expect(configHash(a)).toBe(configHash(b))
    expect(configHash(a)).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each<[string, JsonObject]>([
    [
      'no lists',
      { version: '3.1', $schema: 'x.json', settings: { b: 1, a: 2 } }
    ],
    [
      'flows with and without defaults',
      {
        version: '3.1',
        flows: [
          { name: 'f', steps: [], enabled: false },
          { steps: [{ id: 's', b: 1, a: 2 }], name: 'g' },
          {}
        ]
      }
    ],
    [
      'items that are not objects, lists that are not arrays',
      {
        version: '3.1',
        entities: [1, 'two', null, [{ b: 1, a: 2 }]],
        flows: {}
      }
    ],
    [
      'a __proto__ member',
      JSON.parse('{"version": "3.1", "flows": [{"__proto__": 1, "a": 2}]}')
    ],
    [
      'a config of a megabyte, hashed in batches',
      {
        version: '3.1',
        entities: Array.from({ length: 5000 }, (_, index) => ({
          schemas: { hubspot: { object_type: `object_${index}` } },
          name: `entity_${index}`
        }))
      }
    ]
  ])('hashes the canonical text whole or in pieces alike: %s', (_, config) => {
    const canonical = canonicalJson(normaliseConfig(config))

    expect(configHash(config)).toBe(
      createHash('sha256').update(canonical).digest('hex')
    )
  })

  it('changes with any value', () => {
    expect(configHash({ version: '3.1' })).not.toBe(
      configHash({ version: '3.0' })
    )
  })
})

describe('findReviewed', () => {
  it('matches id and environment, no environment matching none', () => {
    expect(
      findReviewed(RECORD, 'cn_compass', 'production')?.activeVersion
    ).toBe(7)
    expect(findReviewed(RECORD, 'cn_compass')).toBeUndefined()
    expect(findReviewed(RECORD, 'cn_atlas')?.path).toBe(
      'connectors/a -->b.json'
    )
    expect(findReviewed(RECORD, 'cn_atlas', '')?.activeVersion).toBeNull()
  })
})
