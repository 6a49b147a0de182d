import {
  countKeys,
  countParsedKeys,
  measureParsed
} from '../../src/json/scan.js'

describe('countKeys', () => {
  test.each([
    ['{}', 0],
    ['[]', 0],
    ['"a:"', 0],
    ['{"a": 1, "b": {"c": [1, {"d": null}]}}', 4],
    ['{"a" \n\t: 1}', 1],
    ['["a", "b", ":"]', 0],
    ['{"a": "b:", "c": ":"}', 2],
    ['{"a\\"": "\\"x\\":", "b": 1}', 2],
    ['{"a\\\\": "b\\\\", "c": 1}', 2],
    ['{"a": 1, "a": 2}', 2]
  ])('counts the keys of %j as %d', (text, count) => {
    expect(countKeys(text)).toBe(count)
  })

  test('differs from the parsed count exactly when a key repeats', () => {
    const text = '{"a": 1, "b": {"x": 1, "x": 2}, "a": 3}'
    expect(countKeys(text)).toBe(5)
    expect(countParsedKeys(JSON.parse(text))).toBe(3)
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
    const value = JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))
    expect(measureParsed(value)).toEqual({ keys: depth, depth })
  })
})
