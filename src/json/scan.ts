/**
 * Cheap passes over JSON that the engine runs on its fast path, next to
 * `JSON.parse`, to decide whether the full parser is needed.
 */

const QUOTE = '"'
const BACKSLASH = 0x5c
const SAFE = Number.MAX_SAFE_INTEGER

// A nonzero number reads as zero only below about 2.5e-324: written with
// a negative exponent of three digits or more, or as a fraction that
// starts with more than two hundred zeros.
const NEGATIVE_EXPONENT = /[eE]-\d\d\d/
const LEADING_ZEROS = '.000000000000000'

/**
 * Counts the strings of a valid JSON text, member keys and values alike:
 * its quotes that no backslash escapes, halved. JSON.parse keeps one
 * member of each repeated key, and each member it drops takes at least its
 * key's string with it, so the text holds more strings than the parsed
 * value (`measureParsed`) exactly when a key repeats.
 */
export function countStrings(text: string): number {
  const count = new StringCount()
  count.add(text)
  return count.strings
}

/** `countStrings` over a text given in pieces. */
export class StringCount {
  private quotes = 0
  /** The backslashes that end the text so far. */
  private backslashes = 0

  /**
   * Counts the quotes of the next piece that no backslash escapes. Quotes
   * are found with `indexOf`; only a quote after a backslash costs more.
   */
  add(piece: string): void {
    for (let at = piece.indexOf(QUOTE); at !== -1;) {
      if (at === 0 || piece.charCodeAt(at - 1) === BACKSLASH) {
        if (this.backslashesBefore(piece, at) % 2 === 0) this.quotes++
      } else {
        this.quotes++
      }
      at = piece.indexOf(QUOTE, at + 1)
    }
    const run = trailingBackslashes(piece)
    this.backslashes = run === piece.length ? this.backslashes + run : run
  }

  /** The strings of the text so far. */
  get strings(): number {
    return this.quotes >> 1
  }

  private backslashesBefore(piece: string, quote: number): number {
    let count = 0
    while (piece.charCodeAt(quote - 1 - count) === BACKSLASH) count++
    return count === quote ? count + this.backslashes : count
  }
}

function trailingBackslashes(piece: string): number {
  let count = 0
  while (piece.charCodeAt(piece.length - 1 - count) === BACKSLASH) count++
  return count
}

/**
 * The text half of `mayHoldInexactNumber` over a text given in pieces:
 * whether it writes a number so small that it may have read as zero.
 */
export class TinyNumberSearch {
  private found = false
  /** The end of the text so far, where a tiny number may start. */
  private tail = ''

  /** Searches the next piece, and where it joins the last. */
  add(piece: string): void {
    if (this.found) return
    const joint = this.tail + piece.slice(0, LEADING_ZEROS.length)
    this.found = writesTinyNumber(joint) || writesTinyNumber(piece)
    this.tail = (this.tail + piece).slice(-LEADING_ZEROS.length)
  }

  /** Whether the text so far writes a number that may have read as zero. */
  get writesTinyNumber(): boolean {
    return this.found
  }
}

function writesTinyNumber(text: string): boolean {
  return NEGATIVE_EXPONENT.test(text) || text.includes(LEADING_ZEROS)
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
  /** The own keys of every object and every string: its text's strings. */
  strings: number
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
  let values = typeof value === 'string' ? 1 : 0
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
        else if (typeof item === 'string') values++
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
      else if (typeof item === 'string') values++
    }
  }
  return { keys, strings: keys + values, depth: deepest, numbers }
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
  return numbersMayBeInexact(numbers, () => writesTinyNumber(text))
}

/**
 * The rule of `mayHoldInexactNumber` for a text held elsewhere:
 * `writesTiny` searches it, and is asked only when the value holds a zero.
 */
export function numbersMayBeInexact(
  numbers: ParsedShape['numbers'],
  writesTiny: () => boolean
): boolean {
  if (numbers.unsafe) return true
  return numbers.zero && writesTiny()
}
