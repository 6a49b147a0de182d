import { posix } from 'node:path'
import type { JsonObject } from '../config/normalise.js'
import type { RepositoryCheck } from '../engine/check-repository.js'
import type { LocatedText } from '../engine/located-text.js'
import { closest } from '../discover/suggest.js'

/** A connector to promote: its manifest entry and its config from git. */
export interface PromotionTarget {
  /** The display name: the config file's base name without `.json`. */
  name: string
  id: string
  environment?: string
  /** The config's path relative to the repository root. */
  file: string
  /** The config in git; absent when the file holds no JSON object. */
  config?: JsonObject
  /** The file's text, to place PlugSync's rejections at a line. */
  source?: LocatedText
}

/**
 * The connectors a run promotes: the manifest entries of the environment
 * asked for, each with its config. An empty environment picks the entries
 * that name none, so that one manifest can serve staging on every merge and
 * production on a release.
 */
export function promotionTargets(
  check: RepositoryCheck,
  environment: string
): PromotionTarget[] {
  const files = new Map(check.files.map((report) => [report.file, report]))
  return check.connectors
    .filter((entry) => (entry.environment ?? '') === environment)
    .map((entry) => {
      const report = files.get(entry.path)
      const target: PromotionTarget = {
        name: displayName(entry.path),
        id: entry.id,
        file: entry.path
      }
      if (entry.environment !== undefined)
        target.environment = entry.environment
      if (report?.config !== undefined) target.config = report.config
      if (report?.source !== undefined) target.source = report.source
      return target
    })
}

/** "connectors/compass.json" → "compass" */
export function displayName(path: string): string {
  return posix.basename(path).replace(/\.json$/i, '')
}

/**
 * Why an environment that was asked for by name cannot be promoted: no
 * manifest entry has it (most likely a typo, which would otherwise skip a
 * release without a word). Undefined when the name is empty or known.
 */
export function unknownEnvironment(
  check: RepositoryCheck,
  environment: string
): string | undefined {
  if (environment === '') return undefined
  const names = [
    ...new Set(check.connectors.flatMap((entry) => entry.environment ?? []))
  ]
  if (names.includes(environment)) return undefined
  const suggestion = closest(environment, names)
  const known = names.length > 0 ? names.join(', ') : 'none'
  return (
    `no manifest entry has the environment "${environment}"` +
    (suggestion ? `: did you mean "${suggestion}"?` : '.') +
    ` The manifest's environments: ${known}.`
  )
}

/**
 * Why nothing is promoted when the manifest maps connectors, but none to
 * the environment asked for (none, when it is empty): the environment is
 * more likely forgotten than meant. `how` says how to name one. Undefined
 * when there is something to promote, or no connector at all.
 */
export function otherEnvironmentsOnly(
  check: RepositoryCheck,
  environment: string,
  how: string
): string | undefined {
  const names = [
    ...new Set(check.connectors.map((entry) => entry.environment ?? '(none)'))
  ]
  const asked = environment || '(none)'
  if (names.length === 0 || names.includes(asked)) return undefined
  return `no connector to promote: the manifest maps none to the environment ${asked}, only to ${names.join(', ')}; ${how}`
}
