import { appendAll } from '../append.js'
import { renderDiffText } from '../diff/render.js'
import { cleanText } from '../diff/value-format.js'
import {
  notComparedLines,
  unreadableReason,
  type ConnectorReview,
  type Review
} from './compare.js'
import { mergeSentence } from './diff-document.js'

/**
 * The review for a terminal: each connector's diff, one line per change,
 * then what merging does and the configs no connector id maps.
 */
export function renderReviewText(
  review: Review,
  manifest: string,
  color: boolean
): string {
  if (review.connectors.length === 0) {
    // Configs not mapped need no line when nothing is: the first says it.
    const dropped = notComparedLines({ ...review, unmapped: [] }, manifest)
    return [
      'No config is mapped to a connector id, so nothing was compared with PlugSync.\n',
      ...dropped.map((line) => `${line}\n`)
    ].join('\n')
  }
  const blocks = [
    review.connectors.map((c) => connectorText(c, color)).join('\n'),
    review.connectors
      .map((c) => mergeSentence(c, label(c), cleanText(c.entry.path, 200)))
      .join('\n')
  ]
  appendAll(blocks, notComparedLines(review, manifest))
  return blocks.join('\n\n') + '\n'
}

function connectorText(review: ConnectorReview, color: boolean): string {
  if (review.kind === 'unreadable') {
    return `${label(review)}: not compared: ${unreadableReason(review.entry.path, review.silenced)}`
  }
  if (review.kind === 'failed') {
    return `${label(review)}: could not be compared with PlugSync: ${review.reason}`
  }
  const ref = {
    name: review.name,
    id: review.entry.id,
    ...(review.entry.environment
      ? { environment: review.entry.environment }
      : {})
  }
  return renderDiffText(ref, review.diff, {
    color,
    activeVersion: review.activeVersion,
    publishable: review.errors === 0
  })
}

/** "compass (cn_123, production)", with unsafe characters replaced. */
function label(review: ConnectorReview): string {
  const { id, environment } = review.entry
  const place = environment ? `${id}, ${environment}` : id
  return `${cleanText(review.name)} (${cleanText(place)})`
}
