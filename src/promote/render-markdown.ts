import { diffConfigs } from '../diff/config-diff.js'
import { renderDiffMarkdown, type ConnectorRef } from '../diff/render.js'
import { unifiedConfigDiff } from '../diff/unified.js'
import type { CommitLinks } from '../report/links.js'
import { escapeMarkdown } from '../report/markdown.js'
import { findingLine } from '../report/validation-summary.js'
import {
  ACTION_OVERRIDES,
  asSentence,
  outcomeSentence,
  outcomeWords,
  overrideHint,
  type OverrideNames
} from './describe-outcome.js'
import type { ExplainingDiff, PromotionResult } from './outcome.js'
import type { PromotionTarget } from './target.js'

/** What the Markdown of a promotion needs besides the results. */
export interface PromotionMarkdownOptions {
  /** The environment promoted; '' for the entries that name none. */
  environment: string
  dryRun: boolean
  links?: CommitLinks
  /** The most characters each explaining diff may take. */
  diffChars: number
  /** How the inputs that lift a refusal are named; the action's by default. */
  overrides?: OverrideNames
}

/**
 * The promotion's part of the job summary: a table with one row per
 * connector saying how it ended, then, for each refusal and failure, the
 * reason, how to recover, and the diff that explains it.
 */
export function renderPromotionMarkdown(
  results: readonly PromotionResult[],
  options: PromotionMarkdownOptions
): string {
  const out = [
    `### ${promotionHeading(options.environment, options.dryRun)}`,
    ''
  ]
  if (results.length === 0) {
    out.push(`${nothingToPromote(options.environment)}`)
    return out.join('\n') + '\n'
  }
  out.push('| connector | id | outcome |', '| --- | --- | --- |')
  for (const { target, outcome } of results) {
    out.push(
      `| ${escapeMarkdown(target.name)} | ${escapeMarkdown(target.id)} | ${escapeMarkdown(outcomeWords(outcome))} |`
    )
  }
  for (const result of results) {
    const details = renderDetails(result, options)
    if (details !== undefined) out.push('', details)
  }
  return out.join('\n') + '\n'
}

/** What the pull request's section of a promotion says besides the results. */
export interface PromotionCommentOptions {
  environment: string
  /** The commit promoted. */
  sha: string
  /** The run's page, where the summary shows the diffs. */
  runUrl?: string
  /** Say why each refusal and failure happened; true by default. */
  reasons?: boolean
}

/**
 * The section the promotion adds to the pull request's comment: one line
 * per connector ("published v8 of compass"), refusals and failures with
 * their reason, and a link to the run for the diffs.
 */
export function renderPromotionComment(
  results: readonly PromotionResult[],
  options: PromotionCommentOptions
): string {
  const place = options.environment
    ? `, environment ${escapeMarkdown(options.environment)}`
    : ''
  const out = [
    `### Promotion of commit ${escapeMarkdown(options.sha.slice(0, 7))}${place}`,
    ''
  ]
  if (results.length === 0) out.push(nothingToPromote(options.environment))
  for (const { target, outcome } of results) {
    const sentence = escapeMarkdown(outcomeSentence(outcome, target.name))
    const why =
      options.reasons !== false &&
      (outcome.status === 'refused' || outcome.status === 'failed')
        ? `: ${escapeMarkdown(outcome.message)}`
        : ''
    out.push(`- ${sentence} (${escapeMarkdown(target.id)})${why}`)
  }
  if (options.runUrl !== undefined) {
    out.push('', `[The run's summary](${options.runUrl}) shows the details.`)
  }
  return out.join('\n') + '\n'
}

/** "Promotion to PlugSync (environment staging, dry run: nothing was written)" */
export function promotionHeading(environment: string, dryRun: boolean): string {
  const parts: string[] = []
  if (environment) parts.push(`environment ${escapeMarkdown(environment)}`)
  if (dryRun) parts.push('dry run: nothing was written')
  return parts.length === 0
    ? 'Promotion to PlugSync'
    : `Promotion to PlugSync (${parts.join(', ')})`
}

function nothingToPromote(environment: string): string {
  return environment
    ? `The manifest maps no connector to the environment ${escapeMarkdown(environment)}: nothing to promote.`
    : 'The manifest maps no connector without an environment: nothing to promote. Set the environment input to promote the entries of one.'
}

/** The reason, the way out and the diff of a refusal or a failure. */
function renderDetails(
  result: PromotionResult,
  options: PromotionMarkdownOptions
): string | undefined {
  const { target, outcome } = result
  if (outcome.status !== 'refused' && outcome.status !== 'failed') {
    return undefined
  }
  const out = [
    `#### ${escapeMarkdown(target.name)}: ${escapeMarkdown(outcomeWords(outcome))}`,
    ''
  ]
  const hint = overrideHint(outcome, options.overrides ?? ACTION_OVERRIDES)
  out.push(
    escapeMarkdown(asSentence(outcome.message)) +
      (hint === undefined ? '' : ` ${hint}`)
  )
  if (outcome.status === 'failed' && outcome.findings.length > 0) {
    out.push('')
    for (const finding of outcome.findings) {
      out.push(findingLine(finding, options.links))
    }
  }
  if (outcome.diff !== undefined) {
    out.push('', explainingDiff(target, outcome.diff, options.diffChars))
  }
  return out.join('\n')
}

/**
 * An explaining diff: its title, then the changelog and the folded unified
 * diff as the PR comment shows them. The diff's own headline is left out:
 * it speaks of the published version, and `before` need not be one.
 */
export function explainingDiff(
  target: PromotionTarget,
  diff: ExplainingDiff,
  maxChars: number
): string {
  const connector: ConnectorRef = { name: target.name, id: target.id }
  const unified = unifiedConfigDiff(diff.before, diff.after, { maxLines: 400 })
  const body = renderDiffMarkdown(
    connector,
    diffConfigs(diff.before, diff.after),
    {
      activeVersion: diff.beforeVersion,
      unified: unified.text,
      unifiedOmitted: unified.omitted,
      maxChars
    }
  )
  const afterHeadline = body.indexOf('\n\n')
  const rest = afterHeadline === -1 ? '' : body.slice(afterHeadline)
  return escapeMarkdown(diff.title) + rest
}
