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

/** Myers may spend this much work per line of a large range. */
const WORK_PER_LINE = 32

/**
 * Pairs the lines of two texts along a short edit script: for each line of
 * `a`, the index of the equal line of `b` it is kept as, or -1 if deleted.
 * Myers' O(ND) algorithm finds minimal scripts. So that huge inputs stay
 * fast, large ranges are first cut at lines unique on both sides (as
 * patience diff does); a large range where Myers would take too long is
 * halved and each half diffed alone; and the total work is bounded by a
 * budget linear in the input, past which what is left is reported as
 * replaced. The script is always valid, and minimal for ordinary inputs.
 */
export function matchLines(a: Lines, b: Lines): Int32Array {
  const [left, right, distinct] = internLines(a, b)
  const state: State = {
    a: left,
    b: right,
    matches: new Int32Array(left.length).fill(-1),
    budget: 1_000_000 + 2 * WORK_PER_LINE * (left.length + right.length),
    anchors: new AnchorFinder(distinct)
  }
  const ranges: Range[] = [
    { aLow: 0, aHigh: left.length, bLow: 0, bHigh: right.length, depth: 0 }
  ]
  while (ranges.length > 0) {
    for (const rest of diffRange(ranges.pop()!, state)) ranges.push(rest)
  }
  return state.matches
}

/** The two texts as line ids, the pairing so far and the work left. */
interface State {
  a: Int32Array
  b: Int32Array
  matches: Int32Array
  budget: number
  anchors: AnchorFinder
}

/** Pairs what it can in one range; returns the ranges still to diff. */
function diffRange(whole: Range, state: State): Range[] {
  const range = trimEqualEnds(whole, state)
  const n = range.aHigh - range.aLow
  const m = range.bHigh - range.bLow
  if (n === 0 || m === 0) return []

  const large = n + m > SMALL_RANGE
  if (large && range.depth < MAX_DEPTH) {
    const found = state.anchors.find(state.a, state.b, range)
    if (found.length > 0) return cutAtAnchors(range, found, state.matches)
  }
  const limit = large ? WORK_PER_LINE * (n + m) : Infinity
  if (myers(range, state, limit) || !large || state.budget <= 0) return []
  return halve(range)
}

/**
 * Cuts a range in two at the middle of each side: a guess that keeps
 * nearby lines together when a range is too costly to diff whole.
 */
function halve(range: Range): Range[] {
  const aMiddle = (range.aLow + range.aHigh) >> 1
  const bMiddle = (range.bLow + range.bHigh) >> 1
  const depth = range.depth + 1
  return [
    { ...range, aHigh: aMiddle, bHigh: bMiddle, depth },
    { ...range, aLow: aMiddle, bLow: bMiddle, depth }
  ]
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
function trimEqualEnds(range: Range, state: State): Range {
  const { a, b, matches } = state
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
 * lines. Gives up, pairing nothing, past MAX_EDITS or after `limit` work
 * or when the shared budget runs out; returns whether it finished.
 */
function myers(range: Range, state: State, limit: number): boolean {
  const { a, b } = state
  const { aLow, bLow } = range
  const n = range.aHigh - aLow
  const m = range.bHigh - bLow
  const maxD = Math.min(n + m, MAX_EDITS)
  const offset = maxD + 1
  const frontier = new Int32Array(2 * maxD + 3)
  const trace: Int32Array[] = []
  const stop = Math.max(0, state.budget - limit)

  for (let d = 0; d <= maxD && state.budget > stop; d++) {
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
      state.budget -= 1 + x - start
      frontier[offset + k] = x
      if (x >= n && y >= m) {
        const pair = (x0: number, y0: number) =>
          (state.matches[aLow + x0] = bLow + y0)
        walkBack(trace, n, m, pair)
        return true
      }
    }
  }
  return false
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
