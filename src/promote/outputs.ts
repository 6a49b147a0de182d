import { STEP_WORDS } from './step-failure.js'
import { REFUSAL_WORDS } from './describe-outcome.js'
import type { PromotionResult } from './outcome.js'

/** One entry of the `published` output. */
export interface PublishedEntry {
  connector: string
  id: string
  environment?: string
  version: number
}

/** One entry of the `failed` output: a connector refused or failed. */
export interface FailedEntry {
  connector: string
  id: string
  environment?: string
  status: 'refused' | 'failed'
  /** The refusal's reason or the step that failed, as a stable word. */
  reason: string
  message: string
}

/**
 * The `published` and `failed` outputs as JSON text: which connectors got
 * which new version, and which were refused or failed and why.
 */
export function promotionOutputs(results: readonly PromotionResult[]): {
  published: string
  failed: string
} {
  const published: PublishedEntry[] = []
  const failed: FailedEntry[] = []
  for (const { target, outcome } of results) {
    const who = {
      connector: target.name,
      id: target.id,
      ...(target.environment === undefined
        ? {}
        : { environment: target.environment })
    }
    if (outcome.status === 'published') {
      published.push({ ...who, version: outcome.version })
    } else if (outcome.status === 'refused') {
      failed.push({
        ...who,
        status: 'refused',
        reason: outcome.reason,
        message: `refused (${REFUSAL_WORDS[outcome.reason]}): ${outcome.message}`
      })
    } else if (outcome.status === 'failed') {
      failed.push({
        ...who,
        status: 'failed',
        reason: outcome.step,
        message: `failed while ${STEP_WORDS[outcome.step]}: ${outcome.message}`
      })
    }
  }
  return {
    published: JSON.stringify(published),
    failed: JSON.stringify(failed)
  }
}
