/**
 * Cheap passes over JSON that the engine runs on its fast path, next to
 * `JSON.parse`, to decide whether the full parser is needed.
 */

const QUOTE = '"'
const BACKSLASH = 0x5c
const COLON = 0x3a

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

/**
 * Counts the own keys of every object in a parsed JSON value and measures
 * its nesting depth (1 for a root object or array, 0 for a scalar), in one
 * iterative walk: the native parser accepts nesting a recursive walk could
 * not follow.
 */
export function measureParsed(value: unknown): { keys: number; depth: number } {
  let keys = 0
  let deepest = 0
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
        }
      }
      continue
    }
    for (const key in current) {
      keys++
      const item = (current as Record<string, unknown>)[key]
      if (typeof item === 'object' && item !== null) {
        pending.push(item)
        levels.push(level + 1)
      }
    }
  }
  return { keys, depth: deepest }
}
