import { createHash } from 'node:crypto'
import { isObject, type JsonObject } from '../config/normalise.js'
import { writeCanonical } from '../diff/normalise-lazily.js'

/** The record format this build writes and reads. */
export const RECORD_VERSION = 1

/** One connector as it was reviewed. */
export interface ReviewedConnector {
  /** The PlugSync connector id. */
  id: string
  /** The config's path relative to the repository root. */
  path: string
  environment?: string
  /** The active version the diff was made against; null if never published. */
  activeVersion: number | null
  /** `configHash` of the config that was reviewed. */
  configHash: string
}

/**
 * What a pull request's reviewers saw: per connector, the version its
 * config was compared against and the config itself, by hash. A promotion
 * checks it before it publishes.
 */
export interface ReviewRecord {
  version: typeof RECORD_VERSION
  /** The commit that was reviewed. */
  headSha: string
  connectors: ReviewedConnector[]
}

/** A record read back, or why it could not be. */
export type DecodedRecord =
  { ok: true; record: ReviewRecord } | { ok: false; problem: string }

const OPEN = '<!-- plugsync-config:record '
const CLOSE = ' -->'

/** The longest text `decodeRecord` reads: far more than 65,536 characters. */
const MAX_TEXT = 1_000_000

/**
 * The hash a record keeps of a config: SHA-256, in hex, of the canonical
 * JSON of the normalised config, so that key order, `$schema` and
 * omitted defaults never make two equal configs differ.
 */
export function configHash(config: JsonObject): string {
  const hash = createHash('sha256')
  // Pieces are small: the hash is fed in batches of about 64 kB.
  let batch = ''
  writeCanonical(config, (piece) => {
    batch += piece
    if (batch.length < 65_536) return
    hash.update(batch, 'utf8')
    batch = ''
  })
  return hash.update(batch, 'utf8').digest('hex')
}

/**
 * The record as a hidden HTML comment for a pull request comment. Base64,
 * so that no path can close the HTML comment early.
 */
export function encodeRecord(record: ReviewRecord): string {
  const json = JSON.stringify(record)
  return OPEN + Buffer.from(json, 'utf8').toString('base64') + CLOSE
}

/** The record as the text of a `--record` file: indented JSON. */
export function formatRecordFile(record: ReviewRecord): string {
  return JSON.stringify(record, null, 2) + '\n'
}

/**
 * Reads a record from a comment body (the hidden HTML comment) or from the
 * text of a `--record` file (JSON). Never throws: a hand-edited comment or
 * a stray file is a problem to report, in words that say which part is
 * wrong.
 */
export function decodeRecord(text: string): DecodedRecord {
  if (text.length > MAX_TEXT) {
    return fail(`the text is over ${MAX_TEXT} characters`)
  }
  const start = text.indexOf(OPEN)
  if (start >= 0 && text.indexOf(OPEN, start + OPEN.length) >= 0) {
    // This action writes one record and breaks the marker wherever a
    // config's text is shown; a second one is not ours to pick from.
    return fail('it holds more than one hidden record')
  }
  let json: string
  if (start >= 0) {
    const end = text.indexOf(CLOSE, start + OPEN.length)
    if (end < 0) return fail('the hidden record is not closed with -->')
    const base64 = text.slice(start + OPEN.length, end).trim()
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
      return fail('the hidden record is not base64')
    }
    json = Buffer.from(base64, 'base64').toString('utf8')
  } else {
    json = text
  }
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return fail(
      start >= 0
        ? 'the hidden record does not hold JSON'
        : 'it holds no plugsync-config record'
    )
  }
  return checkRecord(value)
}

/** The reviewed state of one connector, by id and environment. */
export function findReviewed(
  record: ReviewRecord,
  id: string,
  environment?: string
): ReviewedConnector | undefined {
  return record.connectors.find(
    (connector) =>
      connector.id === id &&
      (connector.environment ?? '') === (environment ?? '')
  )
}

/** Checks every field of a parsed record, naming the first that is wrong. */
function checkRecord(value: unknown): DecodedRecord {
  if (!isObject(value)) return fail('the record is not a JSON object')
  if (value.version !== RECORD_VERSION) {
    return fail(
      `the record has version ${JSON.stringify(value.version ?? null)}; this build reads version ${RECORD_VERSION}`
    )
  }
  if (typeof value.headSha !== 'string') {
    return fail('the record has no headSha')
  }
  if (!Array.isArray(value.connectors)) {
    return fail('the record has no connectors list')
  }
  const connectors: ReviewedConnector[] = []
  for (const [index, item] of value.connectors.entries()) {
    const connector = checkConnector(item)
    if (typeof connector === 'string') {
      return fail(`connectors[${index}] ${connector}`)
    }
    connectors.push(connector)
  }
  return {
    ok: true,
    record: { version: RECORD_VERSION, headSha: value.headSha, connectors }
  }
}

function checkConnector(item: unknown): ReviewedConnector | string {
  if (!isObject(item)) return 'is not an object'
  const { id, path, environment, activeVersion, configHash: hash } = item
  if (typeof id !== 'string' || id === '') return 'has no id'
  if (typeof path !== 'string' || path === '') return 'has no path'
  if (environment !== undefined && typeof environment !== 'string') {
    return 'has an environment that is not text'
  }
  if (
    activeVersion !== null &&
    !(Number.isInteger(activeVersion) && (activeVersion as number) >= 1)
  ) {
    return 'has an activeVersion that is neither null nor a version number'
  }
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
    return 'has a configHash that is not a SHA-256 in hex'
  }
  const connector: ReviewedConnector = {
    id,
    path,
    activeVersion: activeVersion as number | null,
    configHash: hash
  }
  if (environment) connector.environment = environment
  return connector
}

function fail(problem: string): DecodedRecord {
  return { ok: false, problem }
}
