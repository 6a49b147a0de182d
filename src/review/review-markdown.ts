import { codeSpan } from '../diff/markdown.js'
import { renderDiffMarkdown } from '../diff/render.js'
import { escapeMarkdown } from '../report/markdown.js'
import {
  droppedLine,
  unmappedLine,
  unreadableReason,
  type ConnectorReview,
  type Review
} from './compare.js'
import { mergeSentence } from './diff-document.js'

/** Markdown made to fit a budget, and whether anything was cut for it. */
export interface Fitted {
  markdown: string
  cut: boolean
}

const SEPARATOR = '\n\n'

/** The heading of the diffs, in the comment and the job summary. */
export const CHANGES_HEADING = '### Changes against PlugSync'

/**
 * The review as Markdown within `budget` characters: the diffs, what
 * merging does, and the configs no connector id maps. Only the diffs are
 * cut to fit; the other parts are a line per connector.
 */
export function renderReview(
  review: Review,
  manifest: string,
  budget: number
): Fitted {
  const rest = [
    renderMerge(review),
    renderUnmapped(review.unmapped, manifest),
    review.dropped === undefined
      ? ''
      : `Validated but ${droppedLine(escapeMarkdown(manifest), review.dropped.map(codeSpan).join(', '))}.`
  ].filter((part) => part !== '')
  const restLength = rest.reduce((sum, part) => sum + part.length + 2, 0)
  const changes = renderChanges(review, budget - restLength)
  return {
    markdown: [changes.markdown, ...rest].join(SEPARATOR),
    cut: changes.cut
  }
}

/**
 * Each connector's diff against its active version, within `budget`
 * characters. Every connector keeps its headline; when the whole does not
 * fit, the room left is shared so that short diffs stay whole and long ones
 * are cut to equal shares.
 */
export function renderChanges(review: Review, budget: number): Fitted {
  if (review.connectors.length === 0) {
    return {
      markdown: `${CHANGES_HEADING}\n\nNo config is mapped to a connector id, so nothing was compared with PlugSync.`,
      cut: false
    }
  }
  const head = CHANGES_HEADING + SEPARATOR
  const room = budget - head.length
  const full = review.connectors.map((c) => connectorMarkdown(c, Infinity))
  const whole = full.join(SEPARATOR)
  if (whole.length <= room) return { markdown: head + whole, cut: false }

  const floors = full.map((text) => text.split('\n', 1)[0]!.length)
  const shares = share(
    full.map((text) => text.length),
    floors,
    room - SEPARATOR.length * (full.length - 1)
  )
  const parts = review.connectors.map((c, i) =>
    shares[i]! >= full[i]!.length
      ? full[i]!
      : cutSection(c, shares[i]!, floors[i]!)
  )
  return { markdown: head + parts.join(SEPARATOR), cut: true }
}

/**
 * A connector's section cut to `share` characters. The fold around a long
 * changelog is added after the cut, so its room is set aside first; a
 * share too small for that keeps the headline alone.
 */
function cutSection(
  review: ConnectorReview,
  share: number,
  headline: number
): string {
  const room = share - FOLD_ROOM
  return connectorMarkdown(review, room >= headline ? room : headline)
}

/**
 * Shares `room` among parts that need `needs` and must get `floors`: each
 * gets its floor, then the rest is poured in from the smallest extra need
 * up, so that no part gets more than it needs and the longest are cut
 * evenly.
 */
export function share(
  needs: readonly number[],
  floors: readonly number[],
  room: number
): number[] {
  const shares = [...floors]
  let left = room - floors.reduce((sum, floor) => sum + floor, 0)
  const order = needs
    .map((need, i) => ({ i, extra: Math.max(0, need - floors[i]!) }))
    .sort((a, b) => a.extra - b.extra)
  order.forEach(({ i, extra }, rank) => {
    const even = Math.floor(Math.max(0, left) / (order.length - rank))
    const given = Math.min(extra, even)
    shares[i] = floors[i]! + given
    left -= given
  })
  return shares
}

/** One connector's section, at most `maxChars` long beyond its headline. */
export function connectorMarkdown(
  review: ConnectorReview,
  maxChars: number
): string {
  const label = connectorLabel(review)
  if (review.kind === 'unreadable') {
    return `${label}: not compared: ${unreadableReason(escapeMarkdown(review.entry.path), review.silenced)}`
  }
  if (review.kind === 'failed') {
    return `${label}: could not be compared with PlugSync: ${escapeMarkdown(review.reason)}`
  }
  const markdown = renderDiffMarkdown(
    {
      name: review.name,
      id: review.entry.id,
      ...(review.entry.environment
        ? { environment: review.entry.environment }
        : {})
    },
    review.diff,
    {
      activeVersion: review.activeVersion,
      publishable: review.errors === 0,
      unified: review.unified.text,
      unifiedOmitted: review.unified.omitted,
      maxChars
    }
  )
  return foldChangelog(markdown, review.diff.changes.length)
}

/** A changelog longer than this many lines is folded. */
export const FOLD_OVER = 15

/** The most characters folding adds to a section. */
const FOLD_ROOM = 80

/**
 * Folds a long changelog in `<details>`, as the unified diff after it
 * already is, so that a pull request with a big change stays readable.
 * The changelog is the paragraph after the headline whose every line is a
 * list item; anything else is left as it is.
 */
function foldChangelog(markdown: string, changes: number): string {
  const paragraphs = markdown.split(SEPARATOR)
  const list = paragraphs[1]
  if (list === undefined) return markdown
  const lines = list.split('\n')
  if (lines.length <= FOLD_OVER || !lines.every((l) => l.startsWith('- '))) {
    return markdown
  }
  const summary = `Changelog: ${changes} changes`
  paragraphs[1] = `<details><summary>${summary}</summary>${SEPARATOR}${list}${SEPARATOR}</details>`
  return paragraphs.join(SEPARATOR)
}

/** The heading of the consequences of merging. */
export const MERGE_HEADING = '### What merging does'

/** One line per connector: what merging the pull request publishes. */
export function renderMerge(review: Review): string {
  if (review.connectors.length === 0) return ''
  const lines = review.connectors.map((c) => `- ${mergeLine(c)}`)
  return `${MERGE_HEADING}\n\n${lines.join('\n')}`
}

function mergeLine(review: ConnectorReview): string {
  return mergeSentence(
    review,
    connectorLabel(review),
    escapeMarkdown(review.entry.path)
  )
}

/** The most unmapped files named; the JSON diff lists them all. */
const UNMAPPED_SHOWN = 20

/** The line that names configs with no connector id, or '' when none. */
export function renderUnmapped(
  unmapped: readonly string[],
  manifest: string
): string {
  if (unmapped.length === 0) return ''
  const shown = unmapped.slice(0, UNMAPPED_SHOWN).map(codeSpan)
  const more = unmapped.length - shown.length
  const tail = more > 0 ? ` and ${more} more` : ''
  return `Validated but ${unmappedLine(escapeMarkdown(manifest), `${shown.join(', ')}${tail}`)}.`
}

/** "**compass** (cn_123, production)", escaped so no mention can form. */
function connectorLabel(review: ConnectorReview): string {
  const { id, environment } = review.entry
  const place = environment ? `${id}, ${environment}` : id
  return `**${escapeMarkdown(review.name)}** (${escapeMarkdown(place)})`
}
