import type { Finding, Span } from '../findings/finding.js'
import { LineIndex, spanOf } from '../json/line-index.js'
import { ruleInfo } from '../rules/registry.js'
import type { ManifestRule } from './manifest-rules.js'

/** A manifest problem, placed in the manifest file. */
export type ManifestProblem = Finding

/** A range of UTF-16 offsets in the manifest text, end exclusive. */
export type Range = readonly [start: number, end: number]

/** Collects the problems of one manifest, placed by line and column. */
export class ManifestProblems {
  readonly list: ManifestProblem[] = []
  private readonly index: LineIndex

  constructor(
    private readonly file: string,
    private readonly text: string
  ) {
    this.index = new LineIndex(text)
  }

  /**
   * The editor span of a range. yaml's block collections end after their
   * last line break; the span stops before it, on the last line.
   */
  span(range: Range): Span {
    let end = range[1]
    while (end > range[0] && /[\r\n]/.test(this.text.charAt(end - 1))) end--
    return spanOf(this.index, range[0], end)
  }

  /** Records a problem at a range, with the rule's default severity. */
  add(
    rule: ManifestRule,
    message: string,
    range: Range,
    pointer: string,
    suggestion?: string
  ): void {
    this.list.push({
      rule,
      severity: ruleInfo(rule).severity,
      message,
      file: this.file,
      pointer,
      ...this.span(range),
      ...(suggestion === undefined ? {} : { suggestion })
    })
  }

  /** The 1-based line of an offset, for messages that point back. */
  lineOf(offset: number): number {
    return this.index.position(offset).line
  }
}
