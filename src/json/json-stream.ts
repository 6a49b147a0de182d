/**
 * A JSON parser fed in pieces, for texts too large to hold whole next to
 * their value. It walks only the outer levels itself: each value that
 * fits in `SMALL_VALUE` characters is handed to `JSON.parse` whole (the
 * small objects of a list a batch at a time), so the value built is the
 * one `JSON.parse` gives (the last duplicate key wins in its first place,
 * `__proto__` is an own key), and only the part of the text not yet parsed
 * is held. Where a value ends is guessed from how the text is indented,
 * `JSON.parse` confirming each guess, and found by a scan otherwise.
 */

/** A text that is not JSON; the message is terse, since callers re-parse. */
export class JsonStreamError extends Error {
  override name = 'JsonStreamError'
}

/**
 * Values up to this many characters are parsed by `JSON.parse` whole;
 * larger arrays and objects are opened and walked member by member. Below
 * V8's large-object size, so each piece of text dies young.
 */
export const SMALL_VALUE = 64 * 1024

/** Where a walk stands in an opened array or object. */
const State = {
  /** Just opened: a member, an item or the close may come. */
  First: 0,
  /** After a comma: a member must come. */
  Next: 1,
  /** After a key and its colon, or in an array: a value must come. */
  Value: 2,
  /** After a member or an item: a comma or the close must come. */
  After: 3
} as const
type State = (typeof State)[keyof typeof State]

interface Frame {
  items: unknown[] | undefined
  members: Record<string, unknown> | undefined
  state: State
  key: string
  /** The white space that starts the line of the member's key, if any. */
  keyIndent: string | undefined
}

const SPACE = 0x20
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const QUOTE = 0x22
const COMMA = 0x2c
const COLON = 0x3a
const BACKSLASH = 0x5c
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d

/** About how much text one batch of small objects in an array holds. */
const BATCH = 16 * 1024
const MIN_BATCH = 4 * 1024

/** Where a value ends: an offset, or that the text so far cannot tell. */
const INCOMPLETE = -1
const LARGE = -2

/**
 * Builds one JSON value from the pieces of its text, in order. `end`
 * returns the value, or throws `JsonStreamError` when the text is not one
 * JSON value.
 */
export class JsonStream {
  private text = ''
  private at = 0
  private retryAt = 0
  private readonly frames: Frame[] = []
  private root: unknown
  private done = false
  /**
   * Where each closing line was looked for, by its line: the first one in
   * [from, to), or -1.
   */
  private readonly closingLines = new Map<
    string,
    { from: number; to: number; found: number }
  >()
  /** How much text has been pushed. */
  private pushed = 0
  /**
   * How much text the guesses that failed searched. Guessing pauses while
   * it exceeds the text pushed, so that a layout that misleads the guesses
   * costs at most one more reading of the text.
   */
  private wasted = 0
  /** Where the last batch that failed ended: none is tried before it. */
  private noBatchBefore = 0
  /**
   * Arrays and objects found larger than SMALL_VALUE by the scan of one
   * that holds them: opened without a scan of their own, so that deep
   * nesting costs one scan per SMALL_VALUE, not one per level.
   */
  private readonly large = new Set<number>()

  /**
   * `maxDepth` bounds the arrays and objects opened one inside another,
   * which each cost memory: a text that nests deeper is refused.
   */
  constructor(private readonly maxDepth = Infinity) {}

  /** Adds the next piece of the text. */
  push(piece: string): void {
    this.pushed += piece.length
    this.text =
      this.at === 0 ? this.text + piece : this.text.slice(this.at) + piece
    this.at = 0
    this.forgetSearches()
    // A value longer than the pieces waits until the text has doubled, so
    // that rescanning it costs no more than reading it.
    if (this.text.length < this.retryAt) return
    this.retryAt = 0
    this.run(false)
  }

  /** The value of the whole text. */
  end(): unknown {
    this.run(true)
    this.skipSpace()
    if (!this.done || this.at < this.text.length) {
      throw new JsonStreamError(
        this.done ? 'text after the value' : 'the text ends inside a value'
      )
    }
    return this.root
  }

  private run(final: boolean): void {
    for (;;) {
      const before = this.at
      const lineStart = this.skipSpace()
      if (this.at >= this.text.length) return
      const frame = this.frames[this.frames.length - 1]
      if (frame === undefined && this.done) {
        throw new JsonStreamError('text after the value')
      }
      const indent =
        lineStart === -1 ? undefined : this.text.slice(lineStart, this.at)
      const stepped =
        frame === undefined || frame.state === State.Value
          ? this.value(indent ?? frame?.keyIndent, final)
          : this.punctuation(frame, indent, final)
      if (!stepped) {
        // Wait for more text from where the spaces began: a value's
        // indentation is how its end is found.
        this.text = this.text.slice(before)
        this.at = 0
        this.forgetSearches()
        this.retryAt = this.text.length * 2
        return
      }
    }
  }

  /** Skips white space; returns where the last line began, or -1. */
  private skipSpace(): number {
    const text = this.text
    let at = this.at
    let lineStart = -1
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at)
      if (c === LF) lineStart = at + 1
      else if (c !== SPACE && c !== TAB && c !== CR) break
    }
    this.at = at
    return lineStart
  }

  /**
   * Commas, closes, keys, and the first item of an array; false when the
   * text so far is too short.
   */
  private punctuation(
    frame: Frame,
    indent: string | undefined,
    final: boolean
  ): boolean {
    const c = this.text.charCodeAt(this.at)
    const close = frame.items ? CLOSE_ARRAY : CLOSE_OBJECT
    if (frame.state === State.After || frame.state === State.First) {
      if (c === close) {
        this.at++
        this.frames.pop()
        this.attach(frame.items ?? frame.members)
        return true
      }
      if (frame.state === State.After) {
        if (c !== COMMA) throw new JsonStreamError('expected a comma')
        this.at++
        frame.state = frame.items ? State.Value : State.Next
        return true
      }
    }
    if (frame.items) {
      frame.state = State.Value
      return this.value(indent, final)
    }
    return this.key(frame, indent, final)
  }

  /** A member's key and its colon. */
  private key(
    frame: Frame,
    indent: string | undefined,
    final: boolean
  ): boolean {
    const text = this.text
    if (text.charCodeAt(this.at) !== QUOTE) {
      throw new JsonStreamError('expected a key')
    }
    const end = stringEnd(text, this.at)
    if (end === INCOMPLETE) return this.short(final)
    let colon = end
    while (colon < text.length && isSpace(text.charCodeAt(colon))) colon++
    if (colon >= text.length) return this.short(final)
    if (text.charCodeAt(colon) !== COLON) {
      throw new JsonStreamError('expected a colon')
    }
    frame.key = parse(text.slice(this.at, end)) as string
    frame.keyIndent = indent
    frame.state = State.Value
    this.at = colon + 1
    return true
  }

  /**
   * One value: parsed whole when small, else opened. `indent` is the white
   * space that starts its line (or its key's), when it starts one.
   */
  private value(indent: string | undefined, final: boolean): boolean {
    const text = this.text
    const start = this.at
    const c = text.charCodeAt(start)
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      return this.container(indent, final)
    }
    let end = c === QUOTE ? stringEnd(text, start) : tokenEnd(text, start)
    if (end === text.length && c !== QUOTE && !final) end = INCOMPLETE
    if (end === INCOMPLETE) return this.short(final)
    this.attach(parse(text.slice(start, end)))
    this.at = end
    return true
  }

  /**
   * An array or object: with the small objects after it when it is one of
   * a list, or alone, its end guessed from its indentation or found by a
   * scan; opened when it is large.
   */
  private container(indent: string | undefined, final: boolean): boolean {
    const text = this.text
    const start = this.at
    const array = text.charCodeAt(start) === OPEN_ARRAY
    if (this.large.has(start)) return this.open(array)

    const frame = this.frames[this.frames.length - 1]
    const guess = this.wasted <= this.pushed ? indent : undefined
    const batch =
      frame?.items && !array && guess !== undefined
        ? this.batch(start, guess)
        : undefined
    if (batch !== undefined) {
      for (const item of batch.values) frame!.items!.push(item)
      frame!.state = State.After
      this.at = batch.end
      return true
    }
    const indented =
      guess === undefined ? undefined : this.indentedValue(start, guess)
    if (indented !== undefined) {
      this.attach(indented.value)
      this.at = indented.end
      return true
    }

    const end = containerEnd(text, start, this.large)
    if (end === LARGE) return this.open(array)
    if (end === INCOMPLETE) return this.short(final)
    this.attach(parse(text.slice(start, end)))
    this.at = end
    return true
  }

  /**
   * The value written indented at `start`, found without reading every
   * character. A value written on one line ends where its line does; one
   * that opens a block ends where a line holds only its close at its own
   * indentation. A JSON string cannot hold a line break, so neither line
   * end is ever inside one, and `JSON.parse` confirms the guess. Undefined
   * when the guess is wrong or cannot be made within SMALL_VALUE.
   */
  private indentedValue(
    start: number,
    indent: string
  ): { value: unknown; end: number } | undefined {
    const text = this.text
    const lineEnd = indexWithin(text, '\n', start, start + SMALL_VALUE)
    if (lineEnd === -1) return this.missed(start)
    const last = lastCharacter(text, start, lineEnd)
    const close = text.charCodeAt(start) === OPEN_OBJECT ? '}' : ']'
    let end: number
    if (text[last] === close) {
      end = last + 1
    } else {
      const found = this.closingLine(`\n${indent}${close}`, start)
      if (found === -1) return this.missed(start)
      end = found + indent.length + 2
    }
    if (end - start > SMALL_VALUE) return undefined
    try {
      return { value: JSON.parse(text.slice(start, end)), end }
    } catch {
      return this.missed(start)
    }
  }

  /**
   * A guess at the value at `start` that failed, counted at the most its
   * searches can have read: a line end and a closing line.
   */
  private missed(start: number): undefined {
    this.wasted += 2 * Math.min(SMALL_VALUE, this.text.length - start)
    return undefined
  }

  /**
   * The first closing line within SMALL_VALUE of `from`, or -1. What was
   * searched before in the same text is remembered, found or not, so that
   * the values of a long run that each search the same stretch search it
   * once.
   */
  private closingLine(line: string, from: number): number {
    const to = from + SMALL_VALUE
    const known = this.closingLines.get(line)
    let searchFrom = from
    if (known !== undefined && known.from <= from) {
      if (known.found >= from) return known.found
      if (known.found === -1) {
        if (known.to >= to) return -1
        searchFrom = Math.max(from, known.to - line.length + 1)
      }
    }
    const found = indexWithin(this.text, line, searchFrom, to)
    const since = searchFrom === from ? from : known!.from
    this.closingLines.set(line, { from: since, to, found })
    return found
  }

  /** The text changed: what was searched in the old one says nothing. */
  private forgetSearches(): void {
    this.closingLines.clear()
    this.noBatchBefore = 0
    this.large.clear()
  }

  /**
   * The objects written indented in an array from `start` on, as many as
   * about BATCH characters hold, parsed by one call to `JSON.parse`: one
   * call per small object costs more than parsing it. The run is cut where
   * an object's closing line or a line ends, and wrapped in brackets, which
   * parse only if the run is whole values separated by commas.
   */
  private batch(
    start: number,
    indent: string
  ): { values: unknown[]; end: number } | undefined {
    const text = this.text
    const left = text.length - start
    if (start < this.noBatchBefore || left < MIN_BATCH) return undefined
    // Half of what is left, so that the end of the text is batched too.
    const from = start + Math.min(BATCH, left >> 1)
    let cut = this.closingLine(`\n${indent}}`, from)
    if (cut !== -1) {
      cut += indent.length + 2
    } else {
      const lineEnd = indexWithin(text, '\n', from, start + 2 * BATCH)
      if (lineEnd === -1) return undefined
      cut = lastCharacter(text, start, lineEnd) + 1
    }
    if (cut - start <= 2 * BATCH) {
      try {
        const values = JSON.parse(`[${text.slice(start, cut)}]`) as unknown[]
        return { values, end: cut }
      } catch {
        // Not a run of whole objects: they are parsed one by one.
      }
    }
    this.noBatchBefore = cut
    return this.missed(start)
  }

  /** Opens an array or object, to walk it member by member. */
  private open(array: boolean): true {
    if (this.frames.length >= this.maxDepth) {
      throw new JsonStreamError(`nesting deeper than ${this.maxDepth} levels`)
    }
    this.frames.push({
      items: array ? [] : undefined,
      members: array ? undefined : {},
      state: State.First,
      key: '',
      keyIndent: undefined
    })
    this.at++
    return true
  }

  private attach(value: unknown): void {
    const frame = this.frames[this.frames.length - 1]
    if (frame === undefined) {
      this.root = value
      this.done = true
    } else if (frame.items) {
      frame.items.push(value)
      frame.state = State.After
    } else {
      setMember(frame.members!, frame.key, value)
      frame.state = State.After
    }
  }

  private short(final: boolean): boolean {
    if (final) throw new JsonStreamError('the text ends inside a value')
    return false
  }
}

/** Sets a member as `JSON.parse` does: `__proto__` is an own key. */
function setMember(
  members: Record<string, unknown>,
  key: string,
  value: unknown
): void {
  if (key === '__proto__') {
    Object.defineProperty(members, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    })
  } else {
    members[key] = value
  }
}

function parse(slice: string): unknown {
  try {
    return JSON.parse(slice)
  } catch (error) {
    throw new JsonStreamError((error as Error).message)
  }
}

/**
 * The first `needle` that starts in [from, to) of the text, or -1, found
 * without reading past the range.
 */
export function indexWithin(
  text: string,
  needle: string,
  from: number,
  to: number
): number {
  const found = text
    .slice(from, Math.min(text.length, to + needle.length - 1))
    .indexOf(needle)
  return found === -1 ? -1 : from + found
}

/**
 * Where the last character of a line that matters to its value is: before
 * the white space and the one comma that end the line.
 */
function lastCharacter(text: string, start: number, lineEnd: number): number {
  let at = lineEnd - 1
  while (at > start && isSpace(text.charCodeAt(at))) at--
  if (text.charCodeAt(at) === COMMA) at--
  while (at > start && isSpace(text.charCodeAt(at))) at--
  return at
}

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB
}

/** The offset after the string that opens at `start`, or INCOMPLETE. */
function stringEnd(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1)
  while (quote !== -1 && text.charCodeAt(quote - 1) === BACKSLASH) {
    let backslashes = 1
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) {
      backslashes++
    }
    if (backslashes % 2 === 0) break
    quote = text.indexOf('"', quote + 1)
  }
  return quote === -1 ? INCOMPLETE : quote + 1
}

/** The offset after a number or literal: the next delimiter. */
function tokenEnd(text: string, start: number): number {
  let at = start
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at)
    if (c === COMMA || c === CLOSE_ARRAY || c === CLOSE_OBJECT || isSpace(c)) {
      break
    }
  }
  return at
}

/**
 * The offset after the array or object that opens at `start`, found by
 * reading each character outside strings: INCOMPLETE (-1) when the text
 * ends first, LARGE (-2) when it is longer than SMALL_VALUE. For LARGE,
 * `unclosed` gets the offsets of the arrays and objects read that are
 * still open, the first among them.
 */
export function containerEnd(
  text: string,
  start: number,
  unclosed: Set<number>
): number {
  const stop = Math.min(text.length, start + SMALL_VALUE)
  const open: number[] = []
  for (let at = start; at < stop; at++) {
    const c = text.charCodeAt(at)
    if (c === QUOTE) {
      const end = stringEnd(text, at)
      if (end === INCOMPLETE || end > stop) break
      at = end - 1
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      open.push(at)
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      open.pop()
      if (open.length === 0) return at + 1
    }
  }
  if (stop < start + SMALL_VALUE) return INCOMPLETE
  for (const at of open) unclosed.add(at)
  return LARGE
}
