import type { SeverityLevel } from '../findings/finding.js'
import { PLAIN_NAME } from '../plugsync/api-contract.js'
import type { DraftEntry, Located, ManifestShape } from './manifest-shape.js'
import { ENTRY_KEYS, FIXED_RULES, LEVELS } from './manifest-words.js'

/**
 * The manifest as most teams write it, read without the YAML library,
 * whose loading and first parse cost a run more time than the rest of its
 * start (issue 6, cold start). It reads one layout:
 *
 *     connectors:
 *       - path: connectors/hubspot.json   # a comment
 *         id: cn_hubspot
 *         environment: "production"
 *     rules:
 *       disabled-flow: off
 *
 * printable ASCII and line feeds only, plain words and quoted text without
 * escapes for values, every entry whole and every value right. Anything
 * else, from a tab to an unknown key or a value YAML would read as a
 * number, gives undefined, and the YAML library reads the text and reports
 * what is wrong. So where this gives a shape, it is the one the library's
 * reading gives, ranges included (a test holds the two to that).
 */
export function readPlainManifest(
  text: string,
  knownRules: readonly string[]
): ManifestShape | undefined {
  if (!/^[\x20-\x7e\n]*$/.test(text)) return undefined
  const reader = new Reader(text, knownRules)
  return reader.read() ? reader.shape : undefined
}

/** One line of the text, its end of line excluded. */
interface Line {
  start: number
  text: string
  /** Where the next line starts: after this one's line feed. */
  next: number
  /** The indentation of the deepest comment line just above it, or -1. */
  commentAbove: number
}

/** `key: value` with an optional comment; the groups are key and value. */
const PAIR =
  /^([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +([^ #'"][^ #]*|"[^"\\]*"|'[^']*'))?(?: +#.*)? *$/

/** A key alone on its line: a block follows. */
const BLOCK = /^([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +#.*)? *$/

/** What a plain value may hold: a path or a name, nothing YAML reads apart. */
const PLAIN_WORD = /^[A-Za-z0-9_./][A-Za-z0-9_./@+-]*$/

/** Plain words that YAML's core schema reads as null, a boolean or a number. */
const NOT_TEXT = [
  /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/
]

class Reader {
  readonly shape: ManifestShape = { entries: [], severities: {} }
  private readonly lines: Line[] = []
  /** The indentation of the deepest comment after the last line, or -1. */
  private readonly commentBelow: number
  private at = 0

  constructor(
    text: string,
    private readonly knownRules: readonly string[]
  ) {
    let comment = -1
    for (let start = 0; start < text.length;) {
      const end = text.indexOf('\n', start)
      const stop = end === -1 ? text.length : end
      const line = text.slice(start, stop)
      // Blank lines and comments say nothing, but a comment indented past
      // an entry's keys ends where YAML decides (see `entry`).
      if (/^ *#/.test(line)) {
        comment = Math.max(comment, indentOf(line))
      } else if (!/^ *$/.test(line)) {
        const next = end === -1 ? stop : end + 1
        this.lines.push({ start, text: line, next, commentAbove: comment })
        comment = -1
      }
      start = end === -1 ? text.length : end + 1
    }
    this.commentBelow = comment
  }

  /** Reads the whole text; false at anything outside the layout. */
  read(): boolean {
    const seen = new Set<string>()
    if (this.lines.length === 0) return false
    while (this.at < this.lines.length) {
      const block = BLOCK.exec(this.lines[this.at]!.text)
      const key = block?.[1]
      if (key === undefined || seen.has(key)) return false
      seen.add(key)
      this.at++
      const read =
        key === 'connectors'
          ? this.connectors()
          : key === 'rules' && this.rules()
      if (!read) return false
    }
    return true
  }

  private connectors(): boolean {
    const first = this.lines[this.at]
    const indent = first === undefined ? -1 : indentOf(first.text)
    if (indent < 0 || first!.text.slice(indent, indent + 2) !== '- ') {
      return false
    }
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!
      if (indentOf(line.text) !== indent) break
      if (line.text.slice(indent, indent + 2) !== '- ') {
        // The next top-level key ends a list written at its indentation.
        if (indent === 0) break
        return false
      }
      if (!this.entry(indent + 2)) return false
    }
    return true
  }

  /** One list item: a mapping whose keys start at `indent`. */
  private entry(indent: number): boolean {
    const entry: DraftEntry = {
      index: this.shape.entries.length,
      range: [0, 0]
    }
    let end = 0
    for (let first = true; this.at < this.lines.length; first = false) {
      const line = this.lines[this.at]!
      if (!first && indentOf(line.text) !== indent) break
      // YAML may read a comment indented past the keys as part of the
      // value above it, and the entry then ends after the comment.
      if (!first && line.commentAbove > indent) return false
      const pair = this.pair(line, indent)
      if (pair === undefined) return false
      const field = ENTRY_KEYS.find((known) => known === pair.key.value)
      if (field === undefined || entry[field] !== undefined) return false
      if (field !== 'path' && !PLAIN_NAME.test(pair.value.value)) return false
      if (first) entry.range = [pair.key.range[0], 0]
      entry[field] = pair.value
      end = line.next
      this.at++
    }
    const below = this.lines[this.at]?.commentAbove ?? this.commentBelow
    if (below > indent) return false
    if (entry.path === undefined || entry.id === undefined) return false
    // A block mapping ends after its last value's line, comment included.
    entry.range = [entry.range[0], end]
    this.shape.entries.push(entry)
    return true
  }

  private rules(): boolean {
    const first = this.lines[this.at]
    const indent = first === undefined ? 0 : indentOf(first.text)
    if (indent === 0) return false
    const severities: Record<string, SeverityLevel> = {}
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!
      const inset = indentOf(line.text)
      if (inset === 0) break
      if (inset !== indent) return false
      const pair = this.pair(line, indent)
      if (pair === undefined) return false
      const { key, value } = pair
      // What is unknown, repeated or fixed, the YAML reader reports.
      if (
        !this.knownRules.includes(key.value) ||
        FIXED_RULES.includes(key.value) ||
        key.value in severities
      ) {
        return false
      }
      const level = LEVELS.find((known) => known === value.value)
      if (level === undefined) return false
      severities[key.value] = level
      this.at++
    }
    this.shape.severities = severities
    return true
  }

  /** A `key: value` line whose key starts at `indent`, value required. */
  private pair(
    line: Line,
    indent: number
  ): { key: Located; value: Located } | undefined {
    const match = PAIR.exec(line.text.slice(indent))
    const [, key, written] = match ?? []
    if (key === undefined || written === undefined) return undefined
    const value = unquote(written)
    if (value === undefined) return undefined
    const keyStart = line.start + indent
    const valueStart = line.text.indexOf(written, indent + key.length + 1)
    return {
      key: { value: key, range: [keyStart, keyStart + key.length] },
      value: {
        value,
        range: [
          line.start + valueStart,
          line.start + valueStart + written.length
        ]
      }
    }
  }
}

/** The text a value holds, or undefined when it is not plainly text. */
function unquote(written: string): string | undefined {
  const quote = written.charAt(0)
  if (quote === '"' || quote === "'") {
    const inner = written.slice(1, -1)
    return inner.trim() === '' ? undefined : inner
  }
  if (!PLAIN_WORD.test(written)) return undefined
  return NOT_TEXT.some((pattern) => pattern.test(written)) ? undefined : written
}

/** The spaces that start a line. */
function indentOf(line: string): number {
  return line.length - line.trimStart().length
}
