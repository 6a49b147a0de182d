import { annotate } from '../action/annotations.js'
import type { ModeContext, ModeResult } from '../action/mode.js'
import type { GitHubApi } from '../github/api.js'
import { openGitHubApi } from '../github/octokit-api.js'
import { PlugSyncClient } from '../plugsync/client.js'
import { REFUSAL_WORDS } from '../promote/describe-outcome.js'
import { isFailure, type PromotionResult } from '../promote/outcome.js'
import { promotionOutputs } from '../promote/outputs.js'
import { promoteAll } from '../promote/promote-all.js'
import {
  promotionHeading,
  renderPromotionComment,
  renderPromotionMarkdown
} from '../promote/render-markdown.js'
import { STEP_WORDS } from '../promote/step-failure.js'
import {
  otherEnvironmentsOnly,
  promotionTargets,
  unknownEnvironment,
  type PromotionTarget
} from '../promote/target.js'
import { commentMarker } from '../review/marker.js'
import { reportOnPullRequest } from './promote-comment.js'
import { findReview, type FoundReview } from './promote-review.js'

/** The most characters each explaining diff takes in the job summary. */
const SUMMARY_DIFF_CHARS = 20_000

/** The room all explaining diffs share, well inside the summary's limit. */
const SUMMARY_DIFFS_ROOM = 400_000

/**
 * Promotion, the action side: finds the reviewed pull request and its
 * record, promotes the connectors of the environment, annotates PlugSync's
 * rejections, writes the outcome to the pull request's comment, the job
 * summary and the outputs, and fails if any connector was refused or
 * failed. Nothing is written anywhere when the validation failed.
 */
export async function runPromoteMode(
  context: ModeContext
): Promise<ModeResult> {
  const promoted: PromotionResult[] = []
  try {
    return await promoteAndReport(context, promoted)
  } finally {
    // Written once, on every way out, a skip or a crash included, so a
    // later step always finds JSON: GITHUB_OUTPUT keeps every write.
    setOutputs(context, promoted)
  }
}

/** The promotion itself; its results land in `promoted` once known. */
async function promoteAndReport(
  context: ModeContext,
  promoted: PromotionResult[]
): Promise<ModeResult> {
  const { inputs, runtime } = context
  const targets = promotionTargets(context.check, inputs.environment)
  const stop = reasonNotToStart(context, targets)
  if (stop !== undefined) return stop

  const client = openPlugSync(context)
  if (typeof client === 'string') {
    return skipped(
      context,
      `Nothing was promoted: ${client}.`,
      `PlugSync config: ${client}; nothing was promoted`
    )
  }
  const github = await openGitHub(context)
  const review = await findReview({
    github,
    event: context.event,
    marker: commentMarker(inputs),
    required: inputs.requireReview,
    logger: context.logger
  })
  const results = await promote(context, targets, client, review)
  promoted.push(...results)
  annotate(rejections(results), runtime, context.directory, context.annotations)
  if (github !== undefined) await report(context, github, review, results)
  return resultOf(context, results)
}

/** Promotes every target, each held to the review found. */
async function promote(
  context: ModeContext,
  targets: readonly PromotionTarget[],
  client: PlugSyncClient,
  review: FoundReview
): Promise<PromotionResult[]> {
  const { inputs } = context
  const environment = inputs.environment
    ? ` of environment ${inputs.environment}`
    : ''
  const dry = inputs.dryRun ? ' (dry run: nothing is written)' : ''
  context.runtime.info(
    `promoting ${targets.length} connector(s)${environment}${dry}`
  )
  // The connectors' warnings (a draft overwritten, drift allowed) become
  // one annotation with a line each: GitHub keeps one warning of the step
  // for the action, and a second would not show.
  const warnings: string[] = []
  const logger = {
    ...context.logger,
    warning: (message: string) => warnings.push(message)
  }
  const results = await promoteAll(
    targets,
    {
      api: client,
      review: review.state,
      allowDrift: inputs.allowDrift,
      allowDraftOverwrite: inputs.allowDraftOverwrite,
      dryRun: inputs.dryRun,
      logger
    },
    inputs.concurrency
  )
  if (warnings.length > 0) context.logger.warning(warnings.sort().join('\n'))
  return results
}

/**
 * Why the promotion must not start, as the mode's result: findings at or
 * above `fail-on` (nothing is written anywhere), or no connector to promote.
 */
function reasonNotToStart(
  context: ModeContext,
  targets: readonly PromotionTarget[]
): ModeResult | undefined {
  const unknown = unknownEnvironment(context.check, context.inputs.environment)
  if (unknown !== undefined) {
    return {
      summary: markdown(context, []),
      failure: `PlugSync config: ${unknown}`
    }
  }
  if (!context.verdict.valid) {
    return skipped(
      context,
      `Nothing was promoted: the validation found problems at or above fail-on (${context.inputs.failOn}). Fix them and re-run.`
    )
  }
  if (targets.length === 0) {
    warnAboutOtherEnvironments(context)
    return { summary: markdown(context, []) }
  }
  return undefined
}

/**
 * Nothing to promote is fine for a repository without a manifest, but
 * when the manifest maps connectors of other environments the input is
 * more likely forgotten or misspelt: say which environments there are.
 */
function warnAboutOtherEnvironments(context: ModeContext): void {
  const warning = otherEnvironmentsOnly(
    context.check,
    context.inputs.environment,
    'set the environment input to one of them'
  )
  if (warning === undefined) {
    context.runtime.info('no connector to promote: the manifest maps none')
    return
  }
  context.runtime.warning(warning)
}

/** The client for PlugSync, or why there is none. */
function openPlugSync(context: ModeContext): PlugSyncClient | string {
  const { inputs } = context
  if (inputs.plugsyncToken === '') {
    return 'promotion needs the plugsync-token input (a PlugSync API token, kept as a secret)'
  }
  try {
    return new PlugSyncClient({
      apiUrl: inputs.apiUrl,
      token: inputs.plugsyncToken,
      timeoutMs: inputs.timeoutMs,
      retries: inputs.retries,
      logger: context.logger
    })
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** The GitHub API, or undefined without a token to use it with. */
async function openGitHub(
  context: ModeContext
): Promise<GitHubApi | undefined> {
  const { inputs, env, event } = context
  if (inputs.githubToken === '') {
    context.runtime.info(
      'no github-token: the reviewed pull request cannot be looked up'
    )
    return undefined
  }
  try {
    return await openGitHubApi({
      token: inputs.githubToken,
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      repository: event.repository,
      logger: context.logger,
      timeoutMs: inputs.timeoutMs,
      retry: { retries: inputs.retries }
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    context.runtime.warning(
      `the reviewed pull request cannot be looked up: ${reason}`
    )
    return undefined
  }
}

/** Writes the outcome into the pull request's comment, unless told not to. */
async function report(
  context: ModeContext,
  github: GitHubApi,
  review: FoundReview,
  results: readonly PromotionResult[]
): Promise<void> {
  const { inputs, event, env } = context
  if (review.pull === undefined || !inputs.comment || inputs.dryRun) return
  const runUrl = /^\d+$/.test(env.GITHUB_RUN_ID ?? '')
    ? `${event.serverUrl}/${event.repository}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined
  const options = {
    environment: inputs.environment,
    sha: event.sha,
    ...(runUrl === undefined ? {} : { runUrl })
  }
  await reportOnPullRequest({
    github,
    pull: review.pull.number,
    ...(review.comment === undefined ? {} : { comment: review.comment }),
    marker: commentMarker(inputs),
    environment: inputs.environment,
    sections: [
      renderPromotionComment(results, options),
      renderPromotionComment(results, { ...options, reasons: false })
    ],
    logger: context.logger
  })
}

/** The mode's summary, and the failure line when a connector did not make it. */
function resultOf(
  context: ModeContext,
  results: readonly PromotionResult[]
): ModeResult {
  const summary = markdown(context, results)
  const failing = results.filter(isFailure)
  if (failing.length === 0) return { summary }
  const shown = failing.slice(0, 5).map(({ target, outcome }) => {
    const why =
      outcome.status === 'refused'
        ? `refused: ${REFUSAL_WORDS[outcome.reason]}`
        : outcome.status === 'failed'
          ? `failed while ${STEP_WORDS[outcome.step]}`
          : ''
    return `${target.name} (${why})`
  })
  const more = failing.length > 5 ? ` and ${failing.length - 5} more` : ''
  return {
    summary,
    failure: `PlugSync promotion: ${failing.length} of ${results.length} connector(s) not promoted: ${shown.join(', ')}${more}; see the job summary`
  }
}

/** A promotion that did not start: the summary says why in one sentence. */
function skipped(
  context: ModeContext,
  sentence: string,
  failure?: string
): ModeResult {
  context.runtime.info(sentence)
  const { inputs } = context
  const heading = promotionHeading(inputs.environment, inputs.dryRun)
  const summary = `### ${heading}\n\n${sentence}\n`
  return failure === undefined ? { summary } : { summary, failure }
}

function markdown(
  context: ModeContext,
  results: readonly PromotionResult[]
): string {
  const { inputs, event } = context
  return renderPromotionMarkdown(results, {
    environment: inputs.environment,
    dryRun: inputs.dryRun,
    links: {
      serverUrl: event.serverUrl,
      repository: event.repository,
      sha: event.sha,
      directory: context.directory
    },
    diffChars: diffShare(results)
  })
}

/** Each explaining diff's share of the summary: equal, within bounds. */
function diffShare(results: readonly PromotionResult[]): number {
  const explained = results.filter(isFailure).length
  const share = Math.floor(SUMMARY_DIFFS_ROOM / Math.max(1, explained))
  return Math.max(2_000, Math.min(SUMMARY_DIFF_CHARS, share))
}

/** PlugSync's rejections (422), placed in their files. */
function rejections(results: readonly PromotionResult[]) {
  return results.flatMap(({ outcome }) =>
    outcome.status === 'failed' ? outcome.findings : []
  )
}

function setOutputs(
  context: ModeContext,
  results: readonly PromotionResult[]
): void {
  const outputs = promotionOutputs(results)
  context.runtime.setOutput('published', outputs.published)
  context.runtime.setOutput('failed', outputs.failed)
}
