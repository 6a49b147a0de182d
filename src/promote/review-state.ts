import type { ReviewedConnector } from '../review/record.js'
import type { PromotionTarget } from './target.js'

/** The review a promotion is held to, whatever recorded it. */
export interface ReviewState {
  /** Refuse a connector that no review recorded as it is in git. */
  required: boolean
  /** Where the review was recorded, for messages: "pull request #7". */
  source?: string
  /** Why no review was found, when none was: the start of a refusal. */
  missing?: string
  /** The connectors the review recorded; empty when there is no review. */
  connectors: ReviewedConnector[]
}

/** The review recorded for a target: same connector id, same environment. */
export function reviewOf(
  review: ReviewState,
  target: PromotionTarget
): ReviewedConnector | undefined {
  return review.connectors.find(
    (reviewed) =>
      reviewed.id === target.id &&
      (reviewed.environment ?? '') === (target.environment ?? '')
  )
}
