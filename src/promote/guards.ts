import { configsEqual, type JsonObject } from '../config/normalise.js'
import type { Draft, Version } from '../plugsync/client.js'
import { configHash, type ReviewedConnector } from '../review/record.js'
import type { ExplainingDiff, PromotionOutcome } from './outcome.js'
import type { PromotionContext } from './promotion-context.js'
import { reviewOf } from './review-state.js'
import { step } from './step-failure.js'
import type { PromotionTarget } from './target.js'

/**
 * The review guards: a connector must have been reviewed as it is in git
 * (unless `require-review` is off), and against the version that is still
 * active (unless `allow-drift` is on). Returns the refusal, if any.
 */
export async function reviewRefusal(
  target: PromotionTarget,
  config: JsonObject,
  active: Version | null,
  context: PromotionContext
): Promise<PromotionOutcome | undefined> {
  const { review } = context
  const reviewed = reviewOf(review, target)
  const source = review.source ?? 'the review'
  if (review.required) {
    if (reviewed === undefined) {
      return refuseUnreviewed(review.missing, source, active, config)
    }
    if (reviewed.configHash !== configHash(config)) {
      return refuseChanged(target, source, active, config)
    }
  }
  if (reviewed === undefined) return undefined
  return driftRefusal(target, reviewed, source, active, context)
}

/**
 * Drift: the active version is not the one the review was made against,
 * so someone published outside git since, and the reviewed diff may no
 * longer say what publishing does. The refusal shows what they changed:
 * the reviewed version against the active one.
 */
async function driftRefusal(
  target: PromotionTarget,
  reviewed: ReviewedConnector,
  source: string,
  active: Version | null,
  context: PromotionContext
): Promise<PromotionOutcome | undefined> {
  const activeVersion = active?.version ?? null
  const then = reviewed.activeVersion
  if (then === activeVersion) return undefined
  const what = `${activeWords(activeVersion)}, but ${source} was reviewed ${againstWords(then)}`
  if (context.allowDrift) {
    context.logger.warning(
      `${target.name}: ${what}; allow-drift is on, so the promotion ${context.dryRun ? 'would go' : 'goes'} ahead`
    )
    return undefined
  }
  const before =
    then === null
      ? {}
      : (
          await step('read-reviewed', () =>
            context.api.getVersion(target.id, then)
          )
        ).config
  // A version that republished the reviewed config (an undo in the
  // dashboard) changes nothing the review saw.
  if (active !== null && configsEqual(before, active.config)) {
    context.logger.info(
      `${target.name}: ${what}, with the same config: the review still holds`
    )
    return undefined
  }
  return {
    status: 'refused',
    reason: 'drift',
    override: 'allow-drift',
    message: `${what}: someone published outside git. The diff shows what changed since the review; bring that change into git through a pull request (or undo it in PlugSync), then re-run`,
    diff: {
      title: `What changed in PlugSync since the review (${versionName(then)} → ${versionName(activeVersion)}):`,
      before,
      beforeVersion: then,
      after: active?.config ?? {}
    }
  }
}

/**
 * The draft guard: a draft that differs from the active version holds
 * someone's unpublished work, which writing the draft would destroy. A draft
 * that already holds the config in git is ours, left by a run that failed
 * before publishing: a re-run finishes the job.
 */
export function draftRefusal(
  target: PromotionTarget,
  config: JsonObject,
  active: Version | null,
  draft: Draft,
  context: PromotionContext
): PromotionOutcome | undefined {
  const baseline = active?.config ?? {}
  if (configsEqual(draft.config, baseline)) return undefined
  if (configsEqual(draft.config, config)) {
    context.logger.info(
      `${target.name}: the draft already holds the config in git (an earlier run wrote it): finishing the promotion`
    )
    return undefined
  }
  const unlike =
    active === null
      ? 'not the config in git'
      : `neither v${active.version} nor the config in git`
  if (context.allowDraftOverwrite) {
    context.logger.warning(
      `${target.name}: the draft holds unpublished work that is ${unlike}; allow-draft-overwrite is on, so it ${context.dryRun ? 'would be' : 'is'} overwritten`
    )
    return undefined
  }
  return {
    status: 'refused',
    reason: 'draft-work',
    override: 'allow-draft-overwrite',
    message: `the draft holds unpublished work (edited ${draft.updatedAt}) that is ${unlike}, and writing the draft would destroy it. The diff shows that work, which is what would be lost: publish or discard it in PlugSync, or bring it into git through a pull request, then re-run`,
    diff: {
      title: `The unpublished work in the draft${against(active)}:`,
      before: baseline,
      beforeVersion: active?.version ?? null,
      after: draft.config
    }
  }
}

function refuseUnreviewed(
  missing: string | undefined,
  source: string,
  active: Version | null,
  config: JsonObject
): PromotionOutcome {
  const why = missing ?? `${source} recorded no diff of this connector`
  return {
    status: 'refused',
    reason: 'not-reviewed',
    override: 'require-review',
    message: `${why}, so nobody reviewed this change. The diff shows what would be published: open a pull request with it, let its check comment the diff, and merge it`,
    diff: unreviewedDiff(active, config)
  }
}

function refuseChanged(
  target: PromotionTarget,
  source: string,
  active: Version | null,
  config: JsonObject
): PromotionOutcome {
  return {
    status: 'refused',
    reason: 'changed-after-review',
    override: 'require-review',
    message: `${target.file} is not the config ${source} reviewed: it changed after its diff was recorded (a commit after the last check ran, or a merge that combined changes). The diff shows what would be published unreviewed: review it in a new pull request`,
    diff: unreviewedDiff(active, config)
  }
}

function unreviewedDiff(
  active: Version | null,
  config: JsonObject
): ExplainingDiff {
  return {
    title: `What would be published${against(active)}:`,
    before: active?.config ?? {},
    beforeVersion: active?.version ?? null,
    after: config
  }
}

/** ", against v8", or " (nothing was published yet)". */
function against(active: Version | null): string {
  return active === null
    ? ' (nothing was published yet)'
    : `, against v${active.version}`
}

/** "v8 is active", or "no version is active". */
function activeWords(version: number | null): string {
  return `${versionName(version)} is active`
}

/** "against v8", or "when no version was published". */
function againstWords(version: number | null): string {
  return version === null
    ? 'when no version was published'
    : `against v${version}`
}

/** "v8", or "no version" before the first publish. */
export function versionName(version: number | null): string {
  return version === null ? 'no version' : `v${version}`
}
