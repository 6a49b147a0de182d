import { GitHubError } from './errors.js'

/** The headers of a failed answer, lower-case names. */
type Headers = Record<string, string | number | undefined>

/** What an Octokit error carries that the action reads. */
interface OctokitFailure {
  status?: unknown
  message?: unknown
  response?: { headers?: Headers; data?: unknown }
}

/** A failure, with how long GitHub asked us to wait before the next try. */
export interface ClassifiedFailure {
  error: GitHubError
  /** From `Retry-After` or `x-ratelimit-reset`, when GitHub said. */
  retryAfterMs?: number
}

/**
 * Turns whatever a GitHub request threw into a `GitHubError` whose message
 * says what failed (`what`, e.g. "list the comments of #7") and what to
 * do. Octokit reports a request that got no answer as status 500 without a
 * response: that is a network failure, not a server error.
 */
export function classifyFailure(
  thrown: unknown,
  what: string,
  now: number
): ClassifiedFailure {
  const failure = (thrown ?? {}) as OctokitFailure
  const status = typeof failure.status === 'number' ? failure.status : 0
  if (status === 0 || failure.response === undefined) {
    const reason = networkReason(thrown)
    return {
      error: new GitHubError(
        'network',
        `GitHub: could not ${what}: no answer (${reason})`,
        { cause: thrown }
      )
    }
  }
  const headers = failure.response.headers ?? {}
  const said = gitHubMessage(failure)
  if (isRateLimit(status, headers, said)) {
    const result: ClassifiedFailure = {
      error: new GitHubError(
        'rate-limited',
        `GitHub: could not ${what}: rate limited (${status} ${said})`,
        { status, cause: thrown }
      )
    }
    const wait = rateLimitWait(headers, now)
    if (wait !== undefined) result.retryAfterMs = wait
    return result
  }
  return { error: statusError(status, what, said, thrown) }
}

function statusError(
  status: number,
  what: string,
  said: string,
  cause: unknown
): GitHubError {
  const head = `GitHub: could not ${what}: ${status} ${said}`
  const options = { status, cause }
  if (status === 401) {
    return new GitHubError(
      'unauthorized',
      `${head}: the github-token is not valid; pass a current token`,
      options
    )
  }
  if (status === 403) {
    return new GitHubError(
      'forbidden',
      `${head}: the token may not do this; give the job the permission (e.g. pull-requests: write) or pass another github-token`,
      options
    )
  }
  if (status === 404) return new GitHubError('not-found', head, options)
  if ([500, 502, 503, 504].includes(status)) {
    return new GitHubError('transient', head, options)
  }
  return new GitHubError('invalid', head, options)
}

/**
 * GitHub signals its primary limit with 403 or 429 and
 * `x-ratelimit-remaining: 0`, its secondary limit with 403 or 429, a
 * `Retry-After` header and a message naming it.
 */
function isRateLimit(status: number, headers: Headers, said: string): boolean {
  if (status === 429) return true
  if (status !== 403) return false
  return (
    header(headers, 'retry-after') !== undefined ||
    header(headers, 'x-ratelimit-remaining') === '0' ||
    /rate limit/i.test(said)
  )
}

/** The wait GitHub asked for, in milliseconds. */
function rateLimitWait(headers: Headers, now: number): number | undefined {
  const after = header(headers, 'retry-after')
  if (after !== undefined && /^\d+$/.test(after.trim())) {
    return Number(after.trim()) * 1000
  }
  const reset = header(headers, 'x-ratelimit-reset')
  if (
    header(headers, 'x-ratelimit-remaining') === '0' &&
    reset !== undefined &&
    /^\d+$/.test(reset.trim())
  ) {
    return Math.max(0, Number(reset.trim()) * 1000 - now)
  }
  return undefined
}

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name]
  return value === undefined ? undefined : String(value)
}

/** GitHub's own words: the `message` of its error body. */
function gitHubMessage(failure: OctokitFailure): string {
  const data = failure.response?.data
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message?: unknown }).message
    if (typeof message === 'string') return oneLine(message)
  }
  return typeof failure.message === 'string' ? oneLine(failure.message) : ''
}

/** The innermost reason a request got no answer, e.g. ECONNREFUSED. */
function networkReason(thrown: unknown): string {
  let current = thrown as { cause?: unknown; code?: unknown; message?: unknown }
  for (let depth = 0; depth < 5 && current; depth++) {
    if (typeof current.code === 'string') return current.code
    if (current.cause === undefined) break
    current = current.cause as typeof current
  }
  const message = (thrown as { message?: unknown } | undefined)?.message
  return typeof message === 'string' ? oneLine(message) : 'unknown error'
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}
