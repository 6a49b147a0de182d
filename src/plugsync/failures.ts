import { STATUS_CODES } from 'node:http'
import { detailText, validationDetail } from './api-contract.js'
import type { BackendDetail } from './backend-detail.js'
import { locToPointer } from './backend-detail.js'
import { isErrorLike, PlugSyncError } from './errors.js'

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

/**
 * The error for a response whose status says the request failed, in words
 * that say what happened and what to do. `attempts` counts the requests
 * made, retries included.
 */
export function statusError(
  call: CallContext,
  status: number,
  text: string,
  body: unknown,
  attempts: number
): PlugSyncError {
  const id = call.connectorId
  const facts = { status, connectorId: id }
  const subject = id === undefined ? 'this PlugSync org' : `connector ${id}`
  const code = `${status} ${STATUS_CODES[status] ?? ''}`.trim()

  switch (status) {
    case 401:
      return new PlugSyncError(
        'unauthorized',
        `PlugSync refused the token (401) trying to ${call.what}: the token is missing, wrong or expired; check the plugsync-token secret`,
        facts
      )
    case 403:
      return new PlugSyncError(
        'forbidden',
        `the token has no access to ${subject} (403): check that the secret belongs to the right PlugSync org`,
        facts
      )
    case 404:
      return new PlugSyncError(
        'not-found',
        `${call.notFound ?? `PlugSync found nothing at ${call.path}`} (404): check the connector id and that api-url points at the right PlugSync`,
        facts
      )
    case 409:
      return new PlugSyncError(
        'conflict',
        `${call.conflict ?? `PlugSync refused to ${call.what} (409 Conflict)`}${reason(body)}`,
        facts
      )
    case 412:
      return new PlugSyncError(
        'precondition-failed',
        `the draft of ${subject} changed since it was read (412): someone else wrote to it in between; re-run to read it again and review what changed`,
        facts
      )
    case 422:
      return invalidError(call, body, text, facts)
  }
  if (status === 429) {
    return new PlugSyncError(
      'rate-limited',
      `PlugSync kept rate-limiting the requests to ${call.what} (429)${times(attempts)}: wait a minute and re-run, or lower the concurrency input`,
      facts
    )
  }
  if (status >= 500) {
    return new PlugSyncError(
      'transient',
      `PlugSync failed to ${call.what} with ${code}${times(attempts)}: PlugSync, or a proxy in front of it, is having trouble; re-run later. The response began ${quoteStart(text)}`,
      facts
    )
  }
  return new PlugSyncError(
    'bad-response',
    `PlugSync answered ${call.method} ${call.path} with an unexpected ${code}, trying to ${call.what}: check api-url. The response began ${quoteStart(text)}`,
    facts
  )
}

/** The error for a 429 whose `Retry-After` is longer than the client waits. */
export function retryAfterTooLong(
  call: CallContext,
  waitMs: number,
  capMs: number
): PlugSyncError {
  return new PlugSyncError(
    'rate-limited',
    `PlugSync asked to wait ${Math.ceil(waitMs / 1000)} s before trying to ${call.what} again (429 Retry-After), longer than the ${capMs / 1000} s this run waits: re-run after that time`,
    { status: 429, connectorId: call.connectorId }
  )
}

/** The error for a request that got no answer in time. */
export function timeoutError(
  call: CallContext,
  timeoutMs: number,
  attempts: number
): PlugSyncError {
  return new PlugSyncError(
    'timeout',
    `PlugSync did not answer ${call.method} ${call.path} within ${timeoutMs} ms${times(attempts)}, trying to ${call.what}: re-run later, or raise the timeout input`,
    { connectorId: call.connectorId }
  )
}

/** The error for a connection that failed or broke off mid-answer. */
export function networkError(
  call: CallContext,
  cause: unknown,
  attempts: number
): PlugSyncError {
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
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  const shown = chars.slice(0, QUOTE_LENGTH).join('')
  return JSON.stringify(shown) + (chars.length > QUOTE_LENGTH ? '…' : '')
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
    `PlugSync rejected the config of ${call.connectorId ?? 'the connector'} (422) with ${plural(detail.length, 'problem')}: ${summarise(detail)}; fix the config and re-run`,
    { ...facts, detail }
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
  return attempts > 1 ? ` after ${plural(attempts, 'attempt')}` : ''
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function describeCause(cause: unknown): string {
  if (!isErrorLike(cause)) return String(cause)
  // fetch wraps the socket's error: "fetch failed", cause ECONNRESET.
  const inner = isErrorLike(cause.cause) ? cause.cause : cause
  const code = typeof inner.code === 'string' ? inner.code : undefined
  return code && !inner.message.includes(code)
    ? `${code}: ${inner.message}`
    : inner.message
}
