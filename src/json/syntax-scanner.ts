import { LineIndex } from './line-index.js'
import { NodeTable } from './node-table.js'
import { EXACT_NUMBER_LENGTH, numberLoss } from './number-loss.js'
import type { JsonSyntaxError } from './parse.js'
import {
  badNumberMessage,
  badWordMessage,
  describeCodePoint,
  escapeFor,
  explainStrayCharacter,
  quoteKey
} from './syntax-messages.js'

/** What a successful scan of a JSON text yields. */
export interface Structure {
  nodes: NodeTable
  /** Maximum nesting depth: 1 for a root object or array, 0 for a scalar. */
  depth: number
  /** The number of object members, duplicates included. */
  members: number
  /** Where the JSON starts: 1 after a byte-order mark, else 0. */
  start: number
  /**
   * The nodes of the numbers `JSON.parse` cannot carry exactly (see
   * `numberLoss`), in text order.
   */
  inexactNumbers: number[]
}

// What the scanner expects next.
const VALUE = 0
const FIRST_ITEM = 1
const FIRST_KEY = 2
const NEXT_KEY = 3
const AFTER_VALUE = 4
const DONE = 5

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const MINUS = 0x2d
const BOM = 0xfeff

/** Carries a syntax error out of the scan; caught in `scanStructure`. */
class SyntaxFault {
  constructor(readonly error: JsonSyntaxError) {}
}

/**
 * Checks a JSON text against RFC 8259 and records the range of every value
 * and key, without building the values. Iterative: nesting depth costs
 * memory in typed arrays, never call-stack frames. Returns the first error,
 * placed at the first bad character, when the text is not JSON.
 */
export function scanStructure(
  text: string,
  maxDepth = Infinity
): Structure | JsonSyntaxError {
  try {
    return new Scanner(text, maxDepth).run()
  } catch (thrown) {
    if (thrown instanceof SyntaxFault) return thrown.error
    throw thrown
  }
}

class Scanner {
  private readonly length: number
  private readonly nodes: NodeTable
  private state = VALUE
  // Open containers, innermost last; `aux` holds an array's item count or
  // an object's current member node, for messages.
  private stack = new Int32Array(64)
  private aux = new Int32Array(64)
  private top = -1
  private depth = 0
  private members = 0
  private pending = -1
  private lastComma = -1
  private readonly inexactNumbers: number[] = []

  constructor(
    private readonly text: string,
    private readonly maxDepth: number
  ) {
    this.length = text.length
    this.nodes = new NodeTable(text.length >> 4)
  }

  run(): Structure {
    const start = this.text.charCodeAt(0) === BOM ? 1 : 0
    let pos = this.skipWhitespace(start)
    if (pos >= this.length) this.failEmpty(start)
    while (this.state !== DONE) {
      pos = this.skipWhitespace(pos)
      switch (this.state) {
        case VALUE:
        case FIRST_ITEM:
          pos = this.readValue(pos)
          break
        case FIRST_KEY:
        case NEXT_KEY:
          pos = this.readKey(pos)
          break
        default:
          pos = this.readSeparator(pos)
      }
    }
    const { nodes, depth, members, inexactNumbers } = this
    return { nodes, depth, members, start, inexactNumbers }
  }

  private readValue(pos: number): number {
    const code = this.text.charCodeAt(pos)
    if (code === CLOSE_ARRAY && this.state === FIRST_ITEM) {
      return this.closeContainer(pos)
    }
    if (pos >= this.length) this.failUnclosed()
    if (this.pending < 0 && this.top >= 0) {
      if (code === CLOSE_ARRAY) this.failTrailingComma(']')
      this.aux[this.top]!++
    }

    const node = this.pending >= 0 ? this.pending : this.nodes.add(-1, -1)
    this.pending = -1
    this.nodes.open(node, pos)
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      return this.openContainer(node, pos, code)
    }
    const end = this.scanScalar(node, pos, code)
    this.nodes.close(node, end)
    this.state = AFTER_VALUE
    return end
  }

  private scanScalar(node: number, pos: number, code: number): number {
    if (code === QUOTE) return this.scanString(pos)
    if (code === MINUS || isDigit(code)) return this.scanNumber(node, pos)
    if (isWordCharacter(code)) return this.scanWord(pos)
    return this.failValue(node, pos)
  }

  private readKey(pos: number): number {
    const code = this.text.charCodeAt(pos)
    if (code === CLOSE_OBJECT) {
      if (this.state === FIRST_KEY) return this.closeContainer(pos)
      this.failTrailingComma('}')
    }
    if (code !== QUOTE) return this.failKey(pos)

    const keyEnd = this.scanString(pos)
    const node = this.nodes.add(pos, keyEnd)
    this.members++
    this.aux[this.top] = node
    const colon = this.skipWhitespace(keyEnd)
    if (this.text.charCodeAt(colon) !== COLON) this.failColon(node, colon)
    this.pending = node
    this.state = VALUE
    return colon + 1
  }

  private readSeparator(pos: number): number {
    if (this.top < 0) {
      if (pos < this.length) this.failAfterRoot(pos)
      this.state = DONE
      return pos
    }
    const code = this.text.charCodeAt(pos)
    const inObject = this.isObject(this.stack[this.top]!)
    if (code === COMMA) {
      this.lastComma = pos
      this.state = inObject ? NEXT_KEY : VALUE
      return pos + 1
    }
    if (code === (inObject ? CLOSE_OBJECT : CLOSE_ARRAY)) {
      return this.closeContainer(pos)
    }
    return this.failSeparator(pos, inObject)
  }

  private openContainer(node: number, pos: number, code: number): number {
    const level = this.top + 2
    if (level > this.maxDepth) {
      this.fail(`nesting deeper than ${this.maxDepth} levels`, pos, pos + 1)
    }
    if (level > this.stack.length) this.growStack()
    this.top++
    this.stack[this.top] = node
    this.aux[this.top] = code === OPEN_OBJECT ? -1 : 0
    if (level > this.depth) this.depth = level
    this.state = code === OPEN_OBJECT ? FIRST_KEY : FIRST_ITEM
    return pos + 1
  }

  private closeContainer(pos: number): number {
    this.nodes.close(this.stack[this.top]!, pos + 1)
    this.top--
    this.state = AFTER_VALUE
    return pos + 1
  }

  private growStack(): void {
    const stack = new Int32Array(this.stack.length * 2)
    stack.set(this.stack)
    this.stack = stack
    const aux = new Int32Array(this.aux.length * 2)
    aux.set(this.aux)
    this.aux = aux
  }

  /** Returns the offset after the closing quote of the string at `pos`. */
  private scanString(pos: number): number {
    const text = this.text
    let i = pos + 1
    for (;;) {
      const code = text.charCodeAt(i)
      if (code >= 0x20 && code !== QUOTE && code !== BACKSLASH) {
        i++
      } else if (code === QUOTE) {
        return i + 1
      } else if (code === BACKSLASH) {
        i = this.scanEscape(i)
      } else if (i >= this.length) {
        this.fail(
          `unterminated string: the string opened at ${this.where(pos)} ` +
            'has no closing quote',
          i,
          i
        )
      } else {
        this.failControlCharacter(code, i)
      }
    }
  }

  private scanEscape(i: number): number {
    const next = this.text.charCodeAt(i + 1)
    if (isShortEscape(next)) return i + 2
    if (next === 0x75) {
      let digits = 0
      while (digits < 4 && isHexDigit(this.text.charCodeAt(i + 2 + digits))) {
        digits++
      }
      if (digits === 4) return i + 6
      const escape = this.text.slice(i, i + 2 + digits)
      this.fail(
        `invalid escape '${escape}' in a string: \\u must be followed by ` +
          'four hexadecimal digits',
        i,
        i + 2 + digits
      )
    }
    if (i + 1 >= this.length) return i + 1
    const width = codePointWidth(this.text, i + 1)
    const escaped = this.text.slice(i + 1, i + 1 + width)
    const shown = next < 0x20 ? describeCodePoint(next) : escaped
    this.fail(
      `invalid escape '\\${shown}' in a string: write \\\\ for a backslash`,
      i,
      i + 1 + width
    )
  }

  private scanNumber(node: number, pos: number): number {
    const text = this.text
    let i = pos
    if (text.charCodeAt(i) === MINUS) i++
    const digits = i
    const first = text.charCodeAt(i)
    if (first === 0x30) i++
    else if (isDigit(first)) i = skipDigits(text, i)
    else return this.failNumber(pos)

    if (text.charCodeAt(i) === 0x2e) {
      if (!isDigit(text.charCodeAt(i + 1))) return this.failNumber(pos)
      i = skipDigits(text, i + 1)
    }
    const e = text.charCodeAt(i)
    const exponent = e === 0x65 || e === 0x45
    if (exponent) {
      i++
      const sign = text.charCodeAt(i)
      if (sign === 0x2b || sign === MINUS) i++
      if (!isDigit(text.charCodeAt(i))) return this.failNumber(pos)
      i = skipDigits(text, i)
    }
    if (isNumberTail(text.charCodeAt(i))) return this.failNumber(pos)
    // Short tokens without an exponent are exact, and they are nearly all.
    if (exponent || i - digits > EXACT_NUMBER_LENGTH) {
      if (numberLoss(text.slice(pos, i))) this.inexactNumbers.push(node)
    }
    return i
  }

  private scanWord(pos: number): number {
    const end = wordEnd(this.text, pos)
    const word = this.text.slice(pos, end)
    if (word === 'true' || word === 'false' || word === 'null') return end
    return this.fail(badWordMessage(word), pos, end)
  }

  private isObject(node: number): boolean {
    return this.text.charCodeAt(this.nodes.valueStart(node)) === OPEN_OBJECT
  }

  private keyOf(node: number): string {
    return quoteKey(
      decodeString(
        this.text,
        this.nodes.keyStart(node),
        this.nodes.keyEnd(node)
      )
    )
  }

  /** `line 3, column 5`, for messages that point back at an opening. */
  private where(offset: number): string {
    const { line, column } = new LineIndex(this.text).position(offset)
    return `line ${line}, column ${column}`
  }

  private skipWhitespace(pos: number): number {
    const text = this.text
    for (;;) {
      const code = text.charCodeAt(pos)
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) {
        return pos
      }
      pos++
    }
  }

  private fail(message: string, start: number, end: number): never {
    throw new SyntaxFault({ message, start, end })
  }

  private failEmpty(start: number): never {
    if (this.length === start) this.fail('the file is empty', start, start)
    this.fail(
      'the file holds only whitespace: a config holds one JSON object',
      this.length,
      this.length
    )
  }

  private failUnclosed(): never {
    const opening = this.nodes.valueStart(this.stack[this.top]!)
    const kind = this.isObject(this.stack[this.top]!) ? 'object' : 'array'
    this.fail(
      `unexpected end of file: the ${kind} opened at ${this.where(opening)} ` +
        'is not closed',
      this.length,
      this.length
    )
  }

  private failTrailingComma(closer: string): never {
    this.fail(
      `trailing comma before '${closer}': remove it`,
      this.lastComma,
      this.lastComma + 1
    )
  }

  /** Stops with the message for a stray character, if it has one. */
  private failStray(pos: number): void {
    const codePoint = this.text.codePointAt(pos)!
    const message = explainStrayCharacter(
      codePoint,
      this.text.charCodeAt(pos + 1)
    )
    if (message === undefined) return
    const width = message.startsWith('comments')
      ? 2
      : codePointWidth(this.text, pos)
    this.fail(message, pos, pos + width)
  }

  private failValue(node: number, pos: number): never {
    this.failStray(pos)
    const code = this.text.charCodeAt(pos)
    if (code === 0x2e || code === 0x2b) this.failNumber(pos)
    const what =
      this.nodes.keyStart(node) >= 0
        ? `the value of ${this.keyOf(node)}`
        : 'a value'
    this.fail(`expected ${what}`, pos, pos + codePointWidth(this.text, pos))
  }

  private failNumber(pos: number): never {
    let end = pos + 1
    while (isNumberTail(this.text.charCodeAt(end))) end++
    this.fail(badNumberMessage(this.text.slice(pos, end)), pos, end)
  }

  private failKey(pos: number): never {
    if (pos >= this.length) this.failUnclosed()
    this.failStray(pos)
    const code = this.text.charCodeAt(pos)
    if (isWordCharacter(code) || isNumberTail(code)) {
      const end = Math.max(wordEnd(this.text, pos), pos + 1)
      this.fail('property names must be double-quoted strings', pos, end)
    }
    const or = this.state === FIRST_KEY ? " or '}'" : ''
    this.fail(
      `expected a property name in double quotes${or}`,
      pos,
      pos + codePointWidth(this.text, pos)
    )
  }

  private failColon(node: number, pos: number): never {
    if (pos >= this.length) this.failUnclosed()
    this.failStray(pos)
    this.fail(
      `expected ':' after the property name ${this.keyOf(node)}`,
      pos,
      pos + codePointWidth(this.text, pos)
    )
  }

  private failSeparator(pos: number, inObject: boolean): never {
    if (pos >= this.length) this.failUnclosed()
    this.failStray(pos)
    const current = this.aux[this.top]!
    const message = inObject
      ? `expected ',' or '}' after the value of ${this.keyOf(current)}`
      : `expected ',' or ']' after item ${current} of the array`
    this.fail(message, pos, pos + codePointWidth(this.text, pos))
  }

  private failAfterRoot(pos: number): never {
    this.failStray(pos)
    const found = describeCodePoint(this.text.codePointAt(pos)!)
    this.fail(
      `unexpected ${found} after the top-level value: a config holds ` +
        'exactly one JSON value',
      pos,
      pos + codePointWidth(this.text, pos)
    )
  }

  private failControlCharacter(code: number, i: number): never {
    const name = describeCodePoint(code).replace('control character ', '')
    const lineBreak = code === 0x0a || code === 0x0d
    this.fail(
      `control character ${name} in a string: write it as ${escapeFor(code)}` +
        (lineBreak ? ', or close the string before the line break' : ''),
      i,
      i + 1
    )
  }
}

/** Decodes the JSON string literal in [start, end), quotes included. */
export function decodeString(text: string, start: number, end: number): string {
  const body = text.slice(start + 1, end - 1)
  return body.includes('\\')
    ? (JSON.parse(text.slice(start, end)) as string)
    : body
}

/** `"`, `\\`, `/`, `b`, `f`, `n`, `r`, `t`: the one-letter escapes. */
function isShortEscape(code: number): boolean {
  switch (code) {
    case QUOTE:
    case BACKSLASH:
    case 0x2f:
    case 0x62:
    case 0x66:
    case 0x6e:
    case 0x72:
    case 0x74:
      return true
    default:
      return false
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isHexDigit(code: number): boolean {
  return (
    isDigit(code) ||
    (code >= 0x41 && code <= 0x46) ||
    (code >= 0x61 && code <= 0x66)
  )
}

function skipDigits(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++
  return i
}

/** Letters, `_` and `$`: what a bare word (`tru`, `NaN`, `name`) is made of. */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x5f ||
    code === 0x24
  )
}

/** Characters that continue a malformed number token (`01`, `1.2.3`, `0x1F`). */
function isNumberTail(code: number): boolean {
  return (
    isDigit(code) ||
    isWordCharacter(code) ||
    code === 0x2e ||
    code === 0x2b ||
    code === MINUS
  )
}

function wordEnd(text: string, pos: number): number {
  let end = pos
  while (
    isWordCharacter(text.charCodeAt(end)) ||
    isDigit(text.charCodeAt(end))
  ) {
    end++
  }
  return end
}

/** 2 for a surrogate pair at `pos`, else 1. */
function codePointWidth(text: string, pos: number): number {
  const code = text.codePointAt(pos)
  return code !== undefined && code > 0xffff ? 2 : 1
}
