import { LineIndex, spanOf } from '../../src/json/line-index.js'

function positions(text: string, offsets: number[]): string[] {
  const index = new LineIndex(text)
  return offsets.map((offset) => {
    const { line, column } = index.position(offset)
    return `${line}:${column}`
  })
}

describe('LineIndex.position', () => {
  test('counts lines and columns from 1', () => {
    expect(positions('ab\ncd', [0, 1, 2, 3, 4, 5])).toEqual([
      '1:1',
      '1:2',
      '1:3',
      '2:1',
      '2:2',
      '2:3'
    ])
  })

  test('treats CRLF as one line break and a lone CR as another', () => {
    const text = 'a\r\nb\rc\n\nd'
    expect(positions(text, [0, 1, 2, 3, 4, 5, 6, 7, 8])).toEqual([
      '1:1',
      '1:2',
      '1:3',
      '2:1',
      '2:2',
      '3:1',
      '3:2',
      '4:1',
      '5:1'
    ])
    expect(new LineIndex(text).lineCount).toBe(5)
  })

  test('counts an astral character as one column', () => {
    // 😀 is two UTF-16 units; é is one.
    const text = 'é😀x😀\n😀y'
    expect(positions(text, [1, 3, 4, 6, 7, 9])).toEqual([
      '1:2',
      '1:3',
      '1:4',
      '1:5',
      '2:1',
      '2:2'
    ])
  })

  test('maps an offset inside a surrogate pair to the column of the pair', () => {
    expect(positions('a😀b', [2])).toEqual(['1:2'])
    expect(positions('😀😀', [1, 3, 4])).toEqual(['1:1', '1:2', '1:3'])
  })

  test('answers queries in any order on a line with astral characters', () => {
    const text = 'ab😀cd😀ef'
    expect(positions(text, [9, 2, 6, 4, 0, 8, 5, 3])).toEqual([
      '1:8',
      '1:3',
      '1:6',
      '1:4',
      '1:1',
      '1:7',
      '1:5',
      '1:3'
    ])
  })

  test('does not count a lone surrogate as a pair', () => {
    expect(positions('\ud800a\udc00b', [1, 2, 3, 4])).toEqual([
      '1:2',
      '1:3',
      '1:4',
      '1:5'
    ])
  })

  test('gives a leading byte-order mark no column', () => {
    expect(positions('\uFEFF{}\n{}', [0, 1, 2, 4])).toEqual([
      '1:1',
      '1:1',
      '1:2',
      '2:1'
    ])
  })

  test('clamps offsets outside the text', () => {
    expect(positions('ab\nc', [-5, 99])).toEqual(['1:1', '2:2'])
  })

  test('places the end of a text ending in a line break on an empty last line', () => {
    expect(positions('{}\r\n', [4])).toEqual(['2:1'])
  })
})

describe('spanOf', () => {
  test('gives an exclusive end column across lines', () => {
    const index = new LineIndex('{\n  "😀": [1,\n 2]\n}')
    expect(spanOf(index, 4, 17)).toEqual({
      line: 2,
      column: 3,
      endLine: 3,
      endColumn: 4
    })
  })

  test('gives an empty span for an empty range', () => {
    expect(spanOf(new LineIndex('abc'), 3, 3)).toEqual({
      line: 1,
      column: 4,
      endLine: 1,
      endColumn: 4
    })
  })
})
