import { diffConfigs } from '../diff/config-diff.js'
import { renderDiffText } from '../diff/render.js'
import { cleanText } from '../diff/value-format.js'
import { fullMessage } from '../report/describe.js'
import {
  asSentence,
  outcomeWords,
  overrideHint,
  type OverrideNames
} from './describe-outcome.js'
import type { ExplainingDiff, PromotionResult } from './outcome.js'
import type { PromotionTarget } from './target.js'

/** What the terminal rendering of a promotion needs besides the results. */
export interface PromotionTextOptions {
  environment: string
  dryRun: boolean
  color: boolean
  overrides: OverrideNames
}

/**
 * The promotion for a terminal: one line per connector ("compass (cn_1):
 * published v8"), and under each refusal or failure its reason, how to
 * recover, PlugSync's rejections by line, and the diff that explains it.
 */
export function renderPromotionText(
  results: readonly PromotionResult[],
  options: PromotionTextOptions
): string {
  const place = options.environment
    ? ` (environment ${cleanText(options.environment)})`
    : ''
  const dry = options.dryRun ? ', dry run: nothing was written' : ''
  const lines = [`Promotion to PlugSync${place}${dry}:`]
  if (results.length === 0) lines.push('  no connector to promote')
  for (const { target, outcome } of results) {
    lines.push(`  ${label(target)}: ${outcomeWords(outcome)}`)
    if (outcome.status !== 'refused' && outcome.status !== 'failed') continue
    const hint = overrideHint(outcome, options.overrides)
    lines.push(
      `    ${asSentence(outcome.message)}${hint === undefined ? '' : ` ${hint}`}`
    )
    if (outcome.status === 'failed') {
      for (const finding of outcome.findings) {
        lines.push(
          `    ${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.rule}: ${fullMessage(finding)}`
        )
      }
    }
    if (outcome.diff !== undefined) {
      lines.push(indent(explainingText(target, outcome.diff, options.color)))
    }
  }
  return lines.join('\n') + '\n'
}

/** The title of an explaining diff, then its changes, one per line. */
function explainingText(
  target: PromotionTarget,
  diff: ExplainingDiff,
  color: boolean
): string {
  const text = renderDiffText(
    { name: target.name, id: target.id },
    diffConfigs(diff.before, diff.after),
    { color, activeVersion: diff.beforeVersion }
  )
  const changes = text.split('\n').slice(1)
  return [diff.title, ...changes].join('\n')
}

function label(target: PromotionTarget): string {
  const place = target.environment
    ? `${target.id}, ${target.environment}`
    : target.id
  return `${cleanText(target.name)} (${cleanText(place)})`
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')
}
