import { configsEqual, type JsonObject } from '../config/normalise.js'
import type { Published, Version } from '../plugsync/client.js'
import { PlugSyncError } from '../plugsync/errors.js'
import { draftRefusal, reviewRefusal, versionName } from './guards.js'
import type { PromotionOutcome } from './outcome.js'
import type { PromotionContext } from './promotion-context.js'
import { failedOutcome, step, StepFailure } from './step-failure.js'
import type { PromotionTarget } from './target.js'

/**
 * Promotes one connector: nothing when the active version already equals
 * git; a refusal when a guard says no; else writes the full draft, reads
 * it back, publishes, and reads the active version back. Never throws: a
 * failure is an outcome that names its step.
 */
export async function promoteConnector(
  target: PromotionTarget,
  context: PromotionContext
): Promise<PromotionOutcome> {
  if (target.config === undefined) {
    return {
      status: 'failed',
      step: 'read-config',
      message: `${target.file} holds no JSON object to publish: fix the file (the validation findings say how) and re-run`,
      findings: []
    }
  }
  try {
    return await promote(target, target.config, context)
  } catch (error) {
    // Every call that can fail runs as a named step: anything else is a
    // bug, which must not pass for a PlugSync failure.
    if (!(error instanceof StepFailure)) throw error
    return failedOutcome(target, error)
  }
}

async function promote(
  target: PromotionTarget,
  config: JsonObject,
  context: PromotionContext
): Promise<PromotionOutcome> {
  const { api, logger } = context
  const active = await step('read-active', () =>
    api.getActiveVersion(target.id)
  )
  if (active !== null && configsEqual(active.config, config)) {
    logger.info(`${target.name}: v${active.version} equals git: up to date`)
    return { status: 'up-to-date', version: active.version }
  }

  const refused = await step('read-reviewed', () =>
    reviewRefusal(target, config, active, context)
  )
  if (refused !== undefined) return refused
  const draft = await step('read-draft', () => api.getDraft(target.id))
  const overwrite = await step('read-draft', () =>
    draftRefusal(target, config, active, draft, context)
  )
  if (overwrite !== undefined) return overwrite

  const previous = active?.version ?? null
  if (context.dryRun) {
    logger.info(
      `${target.name}: would publish a new version over ${versionName(previous)} (dry run)`
    )
    return { status: 'would-publish', previous }
  }
  return write(target, config, previous, draft.etag, context)
}

/** PATCH the full config, read it back, publish, read the active version back. */
async function write(
  target: PromotionTarget,
  config: JsonObject,
  previous: number | null,
  etag: string | undefined,
  context: PromotionContext
): Promise<PromotionOutcome> {
  const { api, logger } = context
  const refused = await patch(target, config, etag, context)
  if (refused !== undefined) return refused

  const unlike = await step('verify-draft', () =>
    verifyDraft(target, config, context)
  )
  if (unlike !== undefined) return unlike

  const result = await publish(target, config, context)
  if ('outcome' in result) return result.outcome
  const { published } = result
  const mismatch = await step('verify-active', async () =>
    activeMismatch(config, published, await api.getActiveVersion(target.id))
  )
  if (mismatch !== undefined) return mismatch
  logger.info(
    `${target.name}: published v${published.version}${published.recovered ? ' (the answer was lost; reading back showed it)' : ''}`
  )
  return {
    status: 'published',
    version: published.version,
    previous,
    recovered: published.recovered === true
  }
}

/** Reads the draft back: a failure when it is not what was written. */
async function verifyDraft(
  target: PromotionTarget,
  config: JsonObject,
  context: PromotionContext
): Promise<PromotionOutcome | undefined> {
  const written = await context.api.getDraft(target.id)
  if (configsEqual(written.config, config)) return undefined
  return {
    status: 'failed',
    step: 'verify-draft',
    message: `the draft PlugSync holds after the write is not the config in git, so nothing was published. Keys the draft had that git does not are kept by a draft write: remove them in PlugSync, then re-run`,
    findings: [],
    diff: {
      title: 'The draft PlugSync holds, against the config in git:',
      before: config,
      beforeVersion: null,
      after: written.config
    }
  }
}

/**
 * Writes the draft, with `If-Match` when PlugSync gave an ETag. A 412
 * means someone wrote between our read and our write: their work is kept
 * and the connector refused, not retried, since the guards must judge the
 * new draft first.
 */
async function patch(
  target: PromotionTarget,
  config: JsonObject,
  etag: string | undefined,
  context: PromotionContext
): Promise<PromotionOutcome | undefined> {
  try {
    await context.api.patchDraft(
      target.id,
      fullDraft(config),
      etag === undefined ? {} : { ifMatch: etag }
    )
    return undefined
  } catch (error) {
    if (
      !(error instanceof PlugSyncError) ||
      error.kind !== 'precondition-failed'
    ) {
      throw new StepFailure('write-draft', error)
    }
    return {
      status: 'refused',
      reason: 'draft-changed',
      message:
        'someone wrote to the draft between our read and our write (412 Precondition Failed), so nothing was written and their work is kept: re-run to read the draft again and let the guards judge it'
    }
  }
}

/**
 * The config with every top-level key the contract defaults, so that the
 * write replaces the whole draft: a draft write keeps the keys it is not
 * given, and a `settings` left out of git must still clear the draft's.
 */
function fullDraft(config: JsonObject): JsonObject {
  return { entities: [], flows: [], settings: {}, ...config }
}

/**
 * Publishes. A 409 says the draft equals the active version: someone
 * published the same config meanwhile, which a read of the active version
 * confirms; then there is nothing left to do.
 */
async function publish(
  target: PromotionTarget,
  config: JsonObject,
  context: PromotionContext
): Promise<{ published: Published } | { outcome: PromotionOutcome }> {
  try {
    return { published: await context.api.publish(target.id) }
  } catch (error) {
    if (!(error instanceof PlugSyncError) || error.kind !== 'conflict') {
      throw new StepFailure('publish', error)
    }
    const now = await step('verify-active', () =>
      context.api.getActiveVersion(target.id)
    )
    if (now === null || !configsEqual(now.config, config)) {
      throw new StepFailure('publish', error)
    }
    context.logger.info(
      `${target.name}: v${now.version} already equals git (published meanwhile): up to date`
    )
    return { outcome: { status: 'up-to-date', version: now.version } }
  }
}

/** A failure when the active version read back is not what git holds. */
function activeMismatch(
  config: JsonObject,
  published: Published,
  now: Version | null
): PromotionOutcome | undefined {
  if (now !== null && configsEqual(now.config, config)) return undefined
  const seen = versionName(now?.version ?? null)
  return {
    status: 'failed',
    step: 'verify-active',
    message: `PlugSync answered that v${published.version} was published, but reading the active version back gives ${seen}, which is not the config in git: someone may have published in between. Look at the connector's versions in PlugSync, then re-run`,
    findings: [],
    diff: {
      title: `The active version ${seen}, against the config in git:`,
      before: config,
      beforeVersion: null,
      after: now?.config ?? {}
    }
  }
}
