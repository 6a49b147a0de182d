/**
 * The lines of a text, found once and cut out only when asked for: a diff
 * of two large texts reads few of their lines, and a string per line would
 * cost more than the text itself.
 */
export class TextLines {
  /** How many lines the text has: '' has none, a final newline adds none. */
  readonly count: number
  /** True when the text ends without a final newline. */
  readonly noFinalNewline: boolean
  /**
   * Where each line starts, then one past the end of the last line as if a
   * newline ended it; the rest of the array is spare room.
   */
  private readonly starts: Int32Array

  constructor(readonly text: string) {
    this.noFinalNewline = text !== '' && !text.endsWith('\n')
    // Room for lines of about 32 characters; more is made when needed.
    let starts = new Int32Array(Math.min(1024, 4 + (text.length >> 5)))
    let count = 0
    for (let at = 0; at < text.length; count++) {
      if (count + 1 === starts.length) starts = grown(starts)
      const end = text.indexOf('\n', at)
      at = end === -1 ? text.length + 1 : end + 1
      starts[count + 1] = at
    }
    this.count = count
    this.starts = starts
  }

  /** The line at `index`, without its newline. */
  line(index: number): string {
    return this.text.slice(this.starts[index]!, this.starts[index + 1]! - 1)
  }

  /**
   * The lines from `first` up to `end` (exclusive) as one string, the
   * newlines between them kept. A last line without a newline gets one
   * added, so that it differs from the same text with one, as in diff(1).
   */
  span(first: number, end: number): string {
    const text = this.text.slice(this.starts[first]!, this.starts[end]! - 1)
    return this.isLastWithoutNewline(end - 1) ? text + '\n' : text
  }

  /** How many spaces open the line at `index`, counting up to `most`. */
  indent(index: number, most: number): number {
    const start = this.starts[index]!
    const end = Math.min(start + most, this.starts[index + 1]! - 1)
    return leadingSpaces(this.text, start, end)
  }

  /** Whether the line at `index` is the last and ends without a newline. */
  isLastWithoutNewline(index: number): boolean {
    return this.noFinalNewline && index === this.count - 1
  }
}

/** A copy of the array with twice the room. */
function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2)
  larger.set(array)
  return larger
}

/** How many spaces open `text` at `start`, looking no further than `end`. */
export function leadingSpaces(
  text: string,
  start: number,
  end: number
): number {
  let at = start
  while (at < end && text.charCodeAt(at) === 0x20) at++
  return at - start
}
