import type { Span } from '../findings/finding.js'
import { LineIndex, spanOf } from '../json/line-index.js'
import {
  parseJson,
  type LocatedJson,
  type ParseOutcome
} from '../json/parse.js'
import { parsePointer, formatPointer } from '../json/pointer.js'

/** The deepest nesting PlugSync's Python backend can read. */
export const MAX_DEPTH = 1000

/**
 * A file's text with its position machinery built on first use: the line
 * table and the position-aware parse cost time, so a clean file never pays
 * for them.
 */
export class LocatedText {
  private lines: LineIndex | undefined
  private outcome: ParseOutcome | undefined
  private held: string | undefined

  /**
   * The text, or how to read it when it is first needed: a large config
   * without findings keeps no text until something asks for a position.
   */
  constructor(private readonly source: string | (() => string)) {
    if (typeof source === 'string') this.held = source
  }

  /** The text. */
  get text(): string {
    this.held ??= (this.source as () => string)()
    return this.held
  }

  /** The line table of the text. */
  get index(): LineIndex {
    this.lines ??= new LineIndex(this.text)
    return this.lines
  }

  /** The position-aware parse of the text, with the backend's depth limit. */
  get parsed(): ParseOutcome {
    this.outcome ??= parseJson(this.text, { maxDepth: MAX_DEPTH })
    return this.outcome
  }

  /** The span of two UTF-16 offsets. */
  span(start: number, end: number): Span {
    return spanOf(this.index, start, end)
  }

  /**
   * The span of the value at a JSON Pointer, or of its member key. A pointer
   * that does not exist (a missing property) falls back to its nearest
   * existing ancestor, so a finding always has a place.
   */
  spanOf(pointer: string, at: 'key' | 'value' = 'value'): Span {
    const json = this.json()
    if (json === undefined)
      return { line: 1, column: 1, endLine: 1, endColumn: 1 }
    const segments = parsePointer(pointer)
    for (let keep = segments.length; keep >= 0; keep--) {
      const found = json.locate(formatPointer(segments.slice(0, keep)))
      if (found === undefined) continue
      const range =
        at === 'key' && keep === segments.length && found.key
          ? found.key
          : found.value
      return this.span(range.start, range.end)
    }
    return { line: 1, column: 1, endLine: 1, endColumn: 1 }
  }

  private json(): LocatedJson | undefined {
    const outcome = this.parsed
    return outcome.ok ? outcome.json : undefined
  }
}
