import { STATUS_CODES } from 'node:http'
import { detailText, HEADERS, validationDetail } from './api-contract.js'
import type { BackendDetail } from './backend-detail.js'
import { ERROR_BODY_LIMIT } from './error-body.js'
import { parseRetryAfter, RETRY_AFTER_CAP_MS, RETRY_STATUSES } from './retry.js'
import { locToPointer } from './backend-detail.js'
import {
  isErrorLike,
  PlugSyncError,
  redact,
  type PlugSyncErrorKind
} from './errors.js'
import type { ClientHints } from './hints.js'
import { countOf } from '../report/describe.js'

/** A request as the messages describe it. */
export interface CallContext {
  method: string
  /** Path relative to the API base, e.g. `/connectors/cn_1/draft`. */
  path: string
  /** What the request does, e.g. "read the draft of connector cn_1". */
  what: string
  connectorId?: string
  /** What a 404 means for this request, e.g. "PlugSync has no connector". */
  notFound?: string
  /** What a 409 means for this request. */
  conflict?: string
}

/** How many characters of an unexpected body a message quotes. */
const QUOTE_LENGTH = 120

/** What a status message may draw on besides the call. */
interface StatusFacts {
  /** "connector cn_1", or the org when no connector is involved. */
  subject: string
  /** The status with its reason phrase, e.g. "503 Service Unavailable". */
  code: string
  text: string
  body: unknown
  attempts: number
  hints: ClientHints
}

type Describe = (call: CallContext, facts: StatusFacts) => string

/** The kind and the words of each status the contract names. */
const BY_STATUS: Record<number, [PlugSyncErrorKind, Describe]> = {
  401: [
    'unauthorized',
    (call, facts) =>
      `PlugSync refused the token (401) trying to ${call.what}: the token is missing, wrong or expired; check ${facts.hints.token}`
  ],
  403: [
    'forbidden',
    (_, facts) =>
      `the token has no access to ${facts.subject} (403): check that the token belongs to the right PlugSync org`
  ],
  404: [
    'not-found',
    (call) =>
      `${call.notFound ?? `PlugSync found nothing at ${call.path}`} (404): check the connector id and that api-url points at the right PlugSync`
  ],
  409: [
    'conflict',
    (call, facts) =>
      `${call.conflict ?? `PlugSync refused to ${call.what} (409 Conflict)`}${reason(facts.body)}`
  ],
  412: [
    'precondition-failed',
    (_, facts) =>
      `the draft of ${facts.subject} changed since it was read (412): someone else wrote to it in between; re-run to read it again and review what changed`
  ],
  413: [
    'too-large',
    (call) =>
      `the config is larger than PlugSync accepts (413), trying to ${call.what}: make it smaller or split it`
  ],
  429: [
    'rate-limited',
    (call, facts) =>
      `PlugSync kept rate-limiting the requests to ${call.what} (429)${times(facts.attempts)}: wait a minute and re-run, or lower ${facts.hints.concurrency}`
  ]
}

const TRANSIENT: [PlugSyncErrorKind, Describe] = [
  'transient',
  (call, facts) =>
    `PlugSync failed to ${call.what} with ${facts.code}${times(facts.attempts)}: PlugSync, or a proxy in front of it, is having trouble; re-run later. The response began ${quoteStart(facts.text)}`
]

const UNEXPECTED: [PlugSyncErrorKind, Describe] = [
  'bad-response',
  (call, facts) =>
    `PlugSync answered ${call.method} ${call.path} with an unexpected ${facts.code}, trying to ${call.what}: check api-url. The response began ${quoteStart(facts.text)}`
]

/**
 * The error for a response whose status says the request failed, in words
 * that say what happened and what to do. `attempts` counts the requests
 * made, retries included.
 */
export function statusError(
  call: CallContext,
  answer: Pick<FailedAnswer, 'status' | 'text' | 'body' | 'truncated'>,
  attempts: number,
  hints: ClientHints
): PlugSyncError {
  const { status, text, body } = answer
  const id = call.connectorId
  const details = { status, connectorId: id }
  if (status === 422 && answer.truncated === true) {
    return cutInvalidError(call, text, details)
  }
  if (status === 422) return invalidError(call, body, text, details)

  const [kind, describe] =
    BY_STATUS[status] ?? (status >= 500 ? TRANSIENT : UNEXPECTED)
  const facts: StatusFacts = {
    subject: id === undefined ? 'this PlugSync org' : `connector ${id}`,
    code: `${status} ${STATUS_CODES[status] ?? ''}`.trim(),
    text,
    body,
    attempts,
    hints
  }
  return new PlugSyncError(kind, describe(call, facts), details)
}

/** A failed answer as the transport read it. */
export interface FailedAnswer {
  status: number
  headers: Headers
  /** The body, or its start when `truncated`. */
  text: string
  /** True when the body was longer than the client reads of a failure. */
  truncated?: boolean
  body: unknown
}

/**
 * The error for a failed answer: the status's own words, unless the server
 * asked, with `Retry-After`, for a longer wait than the client gives; then
 * the message says when to re-run.
 */
export function answerError(
  call: CallContext,
  answer: FailedAnswer,
  attempts: number,
  hints: ClientHints
): PlugSyncError {
  const { status, headers } = answer
  const waitMs = parseRetryAfter(headers.get(HEADERS.retryAfter))
  if (
    RETRY_STATUSES.has(status) &&
    waitMs !== undefined &&
    waitMs > RETRY_AFTER_CAP_MS
  ) {
    return new PlugSyncError(
      status === 429 ? 'rate-limited' : 'transient',
      `PlugSync asked to wait ${Math.ceil(waitMs / 1000)} s before trying to ${call.what} again (${status} with Retry-After), longer than the ${RETRY_AFTER_CAP_MS / 1000} s this run waits: re-run after that time`,
      { status, connectorId: call.connectorId }
    )
  }
  return statusError(call, answer, attempts, hints)
}

/** The error for a request that got no answer in time. */
export function timeoutError(
  call: CallContext,
  timeoutMs: number,
  attempts: number,
  hints: ClientHints
): PlugSyncError {
  return new PlugSyncError(
    'timeout',
    `PlugSync did not answer ${call.method} ${call.path} within ${timeoutMs} ms${times(attempts)}, trying to ${call.what}: re-run later, or raise ${hints.timeout}`,
    { connectorId: call.connectorId }
  )
}

/** The error for a connection that failed or broke off mid-answer. */
export function networkError(
  call: CallContext,
  cause: unknown,
  attempts: number
): PlugSyncError {
  const tls = tlsProblem(cause)
  if (tls !== undefined) {
    return new PlugSyncError('network', `could not ${call.what}: ${tls}`, {
      connectorId: call.connectorId,
      cause
    })
  }
  return new PlugSyncError(
    'network',
    `could not ${call.what}: the connection to PlugSync failed (${describeCause(cause)})${times(attempts)}; check api-url and the network, then re-run`,
    { connectorId: call.connectorId, cause }
  )
}

/** The error for a success status whose body is not what the API returns. */
export function badBodyError(
  call: CallContext,
  status: number,
  text: string,
  problem: string
): PlugSyncError {
  return new PlugSyncError(
    'bad-response',
    `PlugSync answered ${call.method} ${call.path} with ${status} but ${problem}, trying to ${call.what}: a proxy may be in the way; check api-url. The response began ${quoteStart(text)}`,
    { status, connectorId: call.connectorId }
  )
}

/** The error for a redirect the client will not follow. */
export function redirectError(
  call: CallContext,
  status: number,
  why: string
): PlugSyncError {
  return new PlugSyncError(
    'bad-response',
    `PlugSync answered ${call.method} ${call.path} with a redirect (${status}) ${why}, trying to ${call.what}: if PlugSync moved, set api-url to its new address`,
    { status, connectorId: call.connectorId }
  )
}

/**
 * The first characters of a body, quoted on one line, so that an HTML
 * page from a proxy or a cut-off body shows up as what it is.
 */
export function quoteStart(text: string): string {
  if (text.trim() === '') return 'with an empty body'
  // Mask secrets before cutting: a cut can leave a token no longer whole.
  // Then only a start goes on (a body may be 128 MiB): room for the quote
  // even if most of it is whitespace that collapses.
  const masked = redact(text)
  const start = masked.slice(0, 64 * QUOTE_LENGTH)
  const chars = [...start.replace(/\s+/g, ' ').trim()]
  const more = chars.length > QUOTE_LENGTH || start.length < masked.length
  return (
    JSON.stringify(chars.slice(0, QUOTE_LENGTH).join('')) + (more ? '…' : '')
  )
}

function invalidError(
  call: CallContext,
  body: unknown,
  text: string,
  facts: { status: number; connectorId?: string }
): PlugSyncError {
  const detail = validationDetail(body)
  if (detail === undefined || detail.length === 0) {
    return new PlugSyncError(
      'invalid',
      `PlugSync rejected the request to ${call.what} (422) without saying where: the response began ${quoteStart(text)}`,
      facts
    )
  }
  return new PlugSyncError(
    'invalid',
    `PlugSync rejected the config of ${call.connectorId ?? 'the connector'} (422) with ${countOf(detail.length, 'problem')}: ${summarise(detail)}; fix the config and re-run`,
    { ...facts, detail }
  )
}

/**
 * A 422 longer than the client reads of a failure: its list of problems
 * is cut off, so the message says that rather than "without saying where".
 */
function cutInvalidError(
  call: CallContext,
  text: string,
  facts: { status: number; connectorId?: string }
): PlugSyncError {
  return new PlugSyncError(
    'invalid',
    `PlugSync rejected the request to ${call.what} (422) with an answer longer than the ${ERROR_BODY_LIMIT / 1024} KiB this client reads of a refusal, so it cannot show where the problems are: check the config with plugsync-config validate, fix what it reports, and re-run. The response began ${quoteStart(text)}`,
    facts
  )
}

function summarise(detail: readonly BackendDetail[]): string {
  const shown = detail
    .slice(0, 3)
    .map((item) => `${item.msg} at ${locToPointer(item.loc) || '/'}`)
  if (detail.length > 3) shown.push(`and ${detail.length - 3} more`)
  return shown.join('; ')
}

function reason(body: unknown): string {
  const text = detailText(body)
  return text === undefined ? '' : `: PlugSync says "${text}"`
}

function times(attempts: number): string {
  return attempts > 1 ? ` after ${countOf(attempts, 'attempt')}` : ''
}

/**
 * What went wrong in TLS, said plainly, or undefined for any other failure.
 * These fail the same way every time, so they are not retried.
 */
export function tlsProblem(cause: unknown): string | undefined {
  const inner = innerCause(cause)
  const code = typeof inner?.code === 'string' ? inner.code : ''
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'EPROTO') {
    return `the server did not answer in TLS (${code}), so api-url is https:// but the server speaks plain http: use http:// for a sandbox on this machine, or check the address`
  }
  if (CERTIFICATE_CODES.has(code) || code.startsWith('ERR_TLS_CERT')) {
    return `the server's TLS certificate was refused (${code}: ${inner?.message}): check api-url; behind a proxy that re-signs TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS`
  }
  return undefined
}

/** The codes Node gives a certificate it does not trust. */
const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
])

/** The socket's error that fetch wraps ("fetch failed", cause ECONNRESET). */
function innerCause(cause: unknown) {
  if (!isErrorLike(cause)) return undefined
  return isErrorLike(cause.cause) ? cause.cause : cause
}

function describeCause(cause: unknown): string {
  const inner = innerCause(cause)
  if (inner === undefined) return String(cause)
  const code = typeof inner.code === 'string' ? inner.code : undefined
  return code && !inner.message.includes(code)
    ? `${code}: ${inner.message}`
    : inner.message
}
