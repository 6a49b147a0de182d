import { mapLimit } from '../plugsync/concurrency.js'
import type { PromotionResult } from './outcome.js'
import type { PromotionContext } from './promotion-context.js'
import { promoteConnector } from './promote-connector.js'
import type { PromotionTarget } from './target.js'

/**
 * Promotes every target, at most `concurrency` at a time. Connectors are
 * independent: one that fails or is refused never stops the others, and
 * each result says exactly how its connector ended, so a re-run finishes
 * what this one left.
 */
export async function promoteAll(
  targets: readonly PromotionTarget[],
  context: PromotionContext,
  concurrency: number
): Promise<PromotionResult[]> {
  return mapLimit(targets, concurrency, async (target) => ({
    target,
    outcome: await promoteConnector(target, context)
  }))
}
