import type { Logger } from '../logger.js'
import type { GitHubError } from './errors.js'
import type { ClassifiedFailure } from './failure.js'

/** How patient the GitHub calls are. */
export interface RetryPolicy {
  /** How many times a failed call is repeated. */
  retries: number
  /**
   * The longest wait GitHub may ask for. Longer waits fail at once with a
   * message that says when to re-run, rather than hold the job.
   */
  maxWaitMs: number
  /** The first backoff; each retry doubles it. */
  backoffMs: number
  sleep: (ms: number) => Promise<void>
  now: () => number
  logger: Logger
}

/** Defaults: three retries, backoff from one second, waits up to a minute. */
export const DEFAULT_RETRY = {
  retries: 3,
  maxWaitMs: 60_000,
  backoffMs: 1_000
} as const

/**
 * Runs a call until it succeeds, fails for good, or runs out of retries.
 * Rate limits are always retried after the wait GitHub asks for; server
 * errors and lost connections only when `idempotent`, since a write may
 * have gone through before its answer was lost.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  classify: (thrown: unknown) => ClassifiedFailure,
  policy: RetryPolicy,
  idempotent: boolean
): Promise<T> {
  for (let retry = 1; ; retry++) {
    try {
      return await attempt()
    } catch (thrown) {
      const failure = classify(thrown)
      const wait = waitBeforeRetry(failure, policy, retry, idempotent)
      if (wait === undefined) throw failure.error
      policy.logger.debug(
        `${failure.error.message}; retry ${retry} of ${policy.retries} in ${wait} ms`
      )
      await policy.sleep(wait)
    }
  }
}

/** The wait before retry number `retry`, or undefined to give up. */
function waitBeforeRetry(
  failure: ClassifiedFailure,
  policy: RetryPolicy,
  retry: number,
  idempotent: boolean
): number | undefined {
  const { error } = failure
  if (retry > policy.retries || !retryable(error, idempotent)) return undefined
  const backoff = Math.min(
    8 * policy.backoffMs,
    policy.backoffMs * 2 ** (retry - 1)
  )
  const wait = failure.retryAfterMs ?? backoff
  if (wait > policy.maxWaitMs) {
    error.message += `; GitHub asks to wait ${Math.ceil(wait / 1000)} s, longer than the ${Math.round(policy.maxWaitMs / 1000)} s the action waits: re-run the job later`
    return undefined
  }
  return wait
}

function retryable(error: GitHubError, idempotent: boolean): boolean {
  if (error.kind === 'rate-limited') return true
  return idempotent && error.ambiguous
}
