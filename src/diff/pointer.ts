/**
 * Appends reference tokens to a JSON Pointer (RFC 6901), escaping `~` as
 * `~0` and `/` as `~1`.
 */
export function pointer(
  base: string,
  ...tokens: Array<string | number>
): string {
  let result = base
  for (const token of tokens) {
    result += '/' + String(token).replace(/~/g, '~0').replace(/\//g, '~1')
  }
  return result
}

/** Where two versions of a value sit in their configs. */
export interface Place {
  beforePath: string
  afterPath: string
}

/** The place of a child of both values: a key or index on each side. */
export function childPlace(
  place: Place,
  beforeToken: string | number,
  afterToken: string | number = beforeToken
): Place {
  return {
    beforePath: pointer(place.beforePath, beforeToken),
    afterPath: pointer(place.afterPath, afterToken)
  }
}
