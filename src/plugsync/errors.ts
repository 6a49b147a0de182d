import type { BackendDetail } from './backend-detail.js'

/** What went wrong with a PlugSync call, in the words callers branch on. */
export type PlugSyncErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'invalid'
  | 'too-large'
  | 'rate-limited'
  | 'transient'
  | 'timeout'
  | 'network'
  | 'bad-response'
  | 'url'

/** The facts a PlugSync error carries besides its message. */
export interface PlugSyncErrorDetails {
  status?: number
  connectorId?: string
  /** The backend's validation details, for a 422. */
  detail?: BackendDetail[]
  cause?: unknown
}

const MASK = '***'
const secrets = new Set<string>()

/**
 * Registers a secret so that no PlugSync error message or client log line
 * can carry it. Process-wide on purpose, like the runner's own masking: a
 * token known to one client must not leak through another's error.
 */
export function maskSecret(secret: string): void {
  if (secret !== '') secrets.add(secret)
}

/**
 * Replaces every registered secret in a text by `***`, longest first, so a
 * secret that contains another is masked whole.
 */
export function redact(text: string): string {
  let result = text
  // A response body may echo a secret JSON-escaped: mask that form too.
  const forms = [...secrets].flatMap((secret) => [
    secret,
    JSON.stringify(secret).slice(1, -1)
  ])
  const longestFirst = forms.sort((a, b) => b.length - a.length)
  for (const secret of longestFirst) result = result.split(secret).join(MASK)
  return result
}

/**
 * A PlugSync call that failed, with a message that says what happened and
 * what to do. The message is redacted here, the one place every PlugSync
 * message is made, so a token can never reach a log through an error.
 */
export class PlugSyncError extends Error {
  override name = 'PlugSyncError'
  readonly kind: PlugSyncErrorKind
  readonly status?: number
  readonly connectorId?: string
  readonly detail?: BackendDetail[]

  constructor(
    kind: PlugSyncErrorKind,
    message: string,
    details: PlugSyncErrorDetails = {}
  ) {
    super(
      redact(message),
      details.cause === undefined
        ? undefined
        : { cause: redactCause(details.cause) }
    )
    this.kind = kind
    if (details.status !== undefined) this.status = details.status
    if (details.connectorId !== undefined) {
      this.connectorId = details.connectorId
    }
    if (details.detail !== undefined) this.detail = details.detail
  }
}

/**
 * Keeps a cause as it is unless its message carries a secret; then swaps it
 * for a redacted copy, since reports print causes too.
 */
function redactCause(cause: unknown): unknown {
  if (!isErrorLike(cause) || redact(cause.message) === cause.message) {
    return cause
  }
  const copy = new Error(redact(cause.message))
  if (typeof cause.name === 'string') copy.name = cause.name
  return copy
}

/** What the client reads from an error, whatever realm made it. */
export interface ErrorLike {
  name?: unknown
  message: string
  code?: unknown
  cause?: unknown
}

/**
 * Tells whether a value looks like an error. Not `instanceof Error`: fetch
 * raises errors from Node's own realm, which fail that test in a VM context
 * such as Jest's.
 */
export function isErrorLike(value: unknown): value is ErrorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  )
}
