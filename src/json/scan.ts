/**
 * Cheap passes over JSON that the engine runs on its fast path, next to
 * `JSON.parse`, to decide whether the full parser is needed.
 */

const QUOTE = '"'
const BACKSLASH = 0x5c
const COLON = 0x3a
const SAFE = Number.MAX_SAFE_INTEGER

// A nonzero number reads as zero only below about 2.5e-324: written with
// a negative exponent of three digits or more, or as a fraction that
// starts with more than two hundred zeros.
const NEGATIVE_EXPONENT = /[eE]-\d\d\d/
const LEADING_ZEROS = '.000000000000000'

/**
 * Counts the object member keys of a valid JSON text: the strings followed
 * by `:`. String bodies are skipped with `indexOf`. Comparing the count with
 * `countParsedKeys` of the `JSON.parse` result reveals duplicate keys.
 */
export function countKeys(text: string): number {
  let count = 0
  let at = text.indexOf(QUOTE)
  while (at !== -1) {
    const close = closingQuote(text, at)
    if (close === -1) break
    let after = close + 1
    let code = text.charCodeAt(after)
    while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
      code = text.charCodeAt(++after)
    }
    if (code === COLON) count++
    at = text.indexOf(QUOTE, after)
  }
  return count
}

/** The offset of the quote that closes the string opened at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let close = text.indexOf(QUOTE, open + 1)
  // Most quotes follow no backslash: only those need the count.
  while (
    close !== -1 &&
    text.charCodeAt(close - 1) === BACKSLASH &&
    isEscaped(text, close)
  ) {
    close = text.indexOf(QUOTE, close + 1)
  }
  return close
}

/** A quote is escaped when an odd number of backslashes precede it. */
function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0
  while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++
  return backslashes % 2 === 1
}

/**
 * Counts the own keys of every object in a parsed JSON value. Iterative, so
 * any nesting depth is safe.
 */
export function countParsedKeys(value: unknown): number {
  return measureParsed(value).keys
}

/** What one walk over a parsed JSON value measures. */
export interface ParsedShape {
  /** The own keys of every object. */
  keys: number
  /** Nesting depth: 1 for a root object or array, 0 for a scalar. */
  depth: number
  /**
   * The numbers inside it that may have been written as something else:
   * one beyond `Number.MAX_SAFE_INTEGER` either way (infinities included)
   * may have been rounded, a zero may be a tiny number that underflowed.
   */
  numbers: { unsafe: boolean; zero: boolean }
}

/**
 * Counts the own keys of every object in a parsed JSON value, measures its
 * nesting depth and notes its suspect numbers, in one iterative walk: the
 * native parser accepts nesting a recursive walk could not follow.
 */
export function measureParsed(value: unknown): ParsedShape {
  let keys = 0
  let deepest = 0
  const numbers = { unsafe: false, zero: false }
  const pending: unknown[] = [value]
  const levels: number[] = [1]
  while (pending.length > 0) {
    const current = pending.pop()
    const level = levels.pop()!
    if (typeof current !== 'object' || current === null) continue
    if (level > deepest) deepest = level
    if (Array.isArray(current)) {
      for (const item of current) {
        if (typeof item === 'object' && item !== null) {
          pending.push(item)
          levels.push(level + 1)
        } else if (typeof item === 'number') noteNumber(item, numbers)
      }
      continue
    }
    for (const key in current) {
      keys++
      const item = (current as Record<string, unknown>)[key]
      if (typeof item === 'object' && item !== null) {
        pending.push(item)
        levels.push(level + 1)
      } else if (typeof item === 'number') noteNumber(item, numbers)
    }
  }
  return { keys, depth: deepest, numbers }
}

function noteNumber(value: number, numbers: ParsedShape['numbers']): void {
  if (value === 0) numbers.zero = true
  else if (value > SAFE || value < -SAFE) numbers.unsafe = true
}

/**
 * Tells whether a valid JSON text, whose parsed value `measureParsed`
 * measured, may hold a number that `JSON.parse` does not carry exactly
 * (see `numberLoss`). Never false when it does; the text is searched only
 * when the value holds a zero.
 */
export function mayHoldInexactNumber(
  text: string,
  numbers: ParsedShape['numbers']
): boolean {
  if (numbers.unsafe) return true
  if (!numbers.zero) return false
  return NEGATIVE_EXPONENT.test(text) || text.includes(LEADING_ZEROS)
}
