import { LocatedDocument } from './located-document.js'
import type { NumberLoss } from './number-loss.js'
import { scanStructure } from './syntax-scanner.js'

/** A range of UTF-16 offsets in the text; `end` is exclusive. */
export interface TextRange {
  start: number
  end: number
}

/** Why a text is not JSON, placed at its first bad character. */
export interface JsonSyntaxError {
  /** Plain words: what was found and, where there is one, the fix. */
  message: string
  start: number
  end: number
}

/** A key that repeats an earlier key of the same object. */
export interface DuplicateKey {
  /** JSON Pointer (RFC 6901) of the member. */
  pointer: string
  /** The repeated key, quotes included. */
  key: TextRange
  /** The first occurrence of the key, quotes included. */
  first: TextRange
}

/** A number of the text that `JSON.parse` cannot carry exactly. */
export interface InexactNumber {
  /** JSON Pointer (RFC 6901) of the number. */
  pointer: string
  /** The number token. */
  range: TextRange
  loss: NumberLoss
}

/** A parsed JSON text that can say where each of its values is. */
export interface LocatedJson {
  /** The value `JSON.parse` gives: the last duplicate wins. */
  value: unknown
  duplicates: DuplicateKey[]
  /** Maximum nesting depth: 1 for a root object or array, 0 for a scalar. */
  depth: number
  /**
   * The numbers of the value that `JSON.parse` cannot carry exactly, in
   * text order; a member that a later duplicate key replaces is not one.
   */
  inexactNumbers: InexactNumber[]
  /**
   * The ranges of the value a JSON Pointer names: `key` (quotes included)
   * for object members, `value` for the whole value. For a repeated key, the
   * last occurrence, which is the one `JSON.parse` keeps.
   */
  locate(pointer: string): { key?: TextRange; value: TextRange } | undefined
}

/** The result of `parseJson`: the located JSON, or the first syntax error. */
export type ParseOutcome =
  { ok: true; json: LocatedJson } | { ok: false; error: JsonSyntaxError }

/** Options of `parseJson`. */
export interface ParseOptions {
  /** Stop with an error at the bracket that opens level `maxDepth + 1`. */
  maxDepth?: number
  /**
   * The `JSON.parse` result of this same text, when the caller has it
   * already, so that it is not parsed a second time.
   */
  value?: unknown
}

/**
 * Parses a JSON text strictly by RFC 8259, recording the range of every key
 * and value. A leading byte-order mark is skipped (RFC 8259 allows that);
 * offsets stay those of the text given. Iterative, so any nesting depth is
 * safe; `maxDepth` bounds it.
 */
export function parseJson(
  text: string,
  options: ParseOptions = {}
): ParseOutcome {
  const scanned = scanStructure(text, options.maxDepth)
  if ('message' in scanned) return { ok: false, error: scanned }
  const given =
    options.value !== undefined ? { value: options.value } : undefined
  return { ok: true, json: new LocatedDocument(text, scanned, given) }
}
