/**
 * Formats a JSON Pointer (RFC 6901) from its reference tokens, escaping `~`
 * as `~0` and `/` as `~1`. No tokens is the root, the empty pointer.
 */
export function formatPointer(segments: readonly (string | number)[]): string {
  let pointer = ''
  for (const segment of segments) pointer += '/' + escapeToken(String(segment))
  return pointer
}

/** Escapes one reference token of a JSON Pointer. */
export function escapeToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * Splits a JSON Pointer into its unescaped reference tokens; the empty
 * pointer gives none. Throws on a pointer that does not start with `/` or
 * holds a `~` not followed by `0` or `1`, as RFC 6901 requires.
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) {
    throw new Error(
      `invalid JSON Pointer "${pointer}": it must be empty or start with '/'`
    )
  }
  if (/~(?![01])/.test(pointer)) {
    throw new Error(
      `invalid JSON Pointer "${pointer}": '~' must be followed by 0 or 1`
    )
  }
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
}
