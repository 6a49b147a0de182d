import type { Json, JsonObject } from '../config/normalise.js'
import { configSides } from './config-lines.js'
import {
  matchLines,
  textSide,
  type DiffLines,
  type DiffSide
} from './line-diff.js'
import { TextLines } from './text-lines.js'

/** Options of a unified diff. */
export interface UnifiedOptions {
  /** Unchanged lines shown around each change; 3 by default, as diff -u. */
  context?: number
  /** Stop after this many output lines; unlimited by default. */
  maxLines?: number
}

/** A unified diff, possibly cut short. */
export interface UnifiedDiff {
  /** The hunks, one line each, joined with newlines; '' when equal. */
  text: string
  /** True when `maxLines` cut the diff short. */
  truncated: boolean
  /** How many lines `maxLines` left out. */
  omitted: number
}

const EQUAL = 0
const DELETE = 1
const INSERT = 2

const NO_NEWLINE = '\\ No newline at end of file'

/**
 * The line diff of two texts in unified format: `@@ -a,b +c,d @@` hunk
 * headers (a count of 1 is left out, as diff -u does), then the lines
 * prefixed with ' ', '-' or '+'. File headers (`---`, `+++`) are left to the
 * caller.
 */
export function unifiedDiff(
  beforeText: string,
  afterText: string,
  options: UnifiedOptions = {}
): UnifiedDiff {
  const before = textSide(new TextLines(beforeText))
  const after = textSide(new TextLines(afterText))
  return diffSides(before, after, options)
}

/** The unified diff of two sides, whatever their lines are made of. */
function diffSides(
  before: DiffSide,
  after: DiffSide,
  options: UnifiedOptions
): UnifiedDiff {
  const ops = editScript(matchLines(before, after), after.lines.count)
  const output = new Output(options.maxLines ?? Infinity)
  // A fraction of a line would never end a hunk.
  const wanted = options.context ?? 3
  const context = Number.isNaN(wanted) ? 3 : Math.max(0, Math.floor(wanted))
  writeHunks({
    ops,
    before: before.lines,
    after: after.lines,
    context,
    output
  })
  return {
    text: output.lines.join('\n'),
    truncated: output.omitted > 0,
    omitted: output.omitted
  }
}

/**
 * JSON text with two-space indentation and a final newline, as a file would
 * hold it and the unified diff shows it. Key order is the caller's: pass a
 * normalised config for sorted keys.
 */
export function prettyJson(value: Json): string {
  return JSON.stringify(value, null, 2) + '\n'
}

/**
 * The unified diff of two connector configs as prettyJson prints them
 * normalised, so that it agrees with diffConfigs. A `before` of null
 * (never published) diffs against nothing. Neither text is built whole:
 * entities and flows equal on both sides are paired unprinted.
 */
export function unifiedConfigDiff(
  before: JsonObject | null,
  after: JsonObject,
  options: UnifiedOptions = {}
): UnifiedDiff {
  const [from, to] = configSides(before, after)
  return diffSides(from, to, options)
}

/**
 * Turns the pairing of lines into one operation per output line: within a
 * changed stretch deletions come before insertions.
 */
function editScript(matches: Int32Array, afterLength: number): Uint8Array {
  const ops = new Uint8Array(matches.length + afterLength - countPairs(matches))
  let [i, j, p] = [0, 0, 0]
  while (i < matches.length || j < afterLength) {
    if (i < matches.length && matches[i] === -1) {
      ops[p++] = DELETE
      i++
    } else if (j < afterLength && (i >= matches.length || j < matches[i]!)) {
      ops[p++] = INSERT
      j++
    } else {
      ops[p++] = EQUAL
      i++
      j++
    }
  }
  return ops
}

/** How many lines are kept. */
function countPairs(matches: Int32Array): number {
  let count = 0
  for (const match of matches) if (match >= 0) count++
  return count
}

/** Collects output lines up to a limit and counts the ones left out. */
class Output {
  readonly lines: string[] = []
  omitted = 0

  constructor(private readonly limit: number) {}

  /**
   * Adds a line made of a prefix and a text; returns its index, or -1 if
   * it was left out.
   */
  push(prefix: string, text = ''): number {
    if (this.lines.length >= this.limit) {
      this.omitted++
      return -1
    }
    return this.lines.push(prefix + text) - 1
  }

  /** Adds a line of a text, cut out of it only if the line is kept. */
  pushLine(prefix: string, lines: DiffLines, index: number): void {
    if (this.lines.length >= this.limit) this.omitted++
    else this.lines.push(prefix + lines.line(index))
  }
}

/** The position of the walk through the edit script. */
interface Cursor {
  op: number
  a: number
  b: number
}

/** The two texts, the edit script between them, and where output goes. */
interface Script {
  ops: Uint8Array
  before: DiffLines
  after: DiffLines
  context: number
  output: Output
}

/**
 * Writes the hunks: each change with `context` equal lines around it,
 * changes closer than twice the context sharing one hunk.
 */
function writeHunks(script: Script): void {
  let at: Cursor = { op: 0, a: 0, b: 0 }
  let equalRun = 0
  while (at.op < script.ops.length) {
    if (script.ops[at.op] !== EQUAL) {
      const lead = Math.min(script.context, equalRun)
      at = writeHunk(script, {
        op: at.op - lead,
        a: at.a - lead,
        b: at.b - lead
      })
      equalRun = 0
      continue
    }
    at = { op: at.op + 1, a: at.a + 1, b: at.b + 1 }
    equalRun++
  }
}

/** Writes one hunk from its first context line; returns where it ended. */
function writeHunk(script: Script, start: Cursor): Cursor {
  const { ops, context, output } = script
  const header = output.push('')
  const at = { ...start }
  while (ops[at.op] === EQUAL) writeLine(script, at)

  for (;;) {
    while (at.op < ops.length && ops[at.op] !== EQUAL) writeLine(script, at)
    let run = 0
    while (at.op + run < ops.length && ops[at.op + run] === EQUAL) run++
    const last = at.op + run === ops.length || run > 2 * context
    const shown = last ? Math.min(run, context) : run
    for (let line = 0; line < shown; line++) writeLine(script, at)
    if (last) break
  }

  if (header >= 0) {
    const from = hunkRange(start.a, at.a - start.a)
    const to = hunkRange(start.b, at.b - start.b)
    output.lines[header] = `@@ -${from} +${to} @@`
  }
  return at
}

/** A hunk's start and length as diff -u writes them. */
function hunkRange(start: number, length: number): string {
  if (length === 0) return `${start},0`
  return length === 1 ? `${start + 1}` : `${start + 1},${length}`
}

/** Writes the line under the cursor with its prefix, and moves on. */
function writeLine(script: Script, at: Cursor): void {
  const { before, after, output } = script
  const op = script.ops[at.op++]
  if (op === INSERT) {
    output.pushLine('+', after, at.b)
    if (after.isLastWithoutNewline(at.b++)) output.push(NO_NEWLINE)
    return
  }
  output.pushLine(op === DELETE ? '-' : ' ', before, at.a)
  if (before.isLastWithoutNewline(at.a++)) output.push(NO_NEWLINE)
  if (op === EQUAL) at.b++
}
