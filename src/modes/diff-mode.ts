import { tmpdir } from 'node:os'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ModeContext, ModeResult } from '../action/mode.js'
import { renderDiffText } from '../diff/render.js'
import type { GitHubApi } from '../github/api.js'
import { GitHubError } from '../github/errors.js'
import { openGitHubApi, type GitHubApiOptions } from '../github/octokit-api.js'
import { upsertComment, type CommentOutcome } from '../github/sticky-comment.js'
import {
  PlugSyncClient,
  type PlugSyncClientOptions
} from '../plugsync/client.js'
import { composeComment } from '../report/pr-comment.js'
import {
  recordOf,
  reviewConnectors,
  notComparedLines,
  unreadableReason,
  type ConnectorReview,
  type Review,
  type ReviewClient
} from '../review/compare.js'
import { changedConnectors, diffDocument } from '../review/diff-document.js'
import { unknownEnvironment } from '../promote/target.js'
import { commentMarker, scopeKey } from '../review/marker.js'
import type { ReviewRecord } from '../review/record.js'
import { renderReview } from '../review/review-markdown.js'

/** The clients the diff mode opens; tests point them at local servers. */
export interface DiffServices {
  openPlugSync(options: PlugSyncClientOptions): ReviewClient
  openGitHub(options: GitHubApiOptions): Promise<GitHubApi>
}

/** The job summary may hold about 1 MiB; main.ts caps the whole at 900,000. */
const SUMMARY_ROOM = 880_000

/**
 * The diff mode of the action: compares each connector's config with the
 * version active in PlugSync, writes the `changed` and `diff` outputs,
 * and shows the result in the job summary and in one pull request comment
 * kept up to date.
 */
export function runDiffMode(context: ModeContext): Promise<ModeResult> {
  return diffMode(context, {
    openPlugSync: (options) => new PlugSyncClient(options),
    openGitHub: openGitHubApi
  })
}

/** `runDiffMode` with the clients passed in. */
export async function diffMode(
  context: ModeContext,
  services: DiffServices
): Promise<ModeResult> {
  const unknown = unknownEnvironment(context.check, context.inputs.environment)
  if (unknown !== undefined) {
    return result(`**Diff failed**: ${unknown}\n`, [
      `PlugSync config: ${unknown}`
    ])
  }

  const skipped = skipReason(context)
  if (skipped !== undefined) {
    context.runtime.info(skipped)
    const failure = await keepComment(context, services, { skipped })
    return result(`${skipped}\n`, [failure])
  }

  let client: ReviewClient
  try {
    client = services.openPlugSync(plugSyncOptions(context))
  } catch (error) {
    const message = messageOf(error)
    return result(`**Diff failed**: ${message}\n`, [
      `PlugSync config: ${message}`
    ])
  }
  const review = await reviewConnectors({
    client,
    check: context.check,
    environment: context.inputs.environment,
    concurrency: context.inputs.concurrency,
    logger: context.logger
  })
  logReview(context, review)
  await writeOutputs(context, review)

  const room = Math.max(
    10_000,
    SUMMARY_ROOM - context.validationMarkdown.length
  )
  const summary = renderReview(review, context.inputs.manifest, room)
  const record = recordOf(review, headSha(context))
  const commentFailure = await keepComment(context, services, review, record)
  return result(`${summary.markdown}\n`, [failedLine(review), commentFailure])
}

/**
 * Why the diff cannot run, or undefined when it can. A fork's run gets
 * no secrets, so it is never sent to PlugSync even if a token is set.
 */
function skipReason(context: ModeContext): string | undefined {
  if (context.event.pullRequest?.fork) {
    return '**Diff skipped**: this pull request comes from a fork, whose runs get no PlugSync token; the configs were validated.'
  }
  if (context.inputs.plugsyncToken === '') {
    return '**Diff skipped**: no plugsync-token was given; the configs were validated.'
  }
  return undefined
}

function plugSyncOptions(context: ModeContext): PlugSyncClientOptions {
  const { inputs } = context
  return {
    apiUrl: inputs.apiUrl,
    token: inputs.plugsyncToken,
    timeoutMs: inputs.timeoutMs,
    retries: inputs.retries,
    logger: context.logger
  }
}

/** One log line per connector: its diff's headline. */
function logReview(context: ModeContext, review: Review): void {
  for (const connector of review.connectors) {
    context.runtime.info(headline(connector))
  }
  for (const line of notComparedLines(review, context.inputs.manifest)) {
    context.runtime.info(line)
  }
}

function headline(review: ConnectorReview): string {
  const place = `${review.name} (${review.entry.id})`
  if (review.kind === 'unreadable') {
    return `${place}: not compared: ${unreadableReason(review.entry.path, review.silenced)}`
  }
  if (review.kind === 'failed') return `${place}: ${review.reason}`
  const ref = {
    name: review.name,
    id: review.entry.id,
    ...(review.entry.environment
      ? { environment: review.entry.environment }
      : {})
  }
  const text = renderDiffText(ref, review.diff, {
    color: false,
    activeVersion: review.activeVersion
  })
  return text.split('\n', 1)[0]!
}

/** The `changed` list and the structured diff in a file of RUNNER_TEMP. */
async function writeOutputs(
  context: ModeContext,
  review: Review
): Promise<void> {
  const { env, runtime, inputs } = context
  const key = scopeKey(inputs)
  const path = join(
    env.RUNNER_TEMP ?? tmpdir(),
    `plugsync-config-diff-${key}.json`
  )
  await writeFile(path, JSON.stringify(diffDocument(review), null, 2) + '\n')
  runtime.setOutput('changed', JSON.stringify(changedConnectors(review)))
  runtime.setOutput('diff', path)
}

/**
 * Keeps the one pull request comment up to date. Returns the run's
 * failure line when GitHub failed; a token that may not comment is only
 * a warning (and expected on a fork).
 */
async function keepComment(
  context: ModeContext,
  services: DiffServices,
  review: Review | { skipped: string },
  record?: ReviewRecord
): Promise<string | undefined> {
  const { event, inputs, logger } = context
  const pull = event.pullRequest
  if (pull === undefined) {
    logger.debug('not a pull request event: no comment')
    return undefined
  }
  if (!inputs.comment || inputs.githubToken === '') {
    logger.info(
      inputs.comment
        ? 'no github-token: no pull request comment'
        : 'comment is false: no pull request comment'
    )
    return undefined
  }

  const marker = commentMarker(inputs)
  const body = commentBody(context, marker, review, record)
  try {
    const api = await services.openGitHub(gitHubOptions(context))
    const outcome = await upsertComment(api, pull.number, marker, body, logger)
    reportOutcome(context, outcome)
    return undefined
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error
    return `PlugSync config: the pull request comment is not up to date: ${error.message}`
  }
}

function commentBody(
  context: ModeContext,
  marker: string,
  review: Review | { skipped: string },
  record: ReviewRecord | undefined
): string {
  const { event, inputs } = context
  return composeComment({
    marker,
    verdict: context.verdict,
    files: context.check.files.length,
    findings: context.check.findings,
    links: {
      serverUrl: event.serverUrl,
      repository: event.repository,
      sha: headSha(context),
      directory: context.directory
    },
    review,
    manifest: inputs.manifest,
    ...(record ? { record } : {}),
    ...summaryUrl(context)
  })
}

/** Says what became of the comment: info, or a warning when refused. */
function reportOutcome(context: ModeContext, outcome: CommentOutcome): void {
  const { runtime } = context
  if (outcome.status !== 'forbidden') {
    const url = outcome.comment.url
    runtime.info(`${outcome.status} the pull request comment ${url}`.trim())
  } else if (context.event.pullRequest?.fork) {
    runtime.info(`no pull request comment from a fork: ${outcome.message}`)
  } else {
    runtime.warning(`${outcome.message}. The job summary has the results.`)
  }
}

function gitHubOptions(context: ModeContext): GitHubApiOptions {
  return {
    token: context.inputs.githubToken,
    apiUrl: context.env.GITHUB_API_URL ?? 'https://api.github.com',
    repository: context.event.repository,
    logger: context.logger,
    timeoutMs: context.inputs.timeoutMs,
    retry: { retries: context.inputs.retries }
  }
}

/** The run's page, where the job summary is. */
function summaryUrl(context: ModeContext): { summaryUrl?: string } {
  const run = context.env.GITHUB_RUN_ID
  if (!run || !/^\d+$/.test(run)) return {}
  const { serverUrl, repository } = context.event
  return { summaryUrl: `${serverUrl}/${repository}/actions/runs/${run}` }
}

function headSha(context: ModeContext): string {
  return context.event.pullRequest?.headSha ?? context.event.sha
}

/** The failure line for connectors PlugSync could not be read for. */
/**
 * The run's failure line for connectors not compared: PlugSync failed, or
 * the file is not a config. The second fails the run even when the
 * manifest turns that file's findings off, as the CLI's diff does: a
 * review that compared nothing must not pass.
 */
function failedLine(review: Review): string | undefined {
  const names = (kind: ConnectorReview['kind']) =>
    review.connectors
      .filter((c) => c.kind === kind)
      .map((c) => `${c.name} (${c.entry.id})`)
  const lines: string[] = []
  const failed = names('failed')
  if (failed.length > 0) {
    lines.push(
      `PlugSync config: ${failed.length} connector(s) could not be compared with PlugSync: ${failed.join(', ')}; see the job summary`
    )
  }
  const unreadable = names('unreadable')
  if (unreadable.length > 0) {
    lines.push(
      `PlugSync config: ${unreadable.length} connector(s) not compared, as their file is not JSON or not a JSON object: ${unreadable.join(', ')}`
    )
  }
  return lines.length > 0 ? lines.join('\n') : undefined
}

function result(
  summary: string,
  failures: readonly (string | undefined)[]
): ModeResult {
  const lines = failures.filter((line) => line !== undefined)
  return lines.length > 0 ? { summary, failure: lines.join('\n') } : { summary }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
