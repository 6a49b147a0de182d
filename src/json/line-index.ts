import type { Span } from '../findings/finding.js'

/** A 1-based line and a 1-based column counted in Unicode code points. */
export interface Position {
  line: number
  column: number
}

const LF = 0x0a
const CR = 0x0d
const NO_SURROGATE = -1
const UNKNOWN = -2
const BOM = 0xfeff

/**
 * Turns UTF-16 offsets into the lines and columns an editor shows. The line
 * table is built on the first query, in one pass; each line remembers where
 * its first surrogate sits, so columns on lines without astral characters
 * cost nothing and the others are counted only from that point. A leading
 * byte-order mark takes no column, as editors hide it.
 */
export class LineIndex {
  private readonly text: string
  private starts: number[] | undefined
  private firstSurrogate: Int32Array | undefined
  private memo = { line: -1, offset: 0, column: 0 }

  constructor(text: string) {
    this.text = text
  }

  /** The number of lines: a text ending in a line break has an empty last line. */
  get lineCount(): number {
    return this.lineStarts().length
  }

  /** The text of a 1-based line without its line break, if it exists. */
  lineText(line: number): string | undefined {
    const starts = this.lineStarts()
    const start = starts[line - 1]
    if (start === undefined) return undefined
    const next = starts[line]
    const end = next === undefined ? this.text.length : next
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '')
  }

  /** The 1-based line and code-point column of a UTF-16 offset. */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(Math.trunc(offset), this.text.length))
    const line = this.lineOf(at)
    return { line: line + 1, column: this.columnOf(line, at) }
  }

  private lineStarts(): number[] {
    this.starts ??= findLineStarts(this.text)
    return this.starts
  }

  /** Binary search for the last line starting at or before the offset. */
  private lineOf(offset: number): number {
    const starts = this.lineStarts()
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  private columnOf(line: number, offset: number): number {
    const start = this.lineStarts()[line]!
    const surrogate = this.surrogateOf(line)
    if (surrogate === NO_SURROGATE || offset <= surrogate) {
      return Math.max(1, offset - start + 1)
    }

    // Findings usually arrive in order, so counting resumes where the last
    // query on this line stopped.
    let from = surrogate
    let column = surrogate - start + 1
    if (this.memo.line === line && this.memo.offset <= offset) {
      from = this.memo.offset
      column = this.memo.column
    }
    const counted = countColumns(this.text, from, offset, column)
    this.memo = { line, offset: counted.offset, column: counted.column }
    return counted.result
  }

  /** Where the line's first surrogate is, or NO_SURROGATE; cached per line. */
  private surrogateOf(line: number): number {
    const starts = this.lineStarts()
    this.firstSurrogate ??= new Int32Array(starts.length).fill(UNKNOWN)
    const cached = this.firstSurrogate[line]!
    if (cached !== UNKNOWN) return cached
    const end = line + 1 < starts.length ? starts[line + 1]! : this.text.length
    let found = NO_SURROGATE
    for (let i = starts[line]!; i < end; i++) {
      const code = this.text.charCodeAt(i)
      if (code >= 0xd800 && code <= 0xdfff) {
        found = i
        break
      }
    }
    this.firstSurrogate[line] = found
    return found
  }
}

/**
 * Counts code points from `from` (at `column`) up to `offset`. An offset in
 * the middle of a surrogate pair gets the pair's column. Also returns the
 * last code-point boundary reached, so a later query can resume there.
 */
function countColumns(
  text: string,
  from: number,
  offset: number,
  column: number
): { result: number; offset: number; column: number } {
  let i = from
  let col = column
  while (i < offset) {
    if (isPairAt(text, i)) {
      if (i + 1 === offset) return { result: col, offset: i, column: col }
      i += 2
    } else {
      i += 1
    }
    col += 1
  }
  return { result: col, offset: i, column: col }
}

function isPairAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i)
  if (high < 0xd800 || high > 0xdbff) return false
  const low = text.charCodeAt(i + 1)
  return low >= 0xdc00 && low <= 0xdfff
}

/** Offsets where lines start: after `\r\n`, `\n` or a lone `\r`. */
function findLineStarts(text: string): number[] {
  const starts = [text.charCodeAt(0) === BOM ? 1 : 0]
  // Most files use `\n` alone; `indexOf` finds those far faster than a loop.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      starts.push(i + 1)
    }
    return starts
  }
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code > CR) continue
    if (code === LF) starts.push(i + 1)
    else if (code === CR) {
      if (text.charCodeAt(i + 1) === LF) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/** The editor span of the UTF-16 range [start, end). */
export function spanOf(index: LineIndex, start: number, end: number): Span {
  const from = index.position(start)
  const to = index.position(Math.max(start, end))
  return {
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column
  }
}
