import { isObject } from '../config/normalise.js'

const LONGEST_QUOTE = 60

/**
 * A value as a message quotes it: strings in double quotes (shortened when
 * long), numbers, booleans and null as JSON, containers by their kind, so
 * that a message never dumps a large object.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return quote(value)
  if (Array.isArray(value)) return value.length === 0 ? '[]' : 'an array'
  if (isObject(value)) return Object.keys(value).length ? 'an object' : '{}'
  if (value === undefined) return 'missing'
  return JSON.stringify(value) ?? String(value)
}

/** A string in double quotes as JSON writes it, shortened when long. */
export function quote(text: string): string {
  if (text.length <= LONGEST_QUOTE) return JSON.stringify(text)
  const chars = Array.from(text.slice(0, LONGEST_QUOTE * 2))
  if (chars.length <= LONGEST_QUOTE) return JSON.stringify(text)
  return JSON.stringify(chars.slice(0, LONGEST_QUOTE - 1).join('') + '…')
}

/**
 * Joins quoted words as prose: `"a"`, `"a" and "b"`, `"a", "b" and "c"`;
 * past `most` words, the rest is counted: `"a", "b" and 3 more`.
 */
export function listWords(words: readonly string[], most = Infinity): string {
  if (words.length > most) {
    const shown = words.slice(0, most).map(quote).join(', ')
    return `${shown} and ${words.length - most} more`
  }
  const quoted = words.map(quote)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
}

/** A did-you-mean tail for a message, or nothing without a suggestion. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`
}

/**
 * What an object lacks, as prose: `no "a"`, `no "a" or "b"`,
 * `no "a", "b" or "c"`.
 */
export function noneOf(keys: readonly string[]): string {
  const quoted = keys.map(quote)
  if (quoted.length <= 1) return `no ${quoted.join('')}`
  return `no ${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}
