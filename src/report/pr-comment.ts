import type { Verdict } from '../action/verdict.js'
import type { Finding } from '../findings/finding.js'
import type { Review } from '../review/compare.js'
import { neutraliseMarkers } from '../review/marker.js'
import { encodeRecord, type ReviewRecord } from '../review/record.js'
import { renderReview } from '../review/review-markdown.js'
import { countsText, plural } from './describe.js'
import type { CommitLinks } from './links.js'
import { findingLine } from './validation-summary.js'

/** GitHub refuses a comment body over 65,536 characters. */
export const COMMENT_LIMIT = 65_536

/** How many findings the comment lists; the job summary has them all. */
export const COMMENT_FINDINGS = 10

/** The most characters the validation part of the comment may take. */
const VALIDATION_BUDGET = 12_000

/** What the pull request comment is made from. */
export interface CommentInput {
  /** The hidden marker that finds the comment again. */
  marker: string
  verdict: Verdict
  /** How many config files were checked. */
  files: number
  findings: readonly Finding[]
  links?: CommitLinks
  /** The comparison with PlugSync, or the one line that says why none. */
  review: Review | { skipped: string }
  /** The manifest's path, named when configs are not mapped. */
  manifest: string
  /** What was reviewed; written hidden, for the promotion to check. */
  record?: ReviewRecord
  /** The run's page, where the job summary has more than a comment holds. */
  summaryUrl?: string
}

const SEPARATOR = '\n\n'

/**
 * The pull request comment, in this order: whether the configs are valid
 * (counts and the first findings, linked to their lines), each
 * connector's diff against its active version, what merging does, then
 * the hidden record. Never longer than `limit`: the diffs are cut first,
 * each connector keeping its headline, with a link to the job summary.
 */
export function composeComment(
  input: CommentInput,
  limit: number = COMMENT_LIMIT
): string {
  const top = `${input.marker}\n## PlugSync config`
  const validation = neutraliseMarkers(validationPart(input))
  const record = recordPart(input, limit)
  const cutNote = `_Some diffs were cut to fit a comment: ${summaryLink(input, 'the job summary')} has more of them._`

  let middle: string
  if ('skipped' in input.review) {
    middle = neutraliseMarkers(input.review.skipped)
  } else {
    const fixed = [top, validation, cutNote, record].join(SEPARATOR)
    const budget = limit - fixed.length - 2 * SEPARATOR.length
    const { shown, cut } = fitShown(input.review, input.manifest, budget)
    middle = cut ? shown + SEPARATOR + cutNote : shown
  }
  const body = [top, validation, middle, record].filter((part) => part !== '')
  return capComment(body.join(SEPARATOR) + '\n', top, record, input, limit)
}

/**
 * The diffs fitted to `budget` as the comment shows them, markers broken:
 * each broken marker is a character longer, so a diff that quotes many is
 * fitted again with that much less room until it fits.
 */
function fitShown(
  review: Review,
  manifest: string,
  budget: number
): { shown: string; cut: boolean } {
  for (let room = budget; ;) {
    const fitted = renderReview(review, manifest, room)
    const shown = neutraliseMarkers(fitted.markdown)
    const over = shown.length - budget
    if (over <= 0 || room <= 0) return { shown, cut: fitted.cut }
    room -= over
  }
}

/**
 * The hidden record, or a visible line when it would take more than half
 * the comment (some hundreds of connectors): the promotion then finds no
 * record and says so, rather than the comment losing every diff.
 */
function recordPart(input: CommentInput, limit: number): string {
  if (!input.record) return ''
  const record = encodeRecord(input.record)
  if (record.length <= limit / 2) return record
  return `_The record of this review (${plural(input.record.connectors.length, 'connector')}) is too large for a comment: promote with require-review: false, or keep the record with "plugsync-config diff --record"._`
}

/** The validity headline and the first findings, linked to their lines. */
function validationPart(input: CommentInput): string {
  const { verdict } = input
  const mark = verdict.valid
    ? '✅ **The configs are valid**'
    : '❌ **The configs are not valid**'
  const lines = [
    `${mark}: ${plural(input.files, 'config')}, ${countsText(verdict.counts)}.`
  ]
  let length = lines[0]!.length
  let listed = 0
  for (const finding of input.findings.slice(0, COMMENT_FINDINGS)) {
    const line = findingLine(finding, input.links)
    if (length + line.length + 1 > VALIDATION_BUDGET) break
    if (listed === 0) lines.push('')
    lines.push(line)
    length += line.length + 1
    listed++
  }
  const more = input.findings.length - listed
  if (more > 0) {
    lines.push(
      `- … and ${plural(more, 'more finding')}: see ${summaryLink(input, 'the job summary')}.`
    )
  }
  return lines.join('\n')
}

function summaryLink(input: CommentInput, text: string): string {
  return input.summaryUrl ? `[${text}](${input.summaryUrl})` : text
}

/**
 * The last guard of the size limit, for reviews too large to show even as
 * headlines (hundreds of connectors): keeps the marker and the record, and
 * cuts what is between at a line break.
 */
function capComment(
  body: string,
  top: string,
  record: string,
  input: CommentInput,
  limit: number
): string {
  if (body.length <= limit) return body
  const note = `\n\n… cut at GitHub's comment size limit: ${summaryLink(input, 'the job summary')} has more.`
  const tail = record === '' ? '\n' : `${SEPARATOR}${record}\n`
  const room = limit - note.length - tail.length
  const end = body.lastIndexOf('\n', room)
  const kept = body.slice(0, Math.max(end, top.length))
  return kept + note + tail
}
