import { parseJson, type LocatedJson } from '../../src/json/parse.js'

function located(text: string): LocatedJson {
  const outcome = parseJson(text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.json
}

/** The text a located range covers, for readable assertions. */
function textAt(
  text: string,
  pointer: string
): { key?: string; value: string } {
  const ranges = located(text).locate(pointer)
  if (ranges === undefined) throw new Error(`nothing at ${pointer}`)
  const value = text.slice(ranges.value.start, ranges.value.end)
  if (ranges.key === undefined) return { value }
  return { key: text.slice(ranges.key.start, ranges.key.end), value }
}

describe('parseJson values', () => {
  test.each([
    '{}',
    '[]',
    '0',
    '-0',
    '1e400',
    '-12.5E-3',
    '"\\u00e9\\ud83d\\ude00\\n\\"\\\\\\/\\b\\f\\r\\t"',
    '"\\ud800 lone surrogate escapes are valid"',
    '{"a": [true, false, null, {"b": "c"}], "d": 1.0}',
    ' \r\n\t{ "x" : [ 1 , 2 ] } \n',
    '{"__proto__": {"polluted": true}}',
    '{"a": 1, "a": 2, "b": {"c": 1, "c": 3}}'
  ])('gives what JSON.parse gives for %j', (text) => {
    const value = located(text).value
    expect(value).toStrictEqual(JSON.parse(text))
    expect(Object.is(value, -0)).toBe(Object.is(JSON.parse(text), -0))
  })

  test('keeps "__proto__" as an own property', () => {
    const value = located('{"__proto__": {"x": 1}}').value as object
    expect(Object.hasOwn(value, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })

  test('skips a leading byte-order mark and keeps offsets in the text given', () => {
    const text = '\uFEFF{"a": 1}'
    expect(located(text).value).toEqual({ a: 1 })
    expect(textAt(text, '/a')).toEqual({ key: '"a"', value: '1' })
    expect(located(text).locate('')).toEqual({ value: { start: 1, end: 9 } })
  })

  test('uses a value the caller already parsed', () => {
    const given = { marker: true }
    expect(parseJson('{"a": 1}', { value: given })).toMatchObject({
      ok: true,
      json: { value: given }
    })
  })

  test.each([
    ['1', 0],
    ['{}', 1],
    ['[[], {"a": [{}]}]', 4],
    ['{"a": "[[[["}', 1]
  ])('measures the depth of %j as %d', (text, depth) => {
    expect(located(text).depth).toBe(depth)
  })
})

describe('LocatedJson.locate', () => {
  const text = [
    '{',
    '  "version": "3.1",',
    '  "entities": [',
    '    {"name": "compass", "schemas": {"hubspot": {}}},',
    '    {"name": "atlas"}',
    '  ],',
    '  "a/b": {"m~n": [10, 20]},',
    '  "": "empty key",',
    '  "esc\\u0061ped": 7',
    '}'
  ].join('\n')

  test('gives the whole text for the root, with no key', () => {
    expect(located(text).locate('')).toEqual({
      value: { start: 0, end: text.length }
    })
  })

  test.each([
    ['/version', '"version"', '"3.1"'],
    ['/entities/1/name', '"name"', '"atlas"'],
    ['/entities/0/schemas/hubspot', '"hubspot"', '{}'],
    ['/a~1b/m~0n', '"m~n"', '[10, 20]'],
    ['/', '""', '"empty key"'],
    ['/escaped', '"esc\\u0061ped"', '7']
  ])('finds the key and value of %s', (pointer, key, value) => {
    expect(textAt(text, pointer)).toEqual({ key, value })
  })

  test('finds array items, which have no key', () => {
    expect(textAt(text, '/entities/0')).toEqual({
      value: '{"name": "compass", "schemas": {"hubspot": {}}}'
    })
    expect(textAt(text, '/a~1b/m~0n/1')).toEqual({ value: '20' })
  })

  test.each([
    '/missing',
    '/entities/2',
    '/entities/01',
    '/entities/-',
    '/entities/name',
    '/version/0',
    'version',
    '/a~2b'
  ])('gives undefined for %s', (pointer) => {
    expect(located(text).locate(pointer)).toBeUndefined()
  })

  test('gives the last occurrence of a repeated key', () => {
    expect(textAt('{"a": 1, "b": 2, "a": 3}', '/a')).toEqual({
      key: '"a"',
      value: '3'
    })
  })
})

describe('LocatedJson.duplicates', () => {
  test('is empty when no key repeats', () => {
    expect(
      located('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}').duplicates
    ).toEqual([])
  })

  test('names each repeated key, its pointer and the first occurrence', () => {
    const text = '{"a": 1, "n": {"x~/": 1, "y": 2, "x~/": 3}, "a": 4, "a": 5}'
    expect(located(text).duplicates).toEqual([
      {
        pointer: '/n/x~0~1',
        key: { start: 33, end: 38 },
        first: { start: 15, end: 20 }
      },
      {
        pointer: '/a',
        key: { start: 44, end: 47 },
        first: { start: 1, end: 4 }
      },
      {
        pointer: '/a',
        key: { start: 52, end: 55 },
        first: { start: 1, end: 4 }
      }
    ])
  })

  test('finds keys that repeat through different escapes', () => {
    const text = '[{"é": 1, "\\u00e9": 2}]'
    expect(located(text).duplicates).toEqual([
      {
        pointer: '/0/é',
        key: { start: 10, end: 18 },
        first: { start: 2, end: 5 }
      }
    ])
  })
})

describe('LocatedJson.inexactNumbers', () => {
  test('names each number JSON.parse changes, its pointer, token and loss', () => {
    const text =
      '{"a": [1, 9007199254740993], "b": {"c~/": 1e400, "d": -1e-400}, "e": 1180591620717411303424}'
    expect(located(text).inexactNumbers).toEqual([
      { pointer: '/a/1', range: { start: 10, end: 26 }, loss: 'rounded' },
      { pointer: '/b/c~0~1', range: { start: 42, end: 47 }, loss: 'overflow' },
      { pointer: '/b/d', range: { start: 54, end: 61 }, loss: 'underflow' },
      { pointer: '/e', range: { start: 69, end: 91 }, loss: 'notation' }
    ])
  })

  test('passes numbers a double carries, however they are written', () => {
    const text =
      '[1152921504606846976, 3.141592653589793238, 0e5, 0.0, -0, 1e-300, 12345678901234567890e0]'
    expect(located(text).inexactNumbers).toEqual([])
  })

  test('leaves out a member that a later duplicate key replaces', () => {
    const text = '{"a": 1e400, "b": {"c": 1e400}, "b": 2, "a": 1e-400}'
    expect(located(text).inexactNumbers).toEqual([
      { pointer: '/a', range: { start: 45, end: 51 }, loss: 'underflow' }
    ])
  })

  test('finds a number at the top level and 100,000 levels down', () => {
    expect(located('1e400').inexactNumbers).toEqual([
      { pointer: '', range: { start: 0, end: 5 }, loss: 'overflow' }
    ])
    const depth = 100_000
    const text = '['.repeat(depth) + '0, 1e400' + ']'.repeat(depth)
    expect(located(text).inexactNumbers).toEqual([
      {
        pointer: '/0'.repeat(depth - 1) + '/1',
        range: { start: depth + 3, end: depth + 8 },
        loss: 'overflow'
      }
    ])
  })

  test('names the item of a long array by its index', () => {
    const items = Array.from({ length: 200_000 }, () => '1')
    items[150_000] = '-12345678901234567890123'
    const text = `{"ids": [${items.join(',')}]}`
    const start = text.indexOf('-')
    expect(located(text).inexactNumbers).toEqual([
      {
        pointer: '/ids/150000',
        range: { start, end: start + 24 },
        loss: 'rounded'
      }
    ])
  })
})

describe('parseJson on extreme input', () => {
  test('parses 100,000 levels of nesting without a stack overflow', () => {
    const depth = 100_000
    const text = '{"a":'.repeat(depth) + '[1, 1]' + '}'.repeat(depth)
    const json = located(text)
    expect(json.depth).toBe(depth + 1)
    expect(json.locate('/a'.repeat(depth) + '/1')).toEqual({
      value: { start: 5 * depth + 4, end: 5 * depth + 5 }
    })
  })

  test('finds a duplicate 100,000 levels down', () => {
    const depth = 100_000
    const text = '['.repeat(depth) + '{"x": 1, "x": 2}' + ']'.repeat(depth)
    expect(located(text).duplicates).toEqual([
      {
        pointer: '/0'.repeat(depth) + '/x',
        key: { start: depth + 9, end: depth + 12 },
        first: { start: depth + 1, end: depth + 4 }
      }
    ])
  })

  test('reports an unclosed 100,000-level file at its end', () => {
    expect(parseJson('['.repeat(100_000))).toEqual({
      ok: false,
      error: {
        message:
          'unexpected end of file: the array opened at line 1, column 100000 is not closed',
        start: 100_000,
        end: 100_000
      }
    })
  })
})
