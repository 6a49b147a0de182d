import {
  countParsedKeys,
  countStrings,
  mayHoldInexactNumber,
  numbersMayBeInexact,
  StringCount,
  TinyNumberSearch,
  measureParsed
} from '../../src/json/scan.js'

describe('countStrings', () => {
  test.each([
    ['{}', 0],
    ['[]', 0],
    ['"a:"', 1],
    ['{"a": 1, "b": {"c": [1, {"d": null}]}}', 4],
    ['["a", "b", ":"]', 3],
    ['{"a": "b:", "c": ":"}', 4],
    ['{"a\\"": "\\"x\\":", "b": 1}', 3],
    ['{"a\\\\": "b\\\\", "c": 1}', 3],
    ['{"\\\\\\"": 1}', 1],
    ['{"a": 1, "a": 2}', 2]
  ])('counts the strings of %j as %d', (text, count) => {
    expect(countStrings(text)).toBe(count)
  })

  test.each([
    ['{"a": 1, "b": {"x": 1, "x": 2}, "a": 3}', 5, 3],
    ['{"a": "x", "a": 1}', 3, 1],
    ['{"a": {"b": "c"}, "a": 2}', 4, 1],
    ['[{"k": ["s", "t"]}, "u", {"k": null, "k": "v"}]', 7, 6]
  ])(
    'in %j it differs from the parsed count when a key repeats',
    (text, inText, parsed) => {
      expect(countStrings(text)).toBe(inText)
      expect(measureParsed(JSON.parse(text)).strings).toBe(parsed)
    }
  )

  test.each([
    '{"a": "x", "b": ["y", {"c": "z"}], "d": 1}',
    '"just a string"',
    '{"__proto__": {"x": "y"}}',
    '{"a\\"b": "\\\\", "": ""}'
  ])('in %j, without repeated keys, it equals the parsed count', (text) => {
    expect(countStrings(text)).toBe(measureParsed(JSON.parse(text)).strings)
  })
})

describe('countParsedKeys', () => {
  test('counts own keys at every level, arrays included', () => {
    expect(countParsedKeys({ a: [{ b: 1 }, { c: { d: 2 } }], e: null })).toBe(5)
    expect(countParsedKeys(JSON.parse('{"__proto__": {"x": 1}}'))).toBe(2)
    expect(countParsedKeys(7)).toBe(0)
  })

  test('handles 100,000 levels of nesting', () => {
    const text = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)
    expect(countParsedKeys(JSON.parse(text))).toBe(100_000)
  })
})

describe('measureParsed', () => {
  test.each([
    ['1', 0],
    ['{}', 1],
    ['[[{}], {"a": [[]]}]', 4],
    ['{"a": "[[[{{{"}', 1],
    ['{"a\\"[": ["\\\\"]}', 2]
  ])('measures %j as %d', (text, depth) => {
    expect(measureParsed(JSON.parse(text)).depth).toBe(depth)
  })
})

describe('measureParsed on deep and wide values', () => {
  it('measures 100,000 levels without overflowing and counts every key', () => {
    const depth = 100_000
    const value = JSON.parse('{"a":'.repeat(depth) + '"z"' + '}'.repeat(depth))
    expect(measureParsed(value)).toEqual({
      keys: depth,
      strings: depth + 1,
      depth,
      numbers: { unsafe: false, zero: false }
    })
  })
})

describe('measureParsed on numbers', () => {
  test.each([
    ['{"a": 1, "b": [2.5, -9007199254740991]}', false, false],
    ['{"a": 9007199254740992}', true, false],
    ['[[-9007199254740992]]', true, false],
    ['{"a": 1e400}', true, false],
    ['[-1e400]', true, false],
    ['{"a": [1, {"b": 0}]}', false, true],
    ['{"a": -0}', false, true],
    ['{"a": 1e-400}', false, true],
    ['{"a": "12345678901234567890123", "b": "0"}', false, false],
    ['12345678901234567890123', false, false]
  ])('notes the suspect numbers of %s', (text, unsafe, zero) => {
    expect(measureParsed(JSON.parse(text)).numbers).toEqual({ unsafe, zero })
  })
})

describe('mayHoldInexactNumber', () => {
  /** The verdict for a valid JSON text, as the engine asks it. */
  function suspects(text: string): boolean {
    return mayHoldInexactNumber(text, measureParsed(JSON.parse(text)).numbers)
  }

  test.each([
    '{"id": 12345678901234567890123}',
    '{"exact": 1152921504606846976}',
    '{"limit": 1e400}',
    '{"tiny": [1e-400]}',
    '{"tiny": -1E-0400, "zero": 0}',
    `{"tiny": 0.${'0'.repeat(400)}1}`
  ])('suspects %s', (text) => {
    expect(suspects(text)).toBe(true)
  })

  test.each([
    '{"version": "3.1", "n": 42, "pi": 3.141592653589793238}',
    '{"zero": 0, "small": 1e-99, "id": "12345678901234567890123"}',
    '{"zero": 0.0, "note": "e-12"}',
    '{"note": "1e-400"}'
  ])('clears %s', (text) => {
    expect(suspects(text)).toBe(false)
  })

  test('reads the text only when the value holds a zero', () => {
    const text = '{"note": "1e-400 .0000000000000001"}'
    expect(mayHoldInexactNumber(text, { unsafe: false, zero: false })).toBe(
      false
    )
    expect(mayHoldInexactNumber(text, { unsafe: false, zero: true })).toBe(true)
  })
})

describe('StringCount', () => {
  test.each([
    [['{"a\\', '"": 1}'], 1],
    [['{"a\\', '\\": 1}'], 1],
    [['{"a', '\\', '\\', '\\', '"": 1}'], 1],
    [['{"a\\\\', '": 1, "b": 2}'], 2],
    [['["', '"', ', "x"]'], 2],
    [['', '{"a": "b"}', ''], 2]
  ])(
    'counts the strings of %j as countStrings does the whole: %d',
    (pieces, count) => {
      const counted = new StringCount()
      for (const piece of pieces) counted.add(piece)
      expect(counted.strings).toBe(count)
      expect(countStrings(pieces.join(''))).toBe(count)
    }
  )
})

describe('TinyNumberSearch', () => {
  test.each([
    [['[1e', '-400]'], true],
    [['[1E-4', '00]'], true],
    [['[0.0000000', '00000000001]'], true],
    [['[1, ', '2, 0.0000000000000001]'], true],
    [['[1e-40]'], false],
    [['[0.00000', '0001]'], false],
    [['["e-', '400"]'], true]
  ])(
    'tells whether %j writes a number that may read as zero: %s',
    (pieces, tiny) => {
      const search = new TinyNumberSearch()
      for (const piece of pieces) search.add(piece)
      expect(search.writesTinyNumber).toBe(tiny)
      const zero = { unsafe: false, zero: true }
      expect(mayHoldInexactNumber(pieces.join(''), zero)).toBe(tiny)
    }
  )
})

describe('numbersMayBeInexact', () => {
  test.each([
    [{ unsafe: false, zero: false }, true, false, 0],
    [{ unsafe: true, zero: false }, false, true, 0],
    [{ unsafe: true, zero: true }, false, true, 0],
    [{ unsafe: false, zero: true }, false, false, 1],
    [{ unsafe: false, zero: true }, true, true, 1]
  ])(
    'for %j, with a text that writes a tiny number: %s, is %s, having searched the text %d times',
    (numbers, tiny, inexact, searches) => {
      let searched = 0
      const writesTiny = () => {
        searched++
        return tiny
      }
      expect(numbersMayBeInexact(numbers, writesTiny)).toBe(inexact)
      expect(searched).toBe(searches)
    }
  )
})
