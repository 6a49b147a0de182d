import { closest } from '../discover/suggest.js'
import { MAX_TIMEOUT_S } from '../plugsync/limits.js'

/** What the action was asked to do, read once from `action.yml`'s inputs. */
export interface ActionInputs {
  mode: 'auto' | 'validate' | 'diff' | 'promote'
  configs: string[]
  exclude: string[]
  manifest: string
  workingDirectory: string
  failOn: FailOn
  report: string
  plugsyncToken: string
  apiUrl: string
  githubToken: string
  comment: boolean
  environment: string
  dryRun: boolean
  requireReview: boolean
  allowDraftOverwrite: boolean
  allowDrift: boolean
  timeoutMs: number
  retries: number
  concurrency: number
}

/** The least severity that fails a run. */
export type FailOn = 'error' | 'warning' | 'never'

/** Reads one input by its `action.yml` name; '' when not given. */
export type InputReader = (name: string) => string

/** An input that is not what `action.yml` allows. */
export class InputError extends Error {
  override name = 'InputError'
}

/**
 * Reads and checks every input. Secrets are handed to `mask` before anything
 * else happens, so they cannot reach the log even through an error message.
 */
export function readInputs(
  read: InputReader,
  mask: (secret: string) => void
): ActionInputs {
  const plugsyncToken = read('plugsync-token').trim()
  const githubToken = read('github-token').trim()
  if (plugsyncToken) mask(plugsyncToken)
  if (githubToken) mask(githubToken)

  return {
    mode: oneOf(read, 'mode', ['auto', 'validate', 'diff', 'promote'], 'auto'),
    configs: lines(read('configs')),
    exclude: lines(read('exclude')),
    manifest: read('manifest').trim() || 'plugsync.yaml',
    workingDirectory: read('working-directory').trim() || '.',
    failOn: oneOf(read, 'fail-on', ['error', 'warning', 'never'], 'error'),
    report: read('report').trim(),
    plugsyncToken,
    apiUrl: read('api-url').trim() || 'https://app.plugsync.com/api',
    githubToken,
    comment: flag(read, 'comment', true),
    environment: read('environment').trim(),
    dryRun: flag(read, 'dry-run', false),
    requireReview: flag(read, 'require-review', true),
    allowDraftOverwrite: flag(read, 'allow-draft-overwrite', false),
    allowDrift: flag(read, 'allow-drift', false),
    timeoutMs: count(read, 'timeout', 30, 1, MAX_TIMEOUT_S) * 1000,
    retries: count(read, 'retries', 3, 0),
    concurrency: count(read, 'concurrency', 4, 1)
  }
}

/** Splits a multi-line input into its non-empty, trimmed lines. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

function oneOf<T extends string>(
  read: InputReader,
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = read(name).trim()
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  const near = closest(value, allowed)
  const guess = near === undefined ? '' : `did you mean "${near}"? `
  throw new InputError(
    `input ${name} is "${value}": ${guess}use one of ${allowed.map((a) => `"${a}"`).join(', ')}`
  )
}

function flag(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name).trim().toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new InputError(`input ${name} is "${value}": use "true" or "false"`)
}

function count(
  read: InputReader,
  name: string,
  fallback: number,
  least: number,
  most = Number.MAX_SAFE_INTEGER
): number {
  const value = read(name).trim()
  if (value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < least || parsed > most) {
    const range =
      most === Number.MAX_SAFE_INTEGER
        ? `of at least ${least}`
        : `from ${least} to ${most}`
    throw new InputError(
      `input ${name} is "${value}": use a whole number ${range}`
    )
  }
  return parsed
}
