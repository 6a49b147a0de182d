import type { Json } from '../../src/config/normalise.js'
import { jsonEqual } from '../../src/diff/json-equal.js'

const parse = (text: string): Json => JSON.parse(text) as Json

describe('jsonEqual', () => {
  test.each([
    [
      'the same members in another order',
      '{"a": 1, "b": [1, {"c": null}]}',
      '{"b": [1, {"c": null}], "a": 1}',
      true
    ],
    ['a member more on the right', '{"a": 1}', '{"a": 1, "b": 2}', false],
    ['a member more on the left', '{"a": 1, "b": 2}', '{"a": 1}', false],
    [
      'as many members, one of another name',
      '{"a": 1, "b": 2}',
      '{"a": 1, "c": 2}',
      false
    ],
    [
      'a member whose value differs deep down',
      '{"a": {"b": [1, 2]}}',
      '{"a": {"b": [1, 3]}}',
      false
    ],
    ['an own __proto__ member against none', '{"__proto__": 1}', '{}', false],
    [
      'an own __proto__ member on both',
      '{"__proto__": {"a": 1}}',
      '{"__proto__": {"a": 1}}',
      true
    ],
    [
      '__proto__ members that differ',
      '{"__proto__": 1}',
      '{"__proto__": 2}',
      false
    ],
    ['arrays in another order', '[1, 2]', '[2, 1]', false],
    ['an array against an object', '[]', '{}', false],
    ['null against an object', 'null', '{}', false],
    ['1 against "1"', '1', '"1"', false]
  ])('%s', (_name, left, right, equal) => {
    expect(jsonEqual(parse(left), parse(right))).toBe(equal)
    expect(jsonEqual(parse(right), parse(left))).toBe(equal)
  })

  test('counts only own members, as JSON values have', () => {
    const inherits = Object.create({ a: 1 }) as Json
    expect(jsonEqual(inherits, {})).toBe(true)
    expect(jsonEqual({ a: 1 }, inherits)).toBe(false)
  })

  test('compares nesting deeper than the call stack would hold', () => {
    const deep = (leaf: number): Json => {
      let value: Json = { leaf }
      for (let i = 0; i < 100_000; i++) value = { a: [value] }
      return value
    }
    expect(jsonEqual(deep(1), deep(1))).toBe(true)
    expect(jsonEqual(deep(1), deep(2))).toBe(false)
  })
})
