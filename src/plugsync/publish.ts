import type { Logger } from '../logger.js'
import { paths, type WirePublished } from './api-contract.js'
import type { Connector, Published, Version } from './client.js'
import { isErrorLike, PlugSyncError } from './errors.js'
import { answerError } from './failures.js'
import type { ClientHints } from './hints.js'
import { RETRY_STATUSES } from './retry.js'
import type { ApiCall, ApiResponse, Transport } from './transport.js'

/** What a publish needs from the client that runs it. */
export interface PublishContext {
  id: string
  transport: Transport
  logger: Logger
  retries: number
  sleep: (ms: number) => Promise<void>
  hints: ClientHints
  getConnector(id: string): Promise<Connector>
  getActiveVersion(id: string): Promise<Version | null>
  parse(call: ApiCall, response: ApiResponse): WirePublished
}

/**
 * Publishes a connector's draft without ever repeating the POST blindly. A
 * failure that may have reached PlugSync (a 5xx, a 429, a timeout, a broken
 * connection) is followed by a read of the active version: if it moved
 * since before the POST, the publish happened and its version is returned
 * as recovered; if not, the POST is repeated, within the retry budget.
 */
export async function publishWithRecovery(
  context: PublishContext
): Promise<Published> {
  const { id, transport, logger } = context
  const call: ApiCall = {
    method: 'POST',
    path: paths.publish(id),
    what: `publish connector ${id}`,
    connectorId: id,
    notFound: `PlugSync has no connector ${id}`,
    conflict: `nothing to publish for connector ${id} (409): its draft equals the active version`,
    retry: false,
    passStatuses: [...RETRY_STATUSES]
  }
  const before = (await context.getConnector(id)).activeVersion

  for (let attempt = 1; ; attempt++) {
    const outcome = await sendOnce(transport, call)
    if ('response' in outcome && outcome.response.status < 300) {
      const wire = context.parse(call, outcome.response)
      return { version: wire.version, publishedAt: wire.published_at }
    }
    const failure = failureOf(call, outcome, attempt, context.hints)

    const active = await activeAfter(context, failure)
    if (active !== null && active.version !== before) {
      logger.info(
        `PlugSync: publishing connector ${id} failed ambiguously (${failure.kind}) but v${active.version} is now active: the publish went through`
      )
      return {
        version: active.version,
        publishedAt: active.publishedAt,
        recovered: true
      }
    }

    const headers = 'response' in outcome ? outcome.response.headers : undefined
    const waitMs =
      attempt <= context.retries
        ? transport.waitBefore(attempt, headers)
        : undefined
    if (waitMs === undefined) throw notPublished(failure, before)
    logger.info(
      `PlugSync: publishing connector ${id} failed (${failure.kind}) and the active version did not move; retry ${attempt} of ${context.retries} in ${waitMs} ms`
    )
    await context.sleep(waitMs)
  }
}

type Outcome = { response: ApiResponse } | { error: PlugSyncError }

/**
 * One POST. Errors that cannot have published anything (401, 404, 409,
 * 422, ...) are thrown; only the ambiguous ones come back as outcomes.
 */
async function sendOnce(transport: Transport, call: ApiCall): Promise<Outcome> {
  try {
    return { response: await transport.send(call) }
  } catch (error) {
    const ambiguous =
      error instanceof PlugSyncError &&
      (error.kind === 'network' || error.kind === 'timeout')
    if (!ambiguous) throw error
    return { error }
  }
}

function failureOf(
  call: ApiCall,
  outcome: Outcome,
  attempt: number,
  hints: ClientHints
): PlugSyncError {
  return 'error' in outcome
    ? outcome.error
    : answerError(call, outcome.response, attempt, hints)
}

/** Reads the active version after a failed POST, or says nobody can tell. */
async function activeAfter(
  context: PublishContext,
  failure: PlugSyncError
): Promise<Version | null> {
  try {
    return await context.getActiveVersion(context.id)
  } catch (error) {
    const reason = isErrorLike(error) ? error.message : String(error)
    throw new PlugSyncError(
      failure.kind,
      `could not tell whether connector ${context.id} was published: ${failure.message}; reading the active version afterwards failed too: ${reason}. Look at the connector's versions in the PlugSync dashboard before publishing again`,
      { status: failure.status, connectorId: context.id, cause: error }
    )
  }
}

function notPublished(
  failure: PlugSyncError,
  before: number | null
): PlugSyncError {
  const active = before === null ? 'none' : `v${before}`
  return new PlugSyncError(
    failure.kind,
    `${failure.message} (the active version is still ${active}, so nothing was published)`,
    { status: failure.status, connectorId: failure.connectorId, cause: failure }
  )
}
