import { isObject, type JsonObject } from '../config/normalise.js'
import type { BackendDetail } from './backend-detail.js'

/*
 * Every path, header and body shape of the PlugSync API, as
 * shared/spec/plugsync-api.md reads it. The client and the sandbox both take
 * them from here, so one edit adapts both if the real API differs.
 */

/** The address the action talks to unless told otherwise. */
export const DEFAULT_API_URL = 'https://app.plugsync.com/api'

/** The path prefix every route of the API lives under. */
export const API_PREFIX = '/api'

/** Header names, lower-cased as Node reports them. */
export const HEADERS = {
  authorization: 'authorization',
  contentType: 'content-type',
  etag: 'etag',
  ifMatch: 'if-match',
  retryAfter: 'retry-after',
  location: 'location'
} as const

/** The media type of every request and response body. */
export const JSON_TYPE = 'application/json'

/** The value of the Authorization header for a token. */
export function bearer(token: string): string {
  return `Bearer ${token}`
}

/**
 * The connector ids (and environment names) this project accepts: a letter
 * or digit, then up to 127 letters, digits, `_`, `.` or `-`. The public
 * reference states no format. Ids go into URL paths, log lines and comment
 * markers, so they are plain words: no line break that could forge a
 * workflow command, no `.` or `..` alone that a URL would resolve. The
 * manifest checks ids against it, and the sandbox creates only such ids.
 */
export const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/

/** Paths relative to the API's base URL, one per route. */
export const paths = {
  connectors: (): string => '/connectors',
  connector: (id: string): string => `/connectors/${encodeURIComponent(id)}`,
  draft: (id: string): string => `${paths.connector(id)}/draft`,
  activeVersion: (id: string): string =>
    `${paths.connector(id)}/versions/active`,
  version: (id: string, n: number): string =>
    `${paths.connector(id)}/versions/${n}`,
  publish: (id: string): string => `${paths.connector(id)}/publish`
}

/** A route of the API as the sandbox recognises it from a request path. */
export type Route =
  | { name: 'connectors' }
  | { name: 'connector' | 'draft' | 'active-version' | 'publish'; id: string }
  | { name: 'version'; id: string; version: number }

/**
 * Recognises a path relative to the API prefix, or returns undefined. A
 * version number that is not a positive integer is no route at all.
 */
export function matchRoute(path: string): Route | undefined {
  if (path === '/connectors') return { name: 'connectors' }
  const match = /^\/connectors\/([^/]+)(\/.*)?$/.exec(path)
  if (!match) return undefined
  const id = safeDecode(match[1] ?? '')
  const rest = match[2] ?? ''
  if (id === undefined) return undefined
  if (rest === '') return { name: 'connector', id }
  if (rest === '/draft') return { name: 'draft', id }
  if (rest === '/publish') return { name: 'publish', id }
  if (rest === '/versions/active') return { name: 'active-version', id }
  const version = /^\/versions\/([1-9][0-9]{0,8})$/.exec(rest)
  if (version) return { name: 'version', id, version: Number(version[1]) }
  return undefined
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/** `GET /connectors/{id}` and `POST /connectors`. */
export interface WireConnector {
  id: string
  name: string
  active_version: number | null
}

/** `GET` and `PATCH /connectors/{id}/draft`. */
export interface WireDraft {
  config: JsonObject
  updated_at: string
}

/** `GET /connectors/{id}/versions/active` and `/versions/{n}`. */
export interface WireVersion {
  version: number
  config: JsonObject
  published_at: string
}

/** `POST /connectors/{id}/publish`. */
export interface WirePublished {
  version: number
  published_at: string
}

/** The body of a 422, as a pydantic backend writes it. */
export interface WireValidationError {
  detail: BackendDetail[]
}

/** Checks a parsed body: the name of the first field that is wrong, or ''. */
type BodyCheck = (body: unknown) => string

const isVersionNumber = (value: unknown): boolean =>
  Number.isInteger(value) && (value as number) >= 1

function fieldCheck(fields: Record<string, (v: unknown) => boolean>) {
  return (body: unknown): string => {
    if (!isObject(body)) return 'the body is not a JSON object'
    for (const [field, ok] of Object.entries(fields)) {
      if (!ok(body[field])) return `the field "${field}" is missing or wrong`
    }
    return ''
  }
}

const isString = (v: unknown): boolean => typeof v === 'string'

/** What each success body must hold, checked before a caller reads it. */
export const bodyChecks = {
  connector: fieldCheck({
    id: isString,
    name: isString,
    active_version: (v) => v === null || isVersionNumber(v)
  }),
  draft: fieldCheck({ config: isObject, updated_at: isString }),
  version: fieldCheck({
    version: isVersionNumber,
    config: isObject,
    published_at: isString
  }),
  published: fieldCheck({ version: isVersionNumber, published_at: isString })
} satisfies Record<string, BodyCheck>

/** Reads the `detail` list of a 422 body, keeping only well-formed items. */
export function validationDetail(body: unknown): BackendDetail[] | undefined {
  if (!isObject(body) || !Array.isArray(body.detail)) return undefined
  const detail: BackendDetail[] = []
  for (const item of body.detail) {
    if (!isObject(item) || typeof item.msg !== 'string') continue
    if (!Array.isArray(item.loc) || !item.loc.every(isLocSegment)) continue
    const type = typeof item.type === 'string' ? item.type : ''
    detail.push({ loc: item.loc as (string | number)[], msg: item.msg, type })
  }
  return detail
}

function isLocSegment(segment: unknown): segment is string | number {
  return typeof segment === 'string' || Number.isInteger(segment)
}

/** The text of an error body such as `{"detail": "Not Found"}`, if any. */
export function detailText(body: unknown): string | undefined {
  return isObject(body) && typeof body.detail === 'string'
    ? body.detail
    : undefined
}
