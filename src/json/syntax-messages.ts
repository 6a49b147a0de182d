/**
 * The plain-words messages of the JSON parser for tokens that are not JSON:
 * each names what was found and, where there is one, the fix.
 */

/** Characters people paste that look like spaces but JSON does not allow. */
const LOOKALIKE_SPACES: Readonly<Record<number, string>> = {
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x85: 'next line',
  0xa0: 'no-break space',
  0x1680: 'ogham space mark',
  0x2000: 'en quad',
  0x2001: 'em quad',
  0x2002: 'en space',
  0x2003: 'em space',
  0x2004: 'three-per-em space',
  0x2005: 'four-per-em space',
  0x2006: 'six-per-em space',
  0x2007: 'figure space',
  0x2008: 'punctuation space',
  0x2009: 'thin space',
  0x200a: 'hair space',
  0x200b: 'zero-width space',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x3000: 'ideographic space',
  0xfeff: 'byte-order mark'
}

const CURLY_QUOTES = new Set([0x2018, 0x2019, 0x201c, 0x201d])

/** `U+00A0`: the code point in the notation of the Unicode standard. */
export function codePointName(codePoint: number): string {
  return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0')
}

/** How a message quotes one character: `'x'`, or `U+0007` when invisible. */
export function describeCodePoint(codePoint: number): string {
  if (codePoint > 0x20 && codePoint < 0x7f) {
    return `'${String.fromCodePoint(codePoint)}'`
  }
  const name = LOOKALIKE_SPACES[codePoint]
  if (name !== undefined) return `${codePointName(codePoint)} (${name})`
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
    return `control character ${codePointName(codePoint)}`
  }
  return `'${String.fromCodePoint(codePoint)}' (${codePointName(codePoint)})`
}

/**
 * The message for a character that cannot start or follow anything here, if
 * it is one people commonly mistake for valid JSON; undefined otherwise.
 */
export function explainStrayCharacter(
  codePoint: number,
  next: number
): string | undefined {
  if (codePoint === 0x2f && (next === 0x2f || next === 0x2a)) {
    return 'comments are not allowed in JSON: remove the comment'
  }
  if (LOOKALIKE_SPACES[codePoint] !== undefined) {
    return (
      `unexpected ${describeCodePoint(codePoint)}: only spaces, tabs and ` +
      'line breaks may separate JSON values'
    )
  }
  if (CURLY_QUOTES.has(codePoint)) {
    return (
      `unexpected curly quote ${describeCodePoint(codePoint)}: ` +
      'strings must use straight double quotes (")'
    )
  }
  if (codePoint === 0x27) {
    return 'strings must use double quotes, not single quotes'
  }
  return undefined
}

const LITERALS = ['true', 'false', 'null'] as const

/** The message for a bare word where a value belongs (`tru`, `NaN`, `yes`). */
export function badWordMessage(word: string): string {
  if (word === 'NaN' || word === 'Infinity') {
    return `${word} is not valid JSON: use null or a number`
  }
  if (word === 'undefined') {
    return 'undefined is not valid JSON: use null or leave the member out'
  }
  if (word === 'None' || word === 'nil') {
    return `'${word}' is not valid JSON: use null`
  }
  const lower = word.toLowerCase()
  const literal = LITERALS.find((candidate) => candidate === lower)
  if (literal !== undefined) {
    return `'${word}' is not valid JSON: write ${literal} in lower case`
  }
  const near = LITERALS.find(
    (candidate) => candidate.startsWith(lower) || lower.startsWith(candidate)
  )
  if (near !== undefined && lower.length > 1) {
    return `invalid literal '${word}': did you mean ${near}?`
  }
  return (
    `unexpected word '${shorten(word)}': text values must be ` +
    'double-quoted strings'
  )
}

/** The message for a token that starts like a number but is not one. */
export function badNumberMessage(token: string): string {
  const quoted = `invalid number '${shorten(token)}'`
  if (/^[+-]?Infinity$/.test(token)) {
    return `${token} is not valid JSON: use null or a number`
  }
  if (token.startsWith('+')) return `${quoted}: remove the '+' sign`
  if (/^-?0[xXoObB]/.test(token)) {
    return `${quoted}: JSON numbers are written in decimal`
  }
  if (/^-?0\d/.test(token)) return `${quoted}: leading zeros are not allowed`
  if (/^-?\./.test(token)) {
    return `${quoted}: write a digit before the decimal point`
  }
  if (/\.(?!\d)/.test(token)) {
    return `${quoted}: write a digit after the decimal point`
  }
  if (/[eE][+-]?$/.test(token)) return `${quoted}: the exponent needs digits`
  if (token === '-') return `${quoted}: a minus sign must be followed by digits`
  return quoted
}

/** The short escape of a control character, or its `\u` escape. */
export function escapeFor(code: number): string {
  const short: Record<number, string> = {
    0x08: '\\b',
    0x09: '\\t',
    0x0a: '\\n',
    0x0c: '\\f',
    0x0d: '\\r'
  }
  return short[code] ?? '\\u' + code.toString(16).padStart(4, '0')
}

/** A key as messages quote it: JSON-quoted, cut short if it is long. */
export function quoteKey(key: string): string {
  return JSON.stringify(shorten(key))
}

function shorten(text: string): string {
  return text.length > 40 ? text.slice(0, 37) + '...' : text
}
