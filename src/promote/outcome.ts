import type { JsonObject } from '../config/normalise.js'
import type { Finding } from '../findings/finding.js'
import type { PromotionTarget } from './target.js'

/** The steps of a promotion, in the order they run. */
export type PromotionStep =
  | 'read-config'
  | 'read-active'
  | 'read-reviewed'
  | 'read-draft'
  | 'write-draft'
  | 'verify-draft'
  | 'publish'
  | 'verify-active'

/** Why a guard stopped a promotion before it wrote anything. */
export type RefusalReason =
  | 'not-reviewed'
  | 'changed-after-review'
  | 'drift'
  | 'draft-work'
  | 'draft-changed'

/** The input that lifts a refusal, when one does. */
export type Override =
  'require-review' | 'allow-drift' | 'allow-draft-overwrite'

/** Two configs whose difference explains a refusal or a failure. */
export interface ExplainingDiff {
  /** One sentence that says what the diff shows. */
  title: string
  before: JsonObject
  /** The version `before` is, or null when it is no version. */
  beforeVersion: number | null
  after: JsonObject
}

/** How the promotion of one connector ended. */
export type PromotionOutcome =
  | {
      status: 'published'
      version: number
      previous: number | null
      /** The publish answer was lost, but reading back showed it happened. */
      recovered: boolean
    }
  | { status: 'up-to-date'; version: number }
  | { status: 'would-publish'; previous: number | null }
  | {
      status: 'refused'
      reason: RefusalReason
      message: string
      override?: Override
      diff?: ExplainingDiff
    }
  | {
      status: 'failed'
      step: PromotionStep
      message: string
      /** A rejection by PlugSync, placed in the config file. */
      findings: Finding[]
      diff?: ExplainingDiff
    }

/** One connector and how its promotion ended. */
export interface PromotionResult {
  target: PromotionTarget
  outcome: PromotionOutcome
}

/** Tells whether a result fails the run: refused and failed ones do. */
export function isFailure(result: PromotionResult): boolean {
  const { status } = result.outcome
  return status === 'refused' || status === 'failed'
}
