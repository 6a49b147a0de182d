/** Statuses that say "try again later" rather than "this is wrong". */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([
  429, 500, 502, 503, 504
])

/** The ceiling of the first backoff; each retry doubles it. */
export const BACKOFF_BASE_MS = 500

/** No backoff waits longer than this, however many retries came before. */
export const BACKOFF_MAX_MS = 8_000

/**
 * The longest `Retry-After` the client waits for. A server that asks for
 * more is answered with an error that says when to re-run, rather than a
 * run that hangs or retries too early only to be refused again.
 */
export const RETRY_AFTER_CAP_MS = 60_000

/**
 * The wait before a retry (1 for the first), with "equal jitter": half the
 * exponential ceiling, plus a random share of the other half, so clients
 * that failed together do not retry together.
 */
export function backoffDelay(retry: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (retry - 1))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/**
 * A `Retry-After` header in milliseconds: delta-seconds or an HTTP date.
 * Undefined when absent or unreadable, so that backoff applies instead.
 */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now()
): number | undefined {
  if (header === null) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // An HTTP date names its weekday; Date.parse alone would take "-5".
  if (!/^[A-Z][a-z]{2},? /.test(value)) return undefined
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** Waits for a number of milliseconds; the default `sleep` of the client. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
