import { readFileSync } from 'node:fs'

/** The pull request an event is about, as far as the action needs it. */
export interface PullRequestInfo {
  number: number
  headSha: string
  /** Opened from a fork: its runs get no secrets and a read-only token. */
  fork: boolean
}

/** The event that started the run, read from the runner's files. */
export interface RunEvent {
  name: string
  ref: string
  sha: string
  /** `owner/name`. */
  repository: string
  serverUrl: string
  defaultBranch?: string
  pullRequest?: PullRequestInfo
}

/**
 * Reads the event from `GITHUB_*` variables and the event file, without
 * loading `@actions/github`: validation needs only these few fields.
 */
export function readEvent(env: NodeJS.ProcessEnv): RunEvent {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const event: RunEvent = {
    name: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com'
  }
  const repository = record(payload.repository)
  if (typeof repository.default_branch === 'string') {
    event.defaultBranch = repository.default_branch
  }
  const pull = record(payload.pull_request)
  if (typeof pull.number === 'number') {
    const head = record(pull.head)
    const base = record(pull.base)
    const headRepo = record(head.repo).full_name
    const baseRepo = record(base.repo).full_name
    event.pullRequest = {
      number: pull.number,
      headSha: typeof head.sha === 'string' ? head.sha : event.sha,
      fork: typeof headRepo === 'string' && headRepo !== baseRepo
    }
  }
  return event
}

/** What the action does in a run. */
export type Mode = 'validate' | 'diff' | 'promote'

/**
 * Picks the mode from the event unless an input names it: a pull request
 * diffs; a push to the default branch, a manual run or a release promotes;
 * anything else only validates. Returns the reason too, for the log.
 */
export function decideMode(
  requested: 'auto' | Mode,
  event: RunEvent
): { mode: Mode; reason: string } {
  if (requested !== 'auto') return { mode: requested, reason: 'input mode' }
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    return { mode: 'diff', reason: `${event.name} event` }
  }
  if (event.name === 'workflow_dispatch' || event.name === 'release') {
    return { mode: 'promote', reason: `${event.name} event` }
  }
  if (event.name === 'push') {
    const main = event.defaultBranch && `refs/heads/${event.defaultBranch}`
    if (main && event.ref === main) {
      return {
        mode: 'promote',
        reason: `push to the default branch ${event.defaultBranch}`
      }
    }
    return {
      mode: 'validate',
      reason: `push to ${event.ref}, not the default branch`
    }
  }
  return { mode: 'validate', reason: `${event.name || 'no'} event` }
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return record(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return {}
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}
