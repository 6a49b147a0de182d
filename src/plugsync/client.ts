import {
  configsEqual,
  normaliseConfig,
  type JsonObject
} from '../config/normalise.js'
import type { Logger } from '../logger.js'
import {
  bodyChecks,
  HEADERS,
  paths,
  type WireConnector,
  type WireDraft,
  type WirePublished,
  type WireVersion
} from './api-contract.js'
import { checkApiUrl } from './api-url.js'
import { maskSecret, PlugSyncError, redact } from './errors.js'
import { badBodyError, statusError } from './failures.js'
import { ACTION_HINTS, type ClientHints } from './hints.js'
import { publishWithRecovery } from './publish.js'
import { sleep as defaultSleep } from './retry.js'
import { Transport, type ApiCall, type ApiResponse } from './transport.js'

/** How to reach PlugSync and how patient to be with it. */
export interface PlugSyncClientOptions {
  /** Base URL ending in `/api`: `https://`, or `http://` on loopback. */
  apiUrl: string
  token: string
  /** Per attempt, from the request to the last byte of the body. */
  timeoutMs: number
  /** How many times a failed read or draft write is repeated. */
  retries: number
  logger: Logger
  /** Waits between retries; tests pass one that records the delays. */
  sleep?: (ms: number) => Promise<void>
  /** Jitter source in [0, 1); tests pass a constant. */
  random?: () => number
  /**
   * Where the user sets the token, the timeout and the concurrency, as the
   * messages name them; the action's inputs unless the CLI says otherwise.
   */
  hints?: ClientHints
}

/** A connector as PlugSync describes it. */
export interface Connector {
  id: string
  name: string
  /** The number of the version workers run, or null before any publish. */
  activeVersion: number | null
}

/** The one mutable draft of a connector. */
export interface Draft {
  /** Normalised: `$schema` dropped, defaults filled, keys sorted. */
  config: JsonObject
  updatedAt: string
  /** Send back as `ifMatch` on the write that follows. */
  etag?: string
}

/** An immutable, published version of a connector's config. */
export interface Version {
  version: number
  /** Normalised: `$schema` dropped, defaults filled, keys sorted. */
  config: JsonObject
  publishedAt: string
}

/** What a publish produced. */
export interface Published {
  version: number
  publishedAt: string
  /**
   * True when the publish request failed ambiguously and reading the active
   * version showed that it had gone through.
   */
  recovered?: boolean
}

/**
 * The one module that talks to the PlugSync API: typed reads of
 * connectors, drafts and versions, the draft write and the publish, with
 * timeouts, retries and messages that say what to do.
 */
export class PlugSyncClient {
  private readonly transport: Transport
  private readonly logger: Logger
  private readonly hints: ClientHints

  constructor(private readonly options: PlugSyncClientOptions) {
    maskSecret(options.token)
    const problem = PlugSyncClient.checkApiUrl(options.apiUrl)
    if (problem !== undefined) throw new PlugSyncError('url', problem)
    this.hints = options.hints ?? ACTION_HINTS
    checkToken(options.token, this.hints)
    this.logger = redactingLogger(options.logger)
    this.transport = new Transport({
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      token: options.token,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      logger: this.logger,
      sleep: options.sleep ?? defaultSleep,
      random: options.random ?? Math.random,
      hints: this.hints
    })
  }

  /** Checks an `api-url`: an error message, or undefined when it is fine. */
  static checkApiUrl(url: string): string | undefined {
    return checkApiUrl(url)
  }

  /** Reads a connector; a 404 means PlugSync has no such connector. */
  async getConnector(id: string): Promise<Connector> {
    const call = read(id, paths.connector(id), `read connector ${id}`)
    const wire = this.expect<WireConnector>(
      call,
      await this.transport.send(call),
      bodyChecks.connector
    )
    return { id: wire.id, name: wire.name, activeVersion: wire.active_version }
  }

  /** Reads the draft and its ETag. */
  async getDraft(id: string): Promise<Draft> {
    const call = read(id, paths.draft(id), `read the draft of connector ${id}`)
    return this.draft(call, await this.transport.send(call))
  }

  /**
   * Reads the active version, or null when nothing was ever published. The
   * API answers 404 in both that case and for an unknown connector, so a
   * 404 is told apart by reading the connector itself.
   */
  async getActiveVersion(id: string): Promise<Version | null> {
    const call = read(
      id,
      paths.activeVersion(id),
      `read the active version of connector ${id}`
    )
    call.passStatuses = [404]
    const response = await this.transport.send(call)
    if (response.status !== 404) return this.version(call, response)

    const connector = await this.getConnector(id)
    if (connector.activeVersion === null) return null
    throw badBodyError(
      call,
      404,
      response.text,
      `connector ${id} names v${connector.activeVersion} as active`
    )
  }

  /** Reads version `n` of a connector; a 404 means there is no such version. */
  async getVersion(id: string, n: number): Promise<Version> {
    const call = read(
      id,
      paths.version(id, n),
      `read version ${n} of connector ${id}`
    )
    call.notFound = `PlugSync has no version ${n} of connector ${id}`
    return this.version(call, await this.transport.send(call))
  }

  /**
   * Writes keys of the draft (all of them for a full config) and returns
   * the draft as PlugSync stored it. `$schema` is never sent. With
   * `ifMatch`, a draft changed by someone else since it was read is a 412.
   */
  async patchDraft(
    id: string,
    config: JsonObject,
    options: { ifMatch?: string } = {}
  ): Promise<Draft> {
    const body: JsonObject = { ...config }
    delete body.$schema
    const call: ApiCall = {
      method: 'PATCH',
      path: paths.draft(id),
      what: `write the draft of connector ${id}`,
      connectorId: id,
      body,
      retry: true,
      passStatuses: [412]
    }
    if (options.ifMatch !== undefined) call.ifMatch = options.ifMatch
    const response = await this.transport.send(call)
    if (response.status !== 412) return this.draft(call, response)
    return this.recoverPatch(call, response, body)
  }

  /**
   * Publishes the draft as a new version. The request is never repeated
   * blindly: after an ambiguous failure the active version is read again,
   * and the publish counts as done when it moved.
   */
  async publish(id: string): Promise<Published> {
    return publishWithRecovery({
      id,
      transport: this.transport,
      logger: this.logger,
      retries: this.options.retries,
      sleep: this.options.sleep ?? defaultSleep,
      hints: this.hints,
      getConnector: (connector) => this.getConnector(connector),
      getActiveVersion: (connector) => this.getActiveVersion(connector),
      parse: (call, response) =>
        this.expect<WirePublished>(call, response, bodyChecks.published)
    })
  }

  /**
   * A 412 after a retried PATCH may be the echo of our own first attempt,
   * which reached PlugSync though its answer was lost. If the draft holds
   * exactly what was sent, the write is done; otherwise someone else wrote.
   */
  private async recoverPatch(
    call: ApiCall,
    response: ApiResponse,
    sent: JsonObject
  ): Promise<Draft> {
    const fail = statusError(call, response, response.attempts, this.hints)
    if (!response.afterAmbiguousAttempt) throw fail
    const draft = await this.getDraft(call.connectorId ?? '')
    if (!configsEqual(draft.config, { ...draft.config, ...sent })) throw fail
    this.logger.info(
      `PlugSync: the draft of connector ${call.connectorId} already holds what was sent: an earlier attempt of the write went through`
    )
    return draft
  }

  private draft(call: ApiCall, response: ApiResponse): Draft {
    const wire = this.expect<WireDraft>(call, response, bodyChecks.draft)
    const draft: Draft = {
      config: normaliseConfig(wire.config),
      updatedAt: wire.updated_at
    }
    const etag = response.headers.get(HEADERS.etag)
    if (etag !== null) draft.etag = etag
    return draft
  }

  private version(call: ApiCall, response: ApiResponse): Version {
    const wire = this.expect<WireVersion>(call, response, bodyChecks.version)
    return {
      version: wire.version,
      config: normaliseConfig(wire.config),
      publishedAt: wire.published_at
    }
  }

  /** Checks a success body's shape before anyone reads a field of it. */
  private expect<T>(
    call: ApiCall,
    response: ApiResponse,
    check: (body: unknown) => string
  ): T {
    const problem = check(response.body)
    if (problem !== '') {
      throw badBodyError(call, response.status, response.text, problem)
    }
    return response.body as T
  }
}

/** A GET that may be retried, with what a 404 means for a connector. */
function read(id: string, path: string, what: string): ApiCall {
  return {
    method: 'GET',
    path,
    what,
    connectorId: id,
    notFound: `PlugSync has no connector ${id}`,
    retry: true
  }
}

/**
 * Refuses a token that cannot be a header value before fetch does, since
 * fetch's own error would quote it.
 */
function checkToken(token: string, hints: ClientHints): void {
  if (token === '') {
    throw new PlugSyncError(
      'unauthorized',
      `no PlugSync token was given: set ${hints.token}`
    )
  }
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw new PlugSyncError(
      'unauthorized',
      `the PlugSync token from ${hints.token} contains spaces, line breaks or other characters a token cannot have: copy the token again, and only the token`
    )
  }
}

/** A logger whose every line passes through the secret redaction. */
function redactingLogger(logger: Logger): Logger {
  return {
    info: (message) => logger.info(redact(message)),
    debug: (message) => logger.debug(redact(message)),
    warning: (message) => logger.warning(redact(message))
  }
}
