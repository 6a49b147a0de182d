import { jsonText, PIECE } from '../../src/report/json-text.js'

const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
const joined = (value: unknown, depth: number) =>
  [...jsonText(value, depth)].join('')

describe('jsonText', () => {
  const values: Array<[string, unknown]> = [
    ['a number', 42],
    ['a string with escapes', 'line\nbreak "quoted" \u2028 \\'],
    ['null', null],
    ['empty containers', { list: [], object: {}, nested: [[], {}] }],
    [
      'a report',
      {
        tool: 'plugsync-config',
        valid: false,
        counts: { error: 1, warning: 0 },
        files: [{ file: 'a.json', entities: [{ name: 'x', mode: 'full' }] }],
        findings: [
          { rule: 'r', message: 'two\nlines', related: [{ line: 1 }] },
          { rule: 's', message: 'ok' }
        ]
      }
    ],
    [
      'what JSON.stringify leaves out or writes as null',
      {
        gone: undefined,
        fn: () => 1,
        sym: Symbol('s'),
        list: [undefined, () => 1, Symbol('t'), 1],
        kept: 1
      }
    ],
    ['only members it leaves out', { gone: undefined }],
    ['a value with toJSON', { at: new Date(0), deep: [{ at: new Date(1) }] }],
    ['a list of lists', [[1, [2, [3, [4]]]], { a: { b: { c: { d: 1 } } } }]]
  ]

  it.each(values)(
    'joins into the text JSON.stringify gives: %s, at every depth',
    (_, value) => {
      for (const depth of [0, 1, 2, 3, 5]) {
        expect(joined(value, depth)).toBe(whole(value))
      }
    }
  )

  it('gives a huge report in pieces of about 64 KiB, never whole', () => {
    const findings = Array.from({ length: 20_000 }, (_, index) => ({
      rule: 'unknown-key',
      file: `connectors/c${index}.json`,
      line: index,
      message: `flow ${index} has an unknown key "x" `.repeat(4)
    }))
    const report = { tool: 'plugsync-config', findings }
    const pieces = [...jsonText(report, 2)]
    const text = whole(report)
    expect(text.length).toBeGreaterThan(5_000_000)
    expect(pieces.join('')).toBe(text)
    expect(pieces.length).toBe(81)
    for (const piece of pieces) {
      expect(piece.length).toBeLessThan(PIECE + 1024)
    }
  })
})
