/** A segment of a JSON Pointer: an object key or an array index. */
export type Segment = string | number

/** The JSON Pointer (RFC 6901) of a path of keys and indexes. */
export function toPointer(segments: readonly Segment[]): string {
  let pointer = ''
  for (const segment of segments) pointer += '/' + escapeSegment(segment)
  return pointer
}

/** Appends one key or index to a JSON Pointer. */
export function childPointer(pointer: string, segment: Segment): string {
  return pointer + '/' + escapeSegment(segment)
}

/** The keys and indexes of a JSON Pointer, unescaped; indexes stay strings. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function escapeSegment(segment: Segment): string {
  const text = String(segment)
  // Most keys need no escape; skipping the regular expressions halves the
  // cost of building the view of a clean config.
  if (!text.includes('~') && !text.includes('/')) return text
  return text.replace(/~/g, '~0').replace(/\//g, '~1')
}
