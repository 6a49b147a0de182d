import type { Override, PromotionOutcome, RefusalReason } from './outcome.js'
import { STEP_WORDS } from './step-failure.js'

/** The few words that name each refusal. */
export const REFUSAL_WORDS: Record<RefusalReason, string> = {
  'not-reviewed': 'not reviewed',
  'changed-after-review': 'changed after the review',
  drift: 'published outside git since the review',
  'draft-work': 'unpublished work in the draft',
  'draft-changed': 'the draft changed during the run'
}

/** How an outcome reads in a table cell: "published v8", "refused: …". */
export function outcomeWords(outcome: PromotionOutcome): string {
  switch (outcome.status) {
    case 'published':
      return `published v${outcome.version}`
    case 'up-to-date':
      return `up to date (v${outcome.version})`
    case 'would-publish':
      return outcome.previous === null
        ? 'would publish v1 (dry run)'
        : `would publish over v${outcome.previous} (dry run)`
    case 'refused':
      return `refused: ${REFUSAL_WORDS[outcome.reason]}`
    case 'failed':
      return `failed while ${STEP_WORDS[outcome.step]}`
  }
}

/**
 * How an outcome reads as a sentence about its connector, the way the pull
 * request's comment and the terminal say it: "published v8 of compass".
 */
export function outcomeSentence(
  outcome: PromotionOutcome,
  name: string
): string {
  switch (outcome.status) {
    case 'published':
      return `published v${outcome.version} of ${name}`
    case 'up-to-date':
      return `${name} is up to date at v${outcome.version}`
    case 'would-publish':
      return `would publish ${name} (dry run)`
    case 'refused':
      return `refused to publish ${name}: ${REFUSAL_WORDS[outcome.reason]}`
    case 'failed':
      return `failed to publish ${name} while ${STEP_WORDS[outcome.step]}`
  }
}

/** How each override is named where the promotion runs. */
export type OverrideNames = Record<Override, string>

/** The action's inputs that lift a refusal. */
export const ACTION_OVERRIDES: OverrideNames = {
  'require-review': '`require-review: false`',
  'allow-drift': '`allow-drift: true`',
  'allow-draft-overwrite': '`allow-draft-overwrite: true`'
}

/** The sentence that says how to lift a refusal, if an input can. */
export function overrideHint(
  outcome: PromotionOutcome,
  names: OverrideNames
): string | undefined {
  if (outcome.status !== 'refused' || outcome.override === undefined) {
    return undefined
  }
  const name = names[outcome.override]
  switch (outcome.override) {
    case 'require-review':
      return `To publish it without a review, run with ${name}.`
    case 'allow-drift':
      return `To overwrite what was published outside git, run with ${name}.`
    case 'allow-draft-overwrite':
      return `To discard the draft's work, run with ${name}.`
  }
}

/** A message as a sentence: a full stop added unless it ends in one. */
export function asSentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`
}
