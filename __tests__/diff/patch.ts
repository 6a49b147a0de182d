/** Splits a text as diff(1) sees it. */
export function splitText(text: string): {
  lines: string[]
  noNewline: boolean
} {
  if (text === '') return { lines: [], noNewline: false }
  const lines = text.split('\n')
  const noNewline = lines.at(-1) !== ''
  if (!noNewline) lines.pop()
  return { lines, noNewline }
}

/**
 * Applies a unified diff to `before`, checking every context and deleted
 * line against it, and returns the text it yields: the oracle that a diff
 * is a correct one.
 */
export function applyPatch(before: string, patch: string): string {
  const source = splitText(before)
  const result: string[] = []
  let noNewline = source.noNewline
  let at = 0
  let side: 'before' | 'after' | 'both' = 'both'
  for (const line of patch === '' ? [] : patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line)
    if (header) {
      const start = Number(header[1]) - (header[2] === '0' ? 0 : 1)
      while (at < start) result.push(source.lines[at++]!)
      continue
    }
    const [mark, content] = [line[0], line.slice(1)]
    if (mark === '\\') {
      if (side !== 'before') noNewline = true
      continue
    }
    side = mark === '+' ? 'after' : mark === '-' ? 'before' : 'both'
    if (mark !== '+') expect(source.lines[at++]).toBe(content)
    if (mark !== '-') result.push(content)
    noNewline = false
  }
  while (at < source.lines.length) {
    result.push(source.lines[at++]!)
    noNewline = source.noNewline
  }
  return result.join('\n') + (result.length > 0 && !noNewline ? '\n' : '')
}
