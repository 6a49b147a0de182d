import { longestIncreasingRun } from './increasing-run.js'
import type { TextLines } from './text-lines.js'

/**
 * Above this many lines a range is first cut at its unique common lines;
 * below, Myers runs on it directly.
 */
const SMALL_RANGE = 400

/** The largest edit distance Myers looks for in one range. */
const MAX_EDITS = 1000

/** How many times a range is cut at unique lines before Myers takes over. */
const MAX_DEPTH = 8

/**
 * Lines indented this many spaces or more are paired in runs first: in
 * two-space JSON, the body of each item of a top-level array (an entity,
 * a flow) is one run.
 */
const RUN_INDENT = 6

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

/** Lines a diff reads: counted first, each cut out only when read. */
export interface DiffLines {
  readonly count: number
  /** The line at `index`, without its newline. */
  line(index: number): string
  /** Whether the line at `index` is the last and ends without a newline. */
  isLastWithoutNewline(index: number): boolean
}

/**
 * One side of a diff as units: runs of lines paired whole before any of
 * their lines is compared. Equal keys mean equal lines.
 */
export interface DiffSide {
  lines: DiffLines
  /** The first line of each unit, then the line count. */
  units: Int32Array
  unitKeys: readonly string[]
}

/**
 * Pairs the lines of two texts along a short edit script: for each line of
 * `a`, the index of the equal line of `b` it is kept as, or -1 if deleted.
 *
 * Two passes. The first pairs units, so that an unchanged entity or flow
 * pairs as a whole and its lines are never compared one by one. The second
 * pairs the lines of the units left unpaired between those. Each pass uses
 * Myers' O(ND) algorithm, which finds minimal scripts; so that huge inputs
 * stay fast, large ranges are first cut at items unique on both sides (as
 * patience diff does), a large range where Myers would take too long is
 * halved and each half diffed alone, and the total work is bounded by a
 * budget linear in the input, past which what is left is reported as
 * replaced. The script is always valid, and minimal for ordinary inputs.
 */
export function matchLines(a: DiffSide, b: DiffSide): Int32Array {
  const units = internUnits(a.unitKeys, b.unitKeys)
  const unitMatches = pairAll(units, [fullRange(units)])

  const [unitsA, unitsB] = [a.units, b.units]
  const matches = new Int32Array(a.lines.count).fill(-1)
  const gaps: Range[] = []
  let [aUnit, bUnit] = [0, 0]
  const endGap = (aEnd: number, bEnd: number) => {
    const range = {
      aLow: unitsA[aUnit]!,
      aHigh: unitsA[aEnd]!,
      bLow: unitsB[bUnit]!,
      bHigh: unitsB[bEnd]!,
      depth: 0
    }
    if (range.aLow < range.aHigh && range.bLow < range.bHigh) gaps.push(range)
  }
  unitMatches.forEach((match, unit) => {
    if (match === -1) return
    endGap(unit, match)
    const [aLine, bLine] = [unitsA[unit]!, unitsB[match]!]
    for (let line = aLine; line < unitsA[unit + 1]!; line++) {
      matches[line] = bLine + line - aLine
    }
    ;[aUnit, bUnit] = [unit + 1, match + 1]
  })
  endGap(unitsA.length - 1, unitsB.length - 1)

  const lines = internGapLines(a.lines, b.lines, gaps)
  pairAll({ ...lines, matches }, gaps)
  return matches
}

/**
 * A text as units: a line indented less than RUN_INDENT is a unit of its
 * own, a run of lines indented more is one unit.
 */
export function textSide(text: TextLines): DiffSide {
  const starts: number[] = []
  let inRun = false
  for (let line = 0; line < text.count; line++) {
    const deep = text.indent(line, RUN_INDENT) === RUN_INDENT
    if (!deep || !inRun) starts.push(line)
    inRun = deep
  }
  starts.push(text.count)
  const units = Int32Array.from(starts)
  const unitKeys = starts
    .slice(0, -1)
    .map((start, unit) => text.span(start, units[unit + 1]!))
  return { lines: text, units, unitKeys }
}

/** What a pass pairs: the two sides as ids, equal items by equal ids. */
interface Sides {
  a: Int32Array
  b: Int32Array
  distinct: number
}

/** The units of both sides as ids: equal keys, equal ids. */
function internUnits(a: readonly string[], b: readonly string[]): Sides {
  const ids = new Map<string, number>()
  const intern = (keys: readonly string[]) =>
    Int32Array.from(keys, (key) => {
      let id = ids.get(key)
      if (id === undefined) ids.set(key, (id = ids.size))
      return id
    })
  return { a: intern(a), b: intern(b), distinct: ids.size }
}

/**
 * The lines inside the gaps as ids, equal lines by equal ids; lines outside
 * the gaps are never read and keep id 0.
 */
function internGapLines(
  a: DiffLines,
  b: DiffLines,
  gaps: readonly Range[]
): Sides {
  const ids = new Map<string, number>()
  const [left, right] = [new Int32Array(a.count), new Int32Array(b.count)]
  const intern = (
    text: DiffLines,
    into: Int32Array,
    low: number,
    high: number
  ) => {
    for (let line = low; line < high; line++) {
      // A last line without a newline differs from the same with one.
      const key = text.isLastWithoutNewline(line)
        ? text.line(line) + '\n'
        : text.line(line)
      let id = ids.get(key)
      if (id === undefined) ids.set(key, (id = ids.size))
      into[line] = id
    }
  }
  for (const gap of gaps) {
    intern(a, left, gap.aLow, gap.aHigh)
    intern(b, right, gap.bLow, gap.bHigh)
  }
  return { a: left, b: right, distinct: ids.size }
}

/** Both sides whole, as one range. */
function fullRange(sides: Sides): Range {
  return {
    aLow: 0,
    aHigh: sides.a.length,
    bLow: 0,
    bHigh: sides.b.length,
    depth: 0
  }
}

/**
 * Pairs the items of the ranges given; `matches` (all -1 when left out)
 * holds the pairs already known and receives the new ones.
 */
function pairAll(
  sides: Sides & { matches?: Int32Array },
  ranges: Range[]
): Int32Array {
  const state: State = {
    a: sides.a,
    b: sides.b,
    matches: sides.matches ?? new Int32Array(sides.a.length).fill(-1),
    budget: 1_000_000 + 2 * WORK_PER_LINE * (sides.a.length + sides.b.length),
    anchors: new AnchorFinder(sides.distinct)
  }
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
