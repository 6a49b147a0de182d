import { codeSpan, escapeName } from '../../src/diff/markdown.js'
import { cleanText, showValue } from '../../src/diff/value-format.js'

describe('showValue', () => {
  test.each([
    ['$.payload', '$.payload'],
    ['order.created', 'order.created'],
    ['two words', 'two words'],
    ['', '""'],
    [' padded', '" padded"'],
    ['3.0', '"3.0"'],
    ['-12', '"-12"'],
    ['true', '"true"'],
    ['null', '"null"'],
    ['"quoted"', '"\\"quoted\\""'],
    ['{"a":1}', '"{\\"a\\":1}"'],
    ['a\nb', '"a\\nb"'],
    ['\u001b[31mred', '"\\u001b[31mred"'],
    ['next\u0085line', '"next\\u0085line"'],
    ['abc\u202edcba', '"abc\\u202edcba"']
  ])('the string %j shows as %s', (value, shown) => {
    expect(showValue(value)).toBe(shown)
  })

  test('other values show as compact JSON', () => {
    expect(showValue(3)).toBe('3')
    expect(showValue(null)).toBe('null')
    expect(showValue(false)).toBe('false')
    expect(showValue({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}')
  })

  test('long values are cut at 80 code points', () => {
    const shown = showValue('😀'.repeat(100))

    expect(Array.from(shown)).toHaveLength(80)
    expect(shown).toBe('😀'.repeat(79) + '…')
    expect(showValue('x'.repeat(80))).toBe('x'.repeat(80))
  })

  test('cleanText marks unsafe characters instead of escaping them', () => {
    expect(cleanText('a\u001b[2Jb\nc')).toBe('a\uFFFD[2Jb\uFFFDc')
  })
})

describe('Markdown escaping', () => {
  test.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x', '``` ``x ```'],
    ['x`', '`` x` ``'],
    ['a|b<script>', '`a|b<script>`']
  ])('codeSpan(%j) is %s', (content, span) => {
    expect(codeSpan(content)).toBe(span)
  })

  test('escapeName escapes punctuation and breaks mentions', () => {
    expect(escapeName('*bold* <img src=x> [a](b) @team')).toBe(
      '\\*bold\\* \\<img src\\=x\\> \\[a\\]\\(b\\) \\@\u2060team'
    )
  })
})
