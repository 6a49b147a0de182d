import { TextLines } from '../../src/diff/text-lines.js'

/** Every line of a text, read one by one. */
function linesOf(text: TextLines): string[] {
  return Array.from({ length: text.count }, (_, index) => text.line(index))
}

describe('TextLines', () => {
  test('an empty text has no lines', () => {
    const text = new TextLines('')

    expect([text.count, text.noFinalNewline]).toEqual([0, false])
  })

  test('a final newline ends the last line and adds none', () => {
    const text = new TextLines('a\n\nbc\n')

    expect(linesOf(text)).toEqual(['a', '', 'bc'])
    expect([text.noFinalNewline, text.isLastWithoutNewline(2)]).toEqual([
      false,
      false
    ])
  })

  test('a last line without a newline is a line, and marked', () => {
    const text = new TextLines('a\nbc')

    expect(linesOf(text)).toEqual(['a', 'bc'])
    expect(text.noFinalNewline).toBe(true)
    expect([
      text.isLastWithoutNewline(0),
      text.isLastWithoutNewline(1)
    ]).toEqual([false, true])
  })

  test('a carriage return stays part of its line, as diff(1) keeps it', () => {
    expect(linesOf(new TextLines('a\r\nb\r\n'))).toEqual(['a\r', 'b\r'])
  })

  test('a span keeps the newlines between its lines', () => {
    const text = new TextLines('a\nb\nc\nd\n')

    expect(text.span(1, 3)).toBe('b\nc')
    expect(text.span(3, 4)).toBe('d')
  })

  test('a span that ends the text without a newline gets one', () => {
    const text = new TextLines('a\nb\nc')

    expect(text.span(1, 3)).toBe('b\nc\n')
    expect(text.span(0, 1)).toBe('a')
  })

  test('indent counts the leading spaces up to a limit', () => {
    const text = new TextLines('        x\n  y\n\t z\n   ')

    expect([0, 1, 2, 3].map((line) => text.indent(line, 6))).toEqual([
      6, 2, 0, 3
    ])
  })

  test('texts of many lines are read to the last', () => {
    const lines = Array.from({ length: 5000 }, (_, index) => `line ${index}`)
    const text = new TextLines(lines.join('\n') + '\n')

    expect(text.count).toBe(5000)
    expect([text.line(0), text.line(1023), text.line(1024)]).toEqual([
      'line 0',
      'line 1023',
      'line 1024'
    ])
    expect(text.line(4999)).toBe('line 4999')
  })
})
