import {
  escapeToken,
  formatPointer,
  parsePointer
} from '../../src/json/pointer.js'

describe('formatPointer', () => {
  test('gives the empty pointer for the root', () => {
    expect(formatPointer([])).toBe('')
  })

  test('escapes ~ before / and joins tokens with /', () => {
    expect(formatPointer(['a/b', 'm~n', 0, '', '~1'])).toBe('/a~1b/m~0n/0//~01')
  })
})

describe('escapeToken', () => {
  test('leaves a plain token alone', () => {
    expect(escapeToken('entities')).toBe('entities')
  })
})

describe('parsePointer', () => {
  test('gives no tokens for the root', () => {
    expect(parsePointer('')).toEqual([])
  })

  test('unescapes ~1 before ~0, so ~01 stays ~1', () => {
    expect(parsePointer('/a~1b/m~0n/0//~01')).toEqual([
      'a/b',
      'm~n',
      '0',
      '',
      '~1'
    ])
  })

  test('round-trips any tokens', () => {
    const tokens = ['~', '/', '~/~', 'é😀', '']
    expect(parsePointer(formatPointer(tokens))).toEqual(tokens)
  })

  test('rejects a pointer that does not start with /', () => {
    expect(() => parsePointer('a/b')).toThrow(
      `invalid JSON Pointer "a/b": it must be empty or start with '/'`
    )
  })

  test('rejects ~ not followed by 0 or 1', () => {
    expect(() => parsePointer('/a~2')).toThrow(
      `invalid JSON Pointer "/a~2": '~' must be followed by 0 or 1`
    )
  })
})
