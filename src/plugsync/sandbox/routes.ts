import { isObject, type Json, type JsonObject } from '../../config/normalise.js'
import {
  PLAIN_NAME,
  HEADERS,
  type Route,
  type WireConnector,
  type WireDraft,
  type WirePublished,
  type WireValidationError,
  type WireVersion
} from '../api-contract.js'
import type { BackendDetail } from '../backend-detail.js'
import type { SandboxDraft, SandboxStore, SandboxVersion } from './state.js'
import { backendDetail } from './validation.js'

/** What the sandbox answers, before it is written to the socket. */
export interface Reply {
  status: number
  body: Json
  headers?: Record<string, string>
}

/** A request body as it arrived: absent, JSON, or text that is not JSON. */
export type RequestBody =
  | { kind: 'none' }
  | { kind: 'json'; value: Json }
  | { kind: 'invalid'; text: string }

/** An authenticated request to a known route. */
export interface RouteRequest {
  method: string
  route: Route
  body: RequestBody
  ifMatch?: string
  /** The org of the token that made the request. */
  org: string
}

/** Where the API's rules touch the outside: called after every change. */
export type OnChange = () => void

/** Answers one request against the store, as the PlugSync API would. */
export function answer(
  store: SandboxStore,
  request: RouteRequest,
  onChange: OnChange
): Reply {
  const { route, method } = request
  if (route.name === 'connectors') {
    if (method !== 'POST') return notAllowed('POST')
    return createConnector(store, request, onChange)
  }
  const connector = store.connector(route.id)
  if (!connector) return error(404, 'Connector not found')
  if (connector.org !== request.org) {
    return error(403, 'This token has no access to the connector')
  }
  return connectorRoute(store, { ...request, route }, onChange)
}

/** Answers a request about one connector the token may reach. */
function connectorRoute(
  store: SandboxStore,
  request: RouteRequest & { route: Exclude<Route, { name: 'connectors' }> },
  onChange: OnChange
): Reply {
  const { route, method } = request
  switch (route.name) {
    case 'connector':
      return method === 'GET'
        ? ok(wireConnector(store, route.id))
        : notAllowed('GET')
    case 'draft':
      if (method === 'GET') return draftReply(store.draft(route.id))
      if (method === 'PATCH')
        return patchDraft(store, request, route.id, onChange)
      return notAllowed('GET, PATCH')
    case 'active-version': {
      if (method !== 'GET') return notAllowed('GET')
      const active = store.active(route.id)
      return active
        ? ok(wireVersion(active))
        : error(404, 'No version has been published')
    }
    case 'version': {
      if (method !== 'GET') return notAllowed('GET')
      const found = store
        .history(route.id)
        .find((v) => v.version === route.version)
      return found ? ok(wireVersion(found)) : error(404, 'Version not found')
    }
    case 'publish':
      return method === 'POST'
        ? publish(store, route.id, onChange)
        : notAllowed('POST')
  }
}

/** The ETag of a draft revision. */
export function draftEtag(draft: SandboxDraft): string {
  return `"r${draft.revision}"`
}

function patchDraft(
  store: SandboxStore,
  request: RouteRequest,
  id: string,
  onChange: OnChange
): Reply {
  const read = objectBody(request.body)
  if ('refusal' in read) return read.refusal
  const changes = read.value

  const current = store.draft(id)
  const ifMatch = request.ifMatch
  if (
    current &&
    ifMatch !== undefined &&
    ifMatch !== '*' &&
    ifMatch !== draftEtag(current)
  ) {
    return error(412, 'The draft changed since it was read')
  }
  const merged = store.merged(id, changes)
  const detail = backendDetail(merged, {
    keys: Object.keys(changes),
    inBody: true
  })
  if (detail.length > 0) return invalid(detail)

  const draft = store.writeDraft(id, merged)
  onChange()
  return draftReply(draft)
}

function publish(store: SandboxStore, id: string, onChange: OnChange): Reply {
  const detail = backendDetail(store.draft(id)?.config ?? {})
  if (detail.length > 0) return invalid(detail)
  if (store.unchanged(id)) {
    return error(409, 'The draft equals the active version: nothing to publish')
  }
  const version = store.publish(id)
  onChange()
  const body: WirePublished = {
    version: version.version,
    published_at: version.publishedAt
  }
  return { status: 201, body: { ...body } }
}

function createConnector(
  store: SandboxStore,
  request: RouteRequest,
  onChange: OnChange
): Reply {
  const read = objectBody(request.body)
  if ('refusal' in read) return read.refusal
  const body = read.value
  if (typeof body.name !== 'string') {
    // pydantic's two answers: no name, or a name of another type.
    return invalid([
      body.name === undefined
        ? { loc: ['body', 'name'], msg: 'Field required', type: 'missing' }
        : {
            loc: ['body', 'name'],
            msg: 'Input should be a valid string',
            type: 'string_type'
          }
    ])
  }
  const id = body.id ?? store.freeId()
  if (typeof id !== 'string' || !PLAIN_NAME.test(id)) {
    return invalid([
      {
        loc: ['body', 'id'],
        msg: `String should match pattern ${PLAIN_NAME.source}`,
        type: 'string_pattern_mismatch'
      }
    ])
  }
  if (store.connector(id)) return error(409, `Connector ${id} already exists`)
  store.create(id, body.name, request.org)
  onChange()
  return { status: 201, body: { ...wireConnector(store, id) } }
}

/** The JSON object a write needs, or the 422 FastAPI gives for anything else. */
function objectBody(
  body: RequestBody
): { value: JsonObject } | { refusal: Reply } {
  if (body.kind === 'invalid') {
    return {
      refusal: invalid([
        { loc: ['body', 0], msg: 'JSON decode error', type: 'json_invalid' }
      ])
    }
  }
  if (body.kind === 'json' && isObject(body.value)) return { value: body.value }
  const refusal = invalid([
    {
      loc: ['body'],
      msg: 'Input should be a valid dictionary',
      type: 'dict_type'
    }
  ])
  return { refusal }
}

function draftReply(draft: SandboxDraft | undefined): Reply {
  const current = draft ?? {
    config: {},
    updatedAt: new Date(0).toISOString(),
    revision: 0
  }
  const body: WireDraft = {
    config: current.config,
    updated_at: current.updatedAt
  }
  return {
    status: 200,
    body: { ...body },
    headers: { [HEADERS.etag]: draftEtag(current) }
  }
}

function wireConnector(store: SandboxStore, id: string): WireConnector {
  const connector = store.connector(id)
  return {
    id,
    name: connector?.name ?? '',
    active_version: connector?.activeVersion ?? null
  }
}

function wireVersion(version: SandboxVersion): WireVersion {
  return {
    version: version.version,
    config: version.config,
    published_at: version.publishedAt
  }
}

function ok(body: WireConnector | WireVersion): Reply {
  return { status: 200, body: { ...body } }
}

function invalid(detail: BackendDetail[]): Reply {
  const body: WireValidationError = { detail }
  return { status: 422, body: body as unknown as Json }
}

function error(status: number, detail: string): Reply {
  return { status, body: { detail } }
}

function notAllowed(allow: string): Reply {
  return {
    status: 405,
    body: { detail: 'Method Not Allowed' },
    headers: { allow }
  }
}
