import { renderDiffText } from '../diff/render.js'
import { cleanText } from '../diff/value-format.js'
import {
  droppedLine,
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
    const dropped =
      review.dropped === undefined
        ? ''
        : `\n${droppedLine(manifest, review.dropped.join(', '))}\n`
    return `No config is mapped to a connector id, so nothing was compared with PlugSync.\n${dropped}`
  }
  const blocks = [
    review.connectors.map((c) => connectorText(c, color)).join('\n'),
    review.connectors
      .map((c) => mergeSentence(c, label(c), cleanText(c.entry.path, 200)))
      .join('\n')
  ]
  if (review.unmapped.length > 0) {
    blocks.push(
      `not compared, as no entry of ${manifest} maps them to a connector: ${review.unmapped.join(', ')}`
    )
  }
  if (review.dropped !== undefined) {
    blocks.push(droppedLine(manifest, review.dropped.join(', ')))
  }
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
