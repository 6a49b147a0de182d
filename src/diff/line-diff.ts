import { longestIncreasingRun } from './increasing-run.js'

/** Lines of a text, with whether the last one ends with a newline. */
export interface Lines {
  lines: string[]
  /** True when the text ends without a final newline. */
  noFinalNewline: boolean
}

/** Splits a text into lines; '' has none, a final newline adds none. */
export function splitLines(text: string): Lines {
  if (text === '') return { lines: [], noFinalNewline: false }
  const lines = text.split('\n')
  const noFinalNewline = lines.at(-1) !== ''
  if (!noFinalNewline) lines.pop()
  return { lines, noFinalNewline }
}

/**
 * Above this many lines a range is first cut at its unique common lines;
 * below, Myers runs on it directly.
 */
const SMALL_RANGE = 400

/** The largest edit distance Myers looks for in one range. */
const MAX_EDITS = 1000

/** How many times a range is cut at unique lines before Myers takes over. */
const MAX_DEPTH = 8

/** A pair of line ranges still to diff: [aLow, aHigh) and [bLow, bHigh). */
interface Range {
  aLow: number
  aHigh: number
  bLow: number
  bHigh: number
  depth: number
}

/**
 * Pairs the lines of two texts along a short edit script: for each line of
 * `a`, the index of the equal line of `b` it is kept as, or -1 if deleted.
 * Myers' O(ND) algorithm finds minimal scripts; so that huge inputs with
 * scattered changes stay fast, large ranges are first cut at lines unique
 * on both sides (as patience diff does), and the total work is bounded by a
 * budget linear in the input: a range that would exceed it is reported as
 * replaced, a valid if longer script.
 */
export function matchLines(a: Lines, b: Lines): Int32Array {
  const [left, right, distinct] = internLines(a, b)
  const matches = new Int32Array(left.length).fill(-1)
  const budget = { work: 1_000_000 + 64 * (left.length + right.length) }
  const anchors = new AnchorFinder(distinct)
  const ranges: Range[] = [
    { aLow: 0, aHigh: left.length, bLow: 0, bHigh: right.length, depth: 0 }
  ]
  while (ranges.length > 0) {
    const range = trimEqualEnds(ranges.pop()!, left, right, matches)
    if (range.aLow === range.aHigh || range.bLow === range.bHigh) continue
    const size = range.aHigh - range.aLow + range.bHigh - range.bLow
    if (size > SMALL_RANGE && range.depth < MAX_DEPTH) {
      const found = anchors.find(left, right, range)
      if (found.length > 0) {
        ranges.push(...cutAtAnchors(range, found, matches))
        continue
      }
    }
    myers(left, right, range, matches, budget)
  }
  return matches
}

/**
 * Replaces every line by a small integer, equal lines by equal integers, so
 * that comparisons are integer compares. A last line without a newline is
 * a different line from the same text with one, as in diff(1).
 */
function internLines(a: Lines, b: Lines): [Int32Array, Int32Array, number] {
  const ids = new Map<string, number>()
  const intern = (text: Lines): Int32Array => {
    const result = new Int32Array(text.lines.length)
    text.lines.forEach((line, index) => {
      const last = index === text.lines.length - 1 && text.noFinalNewline
      const key = last ? line + '\n' : line
      let id = ids.get(key)
      if (id === undefined) ids.set(key, (id = ids.size))
      result[index] = id
    })
    return result
  }
  return [intern(a), intern(b), ids.size]
}

/** Pairs the equal lines at both ends of a range and returns the rest. */
function trimEqualEnds(
  range: Range,
  a: Int32Array,
  b: Int32Array,
  matches: Int32Array
): Range {
  let { aLow, aHigh, bLow, bHigh } = range
  while (aLow < aHigh && bLow < bHigh && a[aLow] === b[bLow]) {
    matches[aLow++] = bLow++
  }
  while (aLow < aHigh && bLow < bHigh && a[aHigh - 1] === b[bHigh - 1]) {
    matches[--aHigh] = --bHigh
  }
  return { aLow, aHigh, bLow, bHigh, depth: range.depth }
}

/** Pairs the anchor lines and returns the gaps between them as ranges. */
function cutAtAnchors(
  range: Range,
  anchors: Array<[number, number]>,
  matches: Int32Array
): Range[] {
  const gaps: Range[] = []
  let [aLow, bLow] = [range.aLow, range.bLow]
  const depth = range.depth + 1
  for (const [aAt, bAt] of anchors) {
    matches[aAt] = bAt
    gaps.push({ aLow, aHigh: aAt, bLow, bHigh: bAt, depth })
    ;[aLow, bLow] = [aAt + 1, bAt + 1]
  }
  gaps.push({ aLow, aHigh: range.aHigh, bLow, bHigh: range.bHigh, depth })
  return gaps
}

/**
 * Finds the lines that occur exactly once in each side of a range, and of
 * those the longest chain in the same order on both sides. Counters are
 * indexed by line id and reset after each use, so a range costs its size.
 */
class AnchorFinder {
  private readonly countA: Int32Array
  private readonly countB: Int32Array
  private readonly whereB: Int32Array

  constructor(distinct: number) {
    this.countA = new Int32Array(distinct)
    this.countB = new Int32Array(distinct)
    this.whereB = new Int32Array(distinct)
  }

  /** The anchors of a range as [a index, b index] pairs, in order. */
  find(a: Int32Array, b: Int32Array, range: Range): Array<[number, number]> {
    for (let i = range.aLow; i < range.aHigh; i++) this.countA[a[i]!]!++
    for (let j = range.bLow; j < range.bHigh; j++) {
      this.countB[b[j]!]!++
      this.whereB[b[j]!] = j
    }

    const candidates: Array<[number, number]> = []
    for (let i = range.aLow; i < range.aHigh; i++) {
      const id = a[i]!
      if (this.countA[id] === 1 && this.countB[id] === 1) {
        candidates.push([i, this.whereB[id]!])
      }
    }

    for (let i = range.aLow; i < range.aHigh; i++) this.countA[a[i]!] = 0
    for (let j = range.bLow; j < range.bHigh; j++) this.countB[b[j]!] = 0
    const order = longestIncreasingRun(candidates.map(([, bAt]) => bAt))
    return order.map((index) => candidates[index]!)
  }
}

/**
 * Myers' greedy O(ND) algorithm on one range: extends the furthest-reaching
 * path on every diagonal for edit distance d = 0, 1, 2, ... until one
 * reaches the end, then walks the saved frontiers back to pair the equal
 * lines. Gives up (leaving the range unpaired, i.e. replaced) past
 * MAX_EDITS or when the shared work budget runs out.
 */
function myers(
  a: Int32Array,
  b: Int32Array,
  range: Range,
  matches: Int32Array,
  budget: { work: number }
): void {
  const { aLow, bLow } = range
  const n = range.aHigh - aLow
  const m = range.bHigh - bLow
  const maxD = Math.min(n + m, MAX_EDITS)
  const offset = maxD + 1
  const frontier = new Int32Array(2 * maxD + 3)
  const trace: Int32Array[] = []

  for (let d = 0; d <= maxD && budget.work > 0; d++) {
    trace.push(frontier.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      const down =
        k === -d ||
        (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!)
      let x = down ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1
      let y = x - k
      const start = x
      while (x < n && y < m && a[aLow + x] === b[bLow + y]) {
        x++
        y++
      }
      budget.work -= 1 + x - start
      frontier[offset + k] = x
      if (x >= n && y >= m) {
        walkBack(trace, n, m, (x0, y0) => (matches[aLow + x0] = bLow + y0))
        return
      }
    }
  }
}

/**
 * Follows the saved frontiers from the end back to the start, reporting
 * every diagonal step (a pair of equal lines).
 */
function walkBack(
  trace: Int32Array[],
  n: number,
  m: number,
  pair: (x: number, y: number) => void
): void {
  let [x, y] = [n, m]
  for (let d = trace.length - 1; d >= 0; d--) {
    const saved = trace[d]!
    const at = (k: number) => saved[k + d + 1]!
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const previousK = down ? k + 1 : k - 1
    const previousX = at(previousK)
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) pair(--x, --y)
    ;[x, y] = [previousX, previousY]
  }
}
