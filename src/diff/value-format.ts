import type { Json } from '../config/normalise.js'

/** How many code points a value may take in a changelog line. */
export const VALUE_LIMIT = 80

/**
 * Characters that must never reach a terminal or a comment raw: C0 and C1
 * controls (ANSI escapes among them), line and paragraph separators, and
 * the bidirectional overrides that can make text read differently from
 * what it is.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u
const ALL_UNSAFE = new RegExp(UNSAFE.source, 'gu')

/** A string that would read as another JSON value if shown bare. */
const LOOKS_LIKE_JSON = /^(true|false|null|-?\d[\d.eE+-]*|["{[].*)$/su

/**
 * Shows a value in one short line: a plain string bare (`$.payload`) unless
 * it could be misread (empty, padded, `"3.0"`, `true`, or holding unsafe
 * characters), then as JSON; anything else as compact JSON. Unsafe
 * characters are escaped; the result is cut to `limit` code points with a
 * trailing `…`.
 */
export function showValue(value: Json, limit = VALUE_LIMIT): string {
  const text = isBare(value) ? value : escapeUnsafe(JSON.stringify(value))
  return cut(text, limit)
}

/** Whether a string can be shown without quotes and still read right. */
function isBare(value: Json): value is string {
  if (typeof value !== 'string' || value === '' || value.trim() !== value) {
    return false
  }
  return !UNSAFE.test(value) && !LOOKS_LIKE_JSON.test(value)
}

/**
 * Escapes unsafe characters as `\uXXXX`, which in JSON text (a value, a
 * line of the unified diff) keeps the meaning and shows what is there.
 */
export function escapeUnsafe(text: string): string {
  return text.replace(
    ALL_UNSAFE,
    (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0')
  )
}

/**
 * Replaces unsafe characters in free text (a connector's name) by U+FFFD,
 * for places where an escape would read worse than a visible mark.
 */
export function cleanText(text: string, limit = VALUE_LIMIT): string {
  return cut(text.replace(ALL_UNSAFE, '\uFFFD'), limit)
}

/** Cuts a text to `limit` code points, marking the cut with `…`. */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text
  const points = Array.from(text)
  if (points.length <= limit) return text
  return points.slice(0, Math.max(0, limit - 1)).join('') + '…'
}
