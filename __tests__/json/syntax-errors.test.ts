import { LineIndex } from '../../src/json/line-index.js'
import { parseJson } from '../../src/json/parse.js'

/** Asserts the one error a text gives: its message and its offsets. */
function expectSyntaxError(
  text: string,
  message: string,
  start: number,
  end = start + 1
): void {
  expect(parseJson(text)).toEqual({ ok: false, error: { message, start, end } })
}

function errorPosition(text: string): { line: number; column: number } {
  const outcome = parseJson(text)
  if (outcome.ok) throw new Error('expected a syntax error')
  return new LineIndex(text).position(outcome.error.start)
}

describe('parseJson syntax errors', () => {
  test.each([
    [
      '{"name": "x" "b": 1}',
      `expected ',' or '}' after the value of "name"`,
      13
    ],
    ['{"a": 1 2}', `expected ',' or '}' after the value of "a"`, 8],
    ['{"a": 1]', `expected ',' or '}' after the value of "a"`, 7],
    ['[1, 2, 3 4]', "expected ',' or ']' after item 3 of the array", 9],
    ['[[] {}]', "expected ',' or ']' after item 1 of the array", 4],
    ['{"a\\"b": 1 x}', `expected ',' or '}' after the value of "a\\"b"`, 11],
    ['{"a": 1,}', "trailing comma before '}': remove it", 7],
    ['[1, 2,\n]', "trailing comma before ']': remove it", 5],
    ['{"a": {"b": 1,  }}', "trailing comma before '}': remove it", 13],
    ['{"a": NaN}', 'NaN is not valid JSON: use null or a number', 6, 9],
    ['[Infinity]', 'Infinity is not valid JSON: use null or a number', 1, 9],
    ['[-Infinity]', '-Infinity is not valid JSON: use null or a number', 1, 10],
    [
      '{"a": undefined}',
      'undefined is not valid JSON: use null or leave the member out',
      6,
      15
    ],
    ['[None]', "'None' is not valid JSON: use null", 1, 5],
    ['[True]', "'True' is not valid JSON: write true in lower case", 1, 5],
    ['[NULL]', "'NULL' is not valid JSON: write null in lower case", 1, 5],
    ['[tru]', "invalid literal 'tru': did you mean true?", 1, 4],
    ['[true1]', "invalid literal 'true1': did you mean true?", 1, 6],
    ['[nul]', "invalid literal 'nul': did you mean null?", 1, 4],
    [
      '[f]',
      "unexpected word 'f': text values must be double-quoted strings",
      1,
      2
    ],
    [
      '{"a": yes}',
      "unexpected word 'yes': text values must be double-quoted strings",
      6,
      9
    ],
    ['{a: 1}', 'property names must be double-quoted strings', 1, 2],
    [
      '{"a": 1, name_2: 1}',
      'property names must be double-quoted strings',
      9,
      15
    ],
    ['{1: 1}', 'property names must be double-quoted strings', 1, 2],
    ["{'a': 1}", 'strings must use double quotes, not single quotes', 1],
    ["['a']", 'strings must use double quotes, not single quotes', 1],
    [
      '{"a": 1} // done',
      'comments are not allowed in JSON: remove the comment',
      9,
      11
    ],
    ['{/* c */}', 'comments are not allowed in JSON: remove the comment', 1, 3],
    [
      '[1 /* c */]',
      'comments are not allowed in JSON: remove the comment',
      3,
      5
    ],
    [
      '{"a": // c\n1}',
      'comments are not allowed in JSON: remove the comment',
      6,
      8
    ],
    [
      '{"a": 1',
      'unexpected end of file: the object opened at line 1, column 1 is not closed',
      7,
      7
    ],
    [
      '"abc',
      'unterminated string: the string opened at line 1, column 1 has no closing quote',
      4,
      4
    ],
    [
      '"ab\\',
      'unterminated string: the string opened at line 1, column 1 has no closing quote',
      4,
      4
    ],
    [
      '"a\nb"',
      'control character U+000A in a string: write it as \\n, or close the string before the line break',
      2
    ],
    ['"a\tb"', 'control character U+0009 in a string: write it as \\t', 2],
    [
      '"a\u0001b"',
      'control character U+0001 in a string: write it as \\u0001',
      2
    ],
    [
      '"C:\\Users"',
      "invalid escape '\\U' in a string: write \\\\ for a backslash",
      3,
      5
    ],
    [
      '"\\x41"',
      "invalid escape '\\x' in a string: write \\\\ for a backslash",
      1,
      3
    ],
    [
      '"\\😀"',
      "invalid escape '\\😀' in a string: write \\\\ for a backslash",
      1,
      4
    ],
    [
      '"\\u12G4"',
      "invalid escape '\\u12' in a string: \\u must be followed by four hexadecimal digits",
      1,
      5
    ],
    ['01', "invalid number '01': leading zeros are not allowed", 0, 2],
    ['[-01]', "invalid number '-01': leading zeros are not allowed", 1, 4],
    [
      '[1.]',
      "invalid number '1.': write a digit after the decimal point",
      1,
      3
    ],
    [
      '[.5]',
      "invalid number '.5': write a digit before the decimal point",
      1,
      3
    ],
    ['[+1]', "invalid number '+1': remove the '+' sign", 1, 3],
    ['[1e]', "invalid number '1e': the exponent needs digits", 1, 3],
    ['[1e+]', "invalid number '1e+': the exponent needs digits", 1, 4],
    [
      '[0x1F]',
      "invalid number '0x1F': JSON numbers are written in decimal",
      1,
      5
    ],
    [
      '[-]',
      "invalid number '-': a minus sign must be followed by digits",
      1,
      2
    ],
    ['[1.2.3]', "invalid number '1.2.3'", 1, 6],
    ['{"d": 2024-01-01}', "invalid number '2024-01-01'", 6, 16],
    [
      '{"a": 1} x',
      "unexpected 'x' after the top-level value: a config holds exactly one JSON value",
      9
    ],
    [
      '{} {}',
      "unexpected '{' after the top-level value: a config holds exactly one JSON value",
      3
    ],
    ['', 'the file is empty', 0, 0],
    ['\uFEFF', 'the file is empty', 1, 1],
    [
      ' \n\t',
      'the file holds only whitespace: a config holds one JSON object',
      3,
      3
    ],
    ['{"a" 1}', `expected ':' after the property name "a"`, 5],
    [
      '{"a"',
      'unexpected end of file: the object opened at line 1, column 1 is not closed',
      4,
      4
    ],
    ['{"a":}', 'expected the value of "a"', 5],
    ['[1,,2]', 'expected a value', 3],
    ['[}', 'expected a value', 1],
    ['{,}', "expected a property name in double quotes or '}'", 1],
    ['{"a": 1,,}', 'expected a property name in double quotes', 8],
    [
      '[1,\u00a02]',
      'unexpected U+00A0 (no-break space): only spaces, tabs and line breaks may separate JSON values',
      3
    ],
    [
      '{"a":\u200b1}',
      'unexpected U+200B (zero-width space): only spaces, tabs and line breaks may separate JSON values',
      5
    ],
    [
      '[1]\uFEFF',
      'unexpected U+FEFF (byte-order mark): only spaces, tabs and line breaks may separate JSON values',
      3
    ],
    [
      '{\u201ca\u201d: 1}',
      `unexpected curly quote '\u201c' (U+201C): strings must use straight double quotes (")`,
      1
    ],
    [
      '[1]\u0000',
      'unexpected control character U+0000 after the top-level value: a config holds exactly one JSON value',
      3
    ],
    [
      '[1] 😀',
      "unexpected '😀' (U+1F600) after the top-level value: a config holds exactly one JSON value",
      4,
      6
    ]
  ])('%j: %s', (...row: [string, string, number, number?]) => {
    // A rest parameter: with a fourth named one, jest would pass `done`.
    expectSyntaxError(...row)
  })

  test('names the innermost open container and where it opened', () => {
    expectSyntaxError(
      '{\n  "a": [\n    {"b": 1}',
      'unexpected end of file: the array opened at line 2, column 8 is not closed',
      23,
      23
    )
  })

  test('quotes a long key cut short', () => {
    const key = 'k'.repeat(60)
    expectSyntaxError(
      `{"${key}": 1 2}`,
      `expected ',' or '}' after the value of "${'k'.repeat(37)}..."`,
      67
    )
  })

  test('stops at the bracket that crosses maxDepth', () => {
    const text = '['.repeat(4) + ']'.repeat(4)
    expect(parseJson(text, { maxDepth: 3 })).toEqual({
      ok: false,
      error: { message: 'nesting deeper than 3 levels', start: 3, end: 4 }
    })
    expect(parseJson(text, { maxDepth: 4 }).ok).toBe(true)
  })

  test('places errors after CRLF line breaks by line and code-point column', () => {
    expect(
      errorPosition('{\r\n  "a": 1,\r\n  "b": 2\r\n  "c": 3\r\n}')
    ).toEqual({
      line: 4,
      column: 3
    })
  })

  test('counts an astral character before the error as one column', () => {
    expect(errorPosition('{"😀😀": 1 x}')).toEqual({ line: 1, column: 10 })
    expect(errorPosition('{"é": tru}')).toEqual({ line: 1, column: 7 })
  })

  test('places the error after a lone CR line break', () => {
    expect(errorPosition('{\r"a": 1\r,}')).toEqual({ line: 3, column: 1 })
  })

  test('reports the position of a bracket opened after astral characters', () => {
    expectSyntaxError(
      '{"😀": [',
      'unexpected end of file: the array opened at line 1, column 7 is not closed',
      8,
      8
    )
  })
})
