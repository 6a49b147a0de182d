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
  /** How many spaces open the line at `index`, counting up to `most`. */
  indent(index: number, most: number): number
  /**
   * The lines from `first` up to `end` (exclusive) as one string, the
   * newlines between them kept; a last line without a newline gets one.
   */
  span(first: number, end: number): string
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
  /**
   * True when the units are coarser than runs of indented lines (a whole
   * entity or flow): what they leave unpaired is then paired by runs
   * before it is paired by lines.
   */
  coarse: boolean
}

/**
 * Pairs the lines of two texts along a short edit script: for each line of
 * `a`, the index of the equal line of `b` it is kept as, or -1 if deleted.
 *
 * In passes, each on what the one before left unpaired. The first pairs
 * the sides' own units, so that an unchanged entity or flow pairs as a
 * whole and its lines are never compared one by one. After coarse units,
 * a second pairs runs of lines indented RUN_INDENT or more. The last pairs
 * lines. Each pass uses Myers' O(ND) algorithm, which finds minimal
 * scripts; so that huge inputs stay fast, large ranges are first cut at
 * items unique on both sides (as patience diff does), a large range where
 * Myers would take too long is halved and each half diffed alone, and the
 * work of each pass is bounded by a budget linear in the input, past which
 * what is left is reported as replaced. The script is always valid, and
 * minimal in units for ordinary inputs.
 */
export function matchLines(a: DiffSide, b: DiffSide): Int32Array {
  const matches = new Int32Array(a.lines.count).fill(-1)
  const whole: Range = {
    aLow: 0,
    aHigh: a.lines.count,
    bLow: 0,
    bHigh: b.lines.count,
    depth: 0
  }
  const own = (side: DiffSide) => (): Units => ({
    starts: Array.from(side.units.subarray(0, -1)),
    keys: side.unitKeys
  })
  let gaps = pairUnits(a.lines, b.lines, [whole], [own(a), own(b)], matches)
  if (a.coarse || b.coarse) {
    gaps = pairUnits(a.lines, b.lines, gaps, [indentRuns, indentRuns], matches)
  }
  const lines = internGapLines(a.lines, b.lines, gaps)
  pairAll({ ...lines, matches }, gaps)
  return matches
}

/** Units covering a range of lines: where each starts, and its key. */
interface Units {
  starts: readonly number[]
  keys: readonly string[]
}

/** Splits the lines [low, high) of a side into units. */
type Split = (lines: DiffLines, low: number, high: number) => Units

/** Where a range's units sit in the pass's lists of units. */
interface Placed {
  starts: number[]
  ends: number[]
  keys: string[]
}

/**
 * One pass: splits each gap into units on both sides, pairs equal units
 * within each gap, marks the lines of paired units in `matches`, and
 * returns the gaps of lines left between paired units.
 */
function pairUnits(
  a: DiffLines,
  b: DiffLines,
  gaps: readonly Range[],
  split: [Split, Split],
  matches: Int32Array
): Range[] {
  const left: Placed = { starts: [], ends: [], keys: [] }
  const right: Placed = { starts: [], ends: [], keys: [] }
  const place = (into: Placed, units: Units, high: number) => {
    const low = into.starts.length
    units.starts.forEach((start, index) => {
      into.starts.push(start)
      into.ends.push(units.starts[index + 1] ?? high)
      into.keys.push(units.keys[index]!)
    })
    return [low, into.starts.length]
  }
  const ranges = gaps.map((gap): Range => {
    const [aLow, aHigh] = place(
      left,
      split[0](a, gap.aLow, gap.aHigh),
      gap.aHigh
    )
    const [bLow, bHigh] = place(
      right,
      split[1](b, gap.bLow, gap.bHigh),
      gap.bHigh
    )
    return { aLow: aLow!, aHigh: aHigh!, bLow: bLow!, bHigh: bHigh!, depth: 0 }
  })
  const unitMatches = pairAll(
    internUnits(left.keys, right.keys),
    ranges.map((range) => ({ ...range }))
  )

  const rest: Range[] = []
  const keep = (aLow: number, aHigh: number, bLow: number, bHigh: number) => {
    if (aLow < aHigh && bLow < bHigh) {
      rest.push({ aLow, aHigh, bLow, bHigh, depth: 0 })
    }
  }
  gaps.forEach((gap, index) => {
    const range = ranges[index]!
    let [aLine, bLine] = [gap.aLow, gap.bLow]
    for (let unit = range.aLow; unit < range.aHigh; unit++) {
      const match = unitMatches[unit]!
      if (match === -1) continue
      const [from, to] = [left.starts[unit]!, right.starts[match]!]
      keep(aLine, from, bLine, to)
      for (let line = from; line < left.ends[unit]!; line++) {
        matches[line] = to + line - from
      }
      ;[aLine, bLine] = [left.ends[unit]!, right.ends[match]!]
    }
    keep(aLine, gap.aHigh, bLine, gap.bHigh)
  })
  return rest
}

/**
 * Splits lines into units: a line indented less than RUN_INDENT is a unit
 * of its own, a run of lines indented more is one unit.
 */
function indentRuns(lines: DiffLines, low: number, high: number): Units {
  const starts: number[] = []
  let inRun = false
  for (let line = low; line < high; line++) {
    const deep = lines.indent(line, RUN_INDENT) === RUN_INDENT
    if (!deep || !inRun) starts.push(line)
    inRun = deep
  }
  const keys = starts.map((start, unit) =>
    lines.span(start, starts[unit + 1] ?? high)
  )
  return { starts, keys }
}

/**
 * A line as the diff compares it: a last line without a newline differs
 * from the same text with one, as in diff(1).
 */
function lineKey(lines: DiffLines, index: number): string {
  const text = lines.line(index)
  return lines.isLastWithoutNewline(index) ? text + '\n' : text
}

/** A text as units: runs of indented lines, and every other line. */
export function textSide(text: TextLines): DiffSide {
  const { starts, keys } = indentRuns(text, 0, text.count)
  const units = Int32Array.from([...starts, text.count])
  return { lines: text, units, unitKeys: keys, coarse: false }
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
      const key = lineKey(text, line)
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
  if (large && !state.anchors.shareAny(state.a, state.b, range)) return []
  if (large && range.depth < MAX_DEPTH) {
    const found = state.anchors.find(state.a, state.b, range)
    if (found.length > 0) return cutAtAnchors(range, found, state.matches)
  }
  const limit = large ? WORK_PER_LINE * (n + m) : Infinity
  // A script needs at least |n - m| edits: past MAX_EDITS, Myers would only
  // spend the budget before it gave up.
  const hopeless = Math.abs(n - m) > MAX_EDITS
  if (!hopeless && myers(range, state, limit)) return []
  if (!large || state.budget <= 0) return []
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

  /** Whether any item occurs on both sides of a range. */
  shareAny(a: Int32Array, b: Int32Array, range: Range): boolean {
    for (let i = range.aLow; i < range.aHigh; i++) this.countA[a[i]!] = 1
    let shared = false
    for (let j = range.bLow; j < range.bHigh && !shared; j++) {
      shared = this.countA[b[j]!] === 1
    }
    for (let i = range.aLow; i < range.aHigh; i++) this.countA[a[i]!] = 0
    return shared
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
