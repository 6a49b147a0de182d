import {
  containerEnd,
  indexWithin,
  JsonStream,
  JsonStreamError,
  SMALL_VALUE
} from '../../src/json/json-stream.js'
import { random } from '../random.js'

/** Parses a text fed in pieces of `size` characters. */
function streamed(text: string, size: number): unknown {
  const parser = new JsonStream()
  for (let at = 0; at < text.length; at += size) {
    parser.push(text.slice(at, at + size))
  }
  return parser.end()
}

/** The same value, keys in the same order, as `JSON.parse` gives. */
function expectAsJsonParse(text: string, size: number): void {
  const value = streamed(text, size)
  expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)))
}

/** A config-like object larger than SMALL_VALUE, so that it is opened. */
function largeConfig(flows: number): object {
  return {
    version: '3.1',
    entities: [{ name: 'contact', schema: { type: 'object' } }],
    flows: Array.from({ length: flows }, (_, i) => ({
      name: `flow-${i}`,
      steps: [{ type: 'map', fields: { email: 'Email', note: 'a "q" \\ b' } }],
      settings: { batch: i, nested: [[i], { deep: [i, i + 1] }] }
    }))
  }
}

const SIZES = [1, 3, 7, 64, 4096, 65_536]

describe('JsonStream', () => {
  test.each([
    '{}',
    '[]',
    '0',
    '-12.5e3',
    'true',
    'null',
    '"a \\"quoted\\" \\\\ string"',
    '  {"a": [1, 2, {"b": null}], "c": "d"}  ',
    '{"a": 1, "b": 2, "a": 3}',
    '{"__proto__": {"x": 1}, "y": [{"__proto__": 2}]}',
    '["\\u00e9", "😀", "\\ud83d\\ude00"]',
    '\n[\n  1,\n  [\n    2\n  ]\n]\n'
  ])('parses %j as JSON.parse does, in pieces of any size', (text) => {
    for (const size of SIZES) expectAsJsonParse(text, size)
  })

  test.each([
    ['indented by two spaces', 2],
    ['indented by a tab', '\t'],
    ['on one line', undefined]
  ])('parses a config larger than its small-value size %s', (_, indent) => {
    const text = JSON.stringify(largeConfig(2000), null, indent)
    expect(text.length).toBeGreaterThan(4 * SMALL_VALUE)
    for (const size of [997, 65_536, 1_000_000]) expectAsJsonParse(text, size)
  })

  test('keeps the last of repeated keys of an opened object in its first place', () => {
    const filler = 'x'.repeat(SMALL_VALUE)
    const text = `{"a": 1, "filler": "${filler}", "b": 2, "a": 3}`
    const value = streamed(text, 1000) as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['a', 'filler', 'b'])
    expect(value.a).toBe(3)
  })

  test('keeps __proto__ of an opened object as an own key, not the prototype', () => {
    const filler = 'x'.repeat(SMALL_VALUE)
    const text = `{"__proto__": {"polluted": true}, "f": "${filler}"}`
    const value = streamed(text, 4096) as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__', 'f'])
    expect((value as { polluted?: boolean }).polluted).toBeUndefined()
  })

  test('parses a string longer than the pieces and its small-value size', () => {
    const text = `["${'ab\\"'.repeat(SMALL_VALUE)}", 1]`
    for (const size of [1000, 65_536]) expectAsJsonParse(text, size)
  })

  test('is not misled by a line that closes a sibling at the same indentation', () => {
    // The first item is on one line: the first line holding only "  }" at
    // its indentation closes the second item, so the guess must fail.
    const text = `[\n  {"a": 1},\n  {\n    "b": 2\n  }\n]`
    for (const size of SIZES) expectAsJsonParse(text, size)
    const padded = `{"pad": "${'p'.repeat(SMALL_VALUE)}", "list": ${text}}`
    expectAsJsonParse(padded, 4096)
  })

  test('is not misled by a line that ends with a close but not its value', () => {
    const text = `[\n  {"a": {},\n   "b": [1]},\n  {"c": []\n  },\n  2\n]`
    for (const size of SIZES) expectAsJsonParse(text, size)
    const padded = `{"pad": "${'p'.repeat(SMALL_VALUE)}", "list": ${text}}`
    expectAsJsonParse(padded, 4096)
  })

  test('parses values written one to a line, some of them on several', () => {
    const items = Array.from({ length: 6000 }, (_, i) =>
      i % 7 === 6
        ? JSON.stringify({ n: i, m: [i] }, null, 2)
        : JSON.stringify({ n: i })
    )
    const text = `{\n  "items": [\n    ${items.join(',\n    ')}\n  ]\n}`
    expect(text.length).toBeGreaterThan(SMALL_VALUE)
    for (const size of [999, 65_536]) expectAsJsonParse(text, size)
  })

  test('is not misled by a line that closes a nested value at the same indentation', () => {
    const item = `{\n  "x": {\n  "y": 1\n  },\n  "z": [\n  2\n  ]\n  }`
    const text = `[\n  ${item},\n  ${item}\n]`
    for (const size of SIZES) expectAsJsonParse(text, size)
  })

  test('parses objects in batches without cutting an array item short', () => {
    // The line "    }" closes an object inside an array item at the items'
    // own indentation: a batch cut there must not parse.
    const items = Array.from({ length: 4000 }, (_, i) =>
      i % 5 === 4
        ? `[\n    {"a": ${i}\n    }, ${i}]`
        : `{\n      "n": ${i},\n      "s": "${'x'.repeat(i % 40)}"\n    }`
    )
    const text = `{\n  "items": [\n    ${items.join(',\n    ')}\n  ]\n}`
    expect(text.length).toBeGreaterThan(2 * SMALL_VALUE)
    for (const size of [1000, 65_536]) expectAsJsonParse(text, size)
  })

  test('parses deep nesting larger than its small-value size', () => {
    const levels = 100_000
    const text = `{"d": ${'['.repeat(levels)}${']'.repeat(levels)}}`
    let value = (streamed(text, 65_536) as { d: unknown }).d
    let depth = 0
    while (Array.isArray(value)) {
      depth++
      value = value[0]
    }
    expect(depth).toBe(levels)
  })

  test('reads a layout its indentation misleads without searching far for each value', () => {
    // Each item's indentation is new and its close is not where that
    // indentation says, after a long string has grown the text held. A
    // search per item through all the text held took minutes (a hang, as
    // far as a run can tell); bounded, and given up after a few misses, it
    // takes a second.
    const items = Array.from({ length: 200_000 }, (_, i) => {
      const indent = i.toString(2).replace(/0/g, ' ').replace(/1/g, '\t')
      return `\n${indent}[${i},\n2]`
    })
    const blob = 'b'.repeat(2 * 1024 * 1024)
    const text = `{"blob": "${blob}", "x": [${items.join(',')}]}`
    const value = streamed(text, 65_536) as { x: number[][] }
    expect(value.x).toHaveLength(200_000)
    expect(value.x[199_999]).toEqual([199_999, 2])
  })

  test('reads items whose guesses fail and succeed in turn', () => {
    // Each odd item is indented anew and closes elsewhere; each even one
    // ends on its line. The right guesses must not let the wrong ones
    // search on without end.
    const items = Array.from({ length: 100_000 }, (_, i) => {
      const indent = i.toString(2).replace(/0/g, ' ').replace(/1/g, '\t')
      return i % 2 === 0 ? `\n${indent}[${i},\n2]` : `\n${indent}[${i}]`
    })
    const text = `{"x": [${items.join(',')}]}`
    const value = streamed(text, 65_536) as { x: number[][] }
    expect(value.x).toHaveLength(100_000)
    expect(value.x.slice(0, 2)).toEqual([[0, 2], [1]])
  })

  test('gives JSON.parse values for random texts in random pieces', () => {
    const next = random(20261204)
    for (let round = 0; round < 40; round++) {
      const value = randomValue(next, 0)
      const indent = [undefined, 1, 2, '\t'][Math.floor(next() * 4)]
      const text = JSON.stringify(value, null, indent)
      const size = 1 + Math.floor(next() * 5000)
      expectAsJsonParse(text, size)
    }
  })

  test.each([
    ['', 'the text ends inside a value'],
    ['   ', 'the text ends inside a value'],
    ['{"a": 1', 'the text ends inside a value'],
    ['"abc', 'the text ends inside a value'],
    ['{} {}', 'text after the value'],
    ['1 2', 'text after the value']
  ])('refuses %j: %s', (text, message) => {
    for (const size of [1, 64]) {
      expect(() => streamed(text, size)).toThrow(new JsonStreamError(message))
    }
  })

  test.each([
    ['{FILLER, "a" 1}', 'expected a colon'],
    ['{FILLER, "a": 1,}', 'expected a key'],
    ['{FILLER, 1: 2}', 'expected a key'],
    ['{FILLER "b": 1}', 'expected a comma'],
    ['[FILLER 1]', 'expected a comma'],
    ['{FILLER, "a": 1', 'the text ends inside a value']
  ])('refuses %j in an opened value: %s', (text, message) => {
    const filler = `"f": ${JSON.stringify('f'.repeat(SMALL_VALUE))}`
    const opened = text.replace(
      'FILLER',
      text.startsWith('[') ? filler.slice(5) : filler
    )
    for (const size of [7, 4096]) {
      expect(() => streamed(opened, size)).toThrow(new JsonStreamError(message))
    }
  })

  test.each([
    '[1,]',
    '[01]',
    '{"a": tru}',
    "{'a': 1}",
    '[1 2]',
    '{"a": 1 "b": 2}',
    '[{"a": 1}}'
  ])('refuses %j, as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError)
    const opened = `[${JSON.stringify('f'.repeat(SMALL_VALUE))}, ${text}]`
    for (const each of [text, opened]) {
      expect(() => streamed(each, 7)).toThrow(JsonStreamError)
    }
  })
})

/** A random JSON value, now and then larger than SMALL_VALUE. */
function randomValue(next: () => number, depth: number): unknown {
  const pick = next()
  if (depth > 4 || pick < 0.3) {
    const scalars = [0, -1.5e-7, 12345, true, false, null, 'é"\\\n', '']
    return scalars[Math.floor(next() * scalars.length)]
  }
  const length = Math.floor(next() * (depth === 0 ? 400 : 12))
  if (pick < 0.6) {
    return Array.from({ length }, () => randomValue(next, depth + 1))
  }
  const members: Record<string, unknown> = {}
  for (let i = 0; i < length; i++) {
    members[`k${Math.floor(next() * length)}`] = randomValue(next, depth + 1)
  }
  return members
}

describe('JsonStream with a depth bound', () => {
  test('refuses arrays and objects opened deeper than the bound', () => {
    const filler = JSON.stringify('f'.repeat(SMALL_VALUE))
    const three = `[[[${filler}]]]`
    const parser = new JsonStream(2)
    expect(() => {
      parser.push(three)
      parser.end()
    }).toThrow(new JsonStreamError('nesting deeper than 2 levels'))
    const fits = new JsonStream(3)
    fits.push(three)
    expect(fits.end()).toEqual([[[JSON.parse(filler)]]])
  })
})

describe('containerEnd', () => {
  test('gives the end of a small value and notes nothing', () => {
    const unclosed = new Set<number>()
    expect(containerEnd('x [{"a": "]"}, [1]] y', 2, unclosed)).toBe(19)
    expect([...unclosed]).toEqual([])
  })

  test('says a value the text cuts short is incomplete', () => {
    const unclosed = new Set<number>()
    expect(containerEnd('[[1], {"a": "}', 0, unclosed)).toBe(-1)
    expect([...unclosed]).toEqual([])
  })

  test('notes every array and object still open where a large value was cut', () => {
    // Each level of deep nesting is then opened without a scan of its own:
    // a scan per level would read SMALL_VALUE characters per level.
    const text = `[1, {"a": [[2]], "b": ${'['.repeat(SMALL_VALUE)}`
    const unclosed = new Set<number>()
    expect(containerEnd(text, 0, unclosed)).toBe(-2)
    const first = text.indexOf('"b": ') + 5
    const levels = SMALL_VALUE - first
    expect(unclosed.size).toBe(2 + levels)
    expect([...unclosed].slice(0, 3)).toEqual([0, 4, first])
    expect(Math.max(...unclosed)).toBe(SMALL_VALUE - 1)
  })
})

describe('indexWithin', () => {
  test.each([
    ['abcabc', 'bc', 0, 6, 1],
    ['abcabc', 'bc', 2, 6, 4],
    ['abcabc', 'bc', 2, 4, -1],
    ['abcabc', 'bc', 2, 5, 4],
    ['abcabc', 'x', 0, 6, -1],
    ['abcabc', 'bc', 4, 100, 4]
  ])(
    'in %j finds %j from %d to %d at %d: only a match that starts in the range',
    (text, needle, from, to, at) => {
      expect(indexWithin(text, needle, from, to)).toBe(at)
    }
  )
})
