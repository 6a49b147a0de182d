/**
 * `JSON.stringify(value, null, 2)` and a line feed, given in pieces of
 * about PIECE characters: a report of a huge run is written without its
 * whole text ever being one string, which V8 caps at about 512 MiB. Arrays
 * and objects are opened down to `depth` levels (the list of findings, a
 * SARIF run's results); anything deeper, a finding for one, is
 * stringified whole. The pieces join into exactly the text
 * `JSON.stringify` gives.
 */
export function* jsonText(value: unknown, depth: number): Generator<string> {
  let buffer = ''
  for (const part of parts(value, '', depth)) {
    buffer += part
    if (buffer.length >= PIECE) {
      yield buffer
      buffer = ''
    }
  }
  yield `${buffer}\n`
}

/** The JSON report's depth: its findings and files, opened one by one. */
export const REPORT_DEPTH = 2

/** About how much text each piece holds. */
export const PIECE = 64 * 1024

function* parts(
  value: unknown,
  indent: string,
  depth: number
): Generator<string> {
  if (depth <= 0 || !isOpenable(value)) {
    // A nested value's own lines take the indentation of where it stands;
    // a JSON string never holds a raw line feed.
    yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll(
      '\n',
      `\n${indent}`
    )
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]'
      return
    }
    for (let index = 0; index < value.length; index++) {
      yield `${index === 0 ? '[' : ','}\n${inner}`
      const item: unknown = value[index]
      if (isOmitted(item)) yield 'null'
      else yield* parts(item, inner, depth - 1)
    }
    yield `\n${indent}]`
    return
  }
  let first = true
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key]
    if (isOmitted(member)) continue
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `
    first = false
    yield* parts(member, inner, depth - 1)
  }
  yield first ? '{}' : `\n${indent}}`
}

/** An array or plain object, which this writer opens itself. */
function isOpenable(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  )
}

/** What `JSON.stringify` leaves out of an object and writes as null in a list. */
function isOmitted(value: unknown): boolean {
  return (
    value === undefined ||
    typeof value === 'function' ||
    typeof value === 'symbol'
  )
}
