import type { JsonObject } from '../config/normalise.js'
import type { Logger } from '../logger.js'
import { bearer, HEADERS, JSON_TYPE } from './api-contract.js'
import { MAX_FILE_BYTES } from '../discover/file-content.js'
import { ERROR_BODY_LIMIT, readBodyStart } from './error-body.js'
import { readJsonBody } from './json-body.js'
import { PlugSyncError } from './errors.js'
import {
  badBodyError,
  networkError,
  tlsProblem,
  redirectError,
  answerError,
  timeoutError,
  type CallContext
} from './failures.js'
import type { ClientHints } from './hints.js'
import {
  backoffDelay,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
  RETRY_STATUSES
} from './retry.js'

/** One request to the API, with what the messages need to describe it. */
export interface ApiCall extends CallContext {
  method: 'GET' | 'PATCH' | 'POST'
  body?: JsonObject
  ifMatch?: string
  /** Whether a failed attempt may be repeated; the publish POST may not. */
  retry: boolean
  /** Failure statuses handed back as responses, for the caller to handle. */
  passStatuses?: readonly number[]
}

/** A successful answer (or a passed-through status), its body parsed. */
export interface ApiResponse {
  status: number
  headers: Headers
  /**
   * The body's text, for messages: of a success body only the start, up
   * to ERROR_BODY_LIMIT characters, since its value is in `body`.
   */
  text: string
  /**
   * True when `text` is only the start of a failure's body: the client
   * reads no more than ERROR_BODY_LIMIT bytes of one.
   */
  truncated: boolean
  /** The parsed body; undefined for a passed-through status without JSON. */
  body: unknown
  /** How many requests the call took, retries included. */
  attempts: number
  /**
   * True when an earlier attempt of this call failed in a way that may have
   * reached the server, so a write may already have been applied.
   */
  afterAmbiguousAttempt: boolean
}

/** What the transport needs; the client fills it from its options. */
export interface TransportOptions {
  /** The validated base URL, without a trailing slash. */
  baseUrl: string
  token: string
  timeoutMs: number
  retries: number
  logger: Logger
  sleep: (ms: number) => Promise<void>
  random: () => number
  hints: ClientHints
}

/** An answer as one attempt read it. */
interface Answer {
  status: number
  headers: Headers
  text: string
  truncated: boolean
  /** A success body, parsed as it was read; absent when it is not JSON. */
  parsed?: { value: unknown }
}

/** What one attempt ended with: an answer, or an error that may be retried. */
type Outcome = Answer | { error: PlugSyncError; retriable: boolean }

const MAX_REDIRECTS = 5

/**
 * Sends requests to the PlugSync API: one timeout per attempt, retries with
 * backoff for the calls that allow them, redirects followed only within the
 * API's origin, and every failure turned into a PlugSyncError.
 */
export class Transport {
  constructor(private readonly options: TransportOptions) {}

  /** Sends a call until it succeeds or may not be retried any more. */
  async send(call: ApiCall): Promise<ApiResponse> {
    const { retries, logger } = this.options
    let ambiguous = false
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(call, attempt)
      const waitMs = this.retryDelay(call, outcome, attempt, retries)
      if (waitMs === undefined) {
        return this.finish(call, outcome, attempt, ambiguous)
      }
      logger.info(
        `PlugSync: ${call.method} ${call.path} ${summary(outcome)}; retry ${attempt} of ${retries} in ${waitMs} ms`
      )
      ambiguous ||= !('status' in outcome) || outcome.status !== 429
      await this.options.sleep(waitMs)
    }
  }

  /**
   * How long to wait before the next attempt, or undefined to stop. A
   * `Retry-After` longer than the cap stops at once: the caller learns
   * when to re-run instead of a run that waits for an hour.
   */
  private retryDelay(
    call: ApiCall,
    outcome: Outcome,
    attempt: number,
    retries: number
  ): number | undefined {
    if (!call.retry || attempt > retries) return undefined
    if ('error' in outcome) {
      return outcome.retriable
        ? backoffDelay(attempt, this.options.random)
        : undefined
    }
    if (!RETRY_STATUSES.has(outcome.status)) return undefined
    return this.waitBefore(attempt, outcome.headers)
  }

  /**
   * The wait before retry number `retry`: the server's `Retry-After` when it
   * gave one, else jittered backoff; undefined when the server asks for
   * more than the cap.
   */
  waitBefore(retry: number, headers?: Headers): number | undefined {
    const retryAfter = parseRetryAfter(headers?.get(HEADERS.retryAfter) ?? null)
    if (retryAfter !== undefined && retryAfter > RETRY_AFTER_CAP_MS) {
      return undefined
    }
    return retryAfter ?? backoffDelay(retry, this.options.random)
  }

  /** Turns the last outcome into a response or the error to throw. */
  private finish(
    call: ApiCall,
    outcome: Outcome,
    attempts: number,
    ambiguous: boolean
  ): ApiResponse {
    if ('error' in outcome) throw outcome.error
    const { status, headers, text, truncated } = outcome
    // The start of a JSON body is not JSON, even when it happens to parse.
    const body = truncated
      ? { ok: false, value: undefined }
      : isSuccess(status)
        ? { ok: outcome.parsed !== undefined, value: outcome.parsed?.value }
        : parseBody(text)

    const success = isSuccess(status)
    if (!success && !call.passStatuses?.includes(status)) {
      const answer = { ...outcome, body: body.value }
      throw answerError(call, answer, attempts, this.options.hints)
    }
    if (success && !body.ok) {
      throw badBodyError(call, status, text, 'the body is not JSON')
    }
    return {
      status,
      headers,
      text,
      truncated,
      body: body.value,
      attempts,
      afterAmbiguousAttempt: ambiguous
    }
  }

  /**
   * One attempt: the request, any same-origin redirects and the body (the
   * start of it for a failure), all under one timeout, so a server that
   * stalls mid-body cannot hang the run.
   */
  private async attempt(call: ApiCall, attempt: number): Promise<Outcome> {
    const { timeoutMs, logger, hints } = this.options
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    const started = Date.now()
    try {
      const outcome = await this.fetchFollowing(call, controller.signal)
      logger.debug(
        `PlugSync: ${call.method} ${call.path} -> ${outcome.status} in ${Date.now() - started} ms`
      )
      return outcome
    } catch (error) {
      if (error instanceof PlugSyncError) return { error, retriable: false }
      if (controller.signal.aborted) {
        const failure = timeoutError(call, timeoutMs, attempt, hints)
        return { error: failure, retriable: true }
      }
      const failure = networkError(call, error, attempt)
      return { error: failure, retriable: tlsProblem(error) === undefined }
    } finally {
      clearTimeout(timer)
    }
  }

  private async fetchFollowing(
    call: ApiCall,
    signal: AbortSignal
  ): Promise<Answer> {
    let url = new URL(this.options.baseUrl + call.path)
    let method: string = call.method
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, {
        method,
        headers: this.headers(call, method),
        body: method === call.method ? requestBody(call) : undefined,
        redirect: 'manual',
        signal
      })
      const location = response.headers.get(HEADERS.location)
      if (!isRedirect(response.status) || location === null) {
        const answer = await read(response)
        if (isSuccess(answer.status) && answer.truncated) {
          throw badBodyError(
            call,
            answer.status,
            answer.text,
            `the body is longer than ${SUCCESS_BODY_LIMIT / MIB} MiB, more than any config`
          )
        }
        return answer
      }
      await response.body?.cancel()
      url = this.redirectTarget(call, response.status, url, location, hop)
      if (response.status === 303) method = 'GET'
    }
  }

  /**
   * Where a redirect leads, if the client may follow it: the token goes
   * only to the configured origin, and a write is not silently turned
   * into a read by a 301 or 302.
   */
  private redirectTarget(
    call: ApiCall,
    status: number,
    from: URL,
    location: string,
    hop: number
  ): URL {
    const target = new URL(location, from)
    const origin = new URL(this.options.baseUrl).origin
    if (target.origin !== origin) {
      throw redirectError(
        call,
        status,
        `to another origin, ${target.origin}, which was not followed so the token stays with ${origin}`
      )
    }
    if (hop + 1 >= MAX_REDIRECTS) {
      throw redirectError(call, status, `more than ${MAX_REDIRECTS} times`)
    }
    if (call.method !== 'GET' && (status === 301 || status === 302)) {
      throw redirectError(
        call,
        status,
        `that would turn the ${call.method} into a GET`
      )
    }
    return target
  }

  private headers(call: ApiCall, method: string): Record<string, string> {
    const headers: Record<string, string> = {
      [HEADERS.authorization]: bearer(this.options.token),
      accept: JSON_TYPE
    }
    if (method !== 'GET' && call.body !== undefined) {
      headers[HEADERS.contentType] = JSON_TYPE
    }
    if (call.ifMatch !== undefined) headers[HEADERS.ifMatch] = call.ifMatch
    return headers
  }
}

const MIB = 1024 * 1024

/**
 * The most of a successful answer the client reads: the engine refuses a
 * config file over 128 MiB, so a config from PlugSync is held to the same,
 * and an endless or decompression-bomb body cannot take the runner down.
 */
export const SUCCESS_BODY_LIMIT = MAX_FILE_BYTES

/**
 * The status, headers and body of an answer. A success body is read
 * whole and parsed as it arrives, since a config can be megabytes; of a
 * failure only the start, which is all a message quotes and all a 422
 * needs.
 */
async function read(response: Response): Promise<Answer> {
  const { status, headers } = response
  const body = isSuccess(status)
    ? await readJsonBody(response, SUCCESS_BODY_LIMIT)
    : await readBodyStart(response, ERROR_BODY_LIMIT)
  return { status, headers, ...body }
}

function requestBody(call: ApiCall): string | undefined {
  return call.body === undefined ? undefined : JSON.stringify(call.body)
}

function isSuccess(status: number): boolean {
  return status >= 200 && status <= 299
}

function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status)
}

function parseBody(text: string): { ok: boolean; value: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, value: undefined }
  }
}

function summary(outcome: Outcome): string {
  return 'status' in outcome
    ? `answered ${outcome.status}`
    : `failed (${outcome.error.kind})`
}
