import type { Logger } from '../logger.js'
import type { PlugSyncClient } from '../plugsync/client.js'
import type { ReviewState } from './review-state.js'

/** The PlugSync calls a promotion makes. */
export type PromotionApi = Pick<
  PlugSyncClient,
  'getActiveVersion' | 'getVersion' | 'getDraft' | 'patchDraft' | 'publish'
>

/** What the promotion of every connector of a run shares. */
export interface PromotionContext {
  api: PromotionApi
  review: ReviewState
  /** Promote even when the active version is not the one reviewed. */
  allowDrift: boolean
  /** Promote even when the draft holds someone's unpublished work. */
  allowDraftOverwrite: boolean
  /** Do every read and check, write nothing. */
  dryRun: boolean
  logger: Logger
}
