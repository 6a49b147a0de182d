import { timingSafeEqual } from 'node:crypto'
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { Json } from '../../config/normalise.js'
import {
  API_PREFIX,
  bearer,
  HEADERS,
  JSON_TYPE,
  matchRoute
} from '../api-contract.js'
import type { FaultBook, SandboxFault } from './faults.js'
import {
  answer,
  type OnChange,
  type Reply,
  type RequestBody
} from './routes.js'
import { SANDBOX_ORG, type SandboxStore } from './state.js'

/** A request as the sandbox received it, for tests to assert on. */
export interface RecordedRequest {
  method: string
  /** The path without the query, e.g. `/api/connectors/cn_1/draft`. */
  path: string
  /** Lower-cased headers, without the Authorization value. */
  headers: Record<string, string>
  /** Whether an Authorization header came, and whether it was the token. */
  auth: 'none' | 'invalid' | 'valid'
  /** The parsed JSON body; the raw text if it was not JSON; else undefined. */
  body: unknown
  /** When it arrived, in milliseconds since the epoch. */
  at: number
}

/** What the HTTP side of the sandbox works with. */
export interface ServerContext {
  store: SandboxStore
  token: string
  faults: FaultBook
  requests: RecordedRequest[]
  onChange: OnChange
  /** Called once per answered request, for the CLI's request log. */
  log?: (line: string) => void
}

/** Bodies larger than this are refused; a config is far smaller. */
const MAX_BODY_BYTES = 5 * 1024 * 1024

/**
 * An HTTP server speaking the PlugSync API over a store, with the faults
 * of the book played first. `close` also cancels delayed answers.
 */
export function createSandboxServer(context: ServerContext): {
  server: Server
  cancelTimers(): void
} {
  const timers = new Set<NodeJS.Timeout>()
  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })
  const server = createServer((req, res) => {
    serve(context, wait, req, res).catch(() => res.destroy())
  })
  return {
    server,
    cancelTimers: () => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    }
  }
}

async function serve(
  context: ServerContext,
  wait: (ms: number) => Promise<void>,
  req: IncomingMessage,
  res: ServerResponse
): Promise<void> {
  const method = req.method ?? 'GET'
  const path = new URL(req.url ?? '/', 'http://sandbox').pathname
  const text = await readBody(req)
  const auth = authOf(req, context.token)
  const body = parseBody(text)
  context.requests.push(recordOf(req, method, path, auth, body))
  if (context.log) {
    res.on('close', () =>
      context.log?.(
        `${method} ${path} ${res.headersSent ? res.statusCode : 'dropped'}`
      )
    )
  }
  if (text === undefined)
    return send(res, {
      status: 413,
      body: { detail: 'Request body too large' }
    })

  const fault = context.faults.take(method, path)
  const cutsBody = fault?.drop === true && fault.body !== undefined
  if (fault?.delayMs && !cutsBody) await wait(fault.delayMs)
  if (res.destroyed) return

  const acts = fault !== undefined && actsOnAnswer(fault)
  const reply =
    !acts || fault?.processFirst
      ? route(context, method, path, auth, body, req.headers[HEADERS.ifMatch])
      : undefined
  if (acts && fault) return playFault(res, fault, wait)
  if (reply) send(res, reply)
}

function route(
  context: ServerContext,
  method: string,
  path: string,
  auth: RecordedRequest['auth'],
  body: RequestBody,
  ifMatch: string | string[] | undefined
): Reply {
  if (auth === 'none')
    return { status: 401, body: { detail: 'Not authenticated' } }
  if (auth === 'invalid')
    return { status: 401, body: { detail: 'Invalid token' } }
  const found = path.startsWith(API_PREFIX + '/')
    ? matchRoute(path.slice(API_PREFIX.length))
    : undefined
  if (!found) return { status: 404, body: { detail: 'Not Found' } }
  return answer(
    context.store,
    {
      method,
      route: found,
      body,
      org: SANDBOX_ORG,
      ...(typeof ifMatch === 'string' ? { ifMatch } : {})
    },
    context.onChange
  )
}

function actsOnAnswer(fault: SandboxFault): boolean {
  return (
    fault.drop === true ||
    fault.status !== undefined ||
    fault.redirectTo !== undefined
  )
}

async function playFault(
  res: ServerResponse,
  fault: SandboxFault,
  wait: (ms: number) => Promise<void>
): Promise<void> {
  if (fault.drop) return dropConnection(res, fault, wait)
  if (fault.redirectTo !== undefined) {
    res.writeHead(307, {
      [HEADERS.location]: fault.redirectTo,
      'content-length': '0'
    })
    res.end()
    return
  }
  const status = fault.status ?? 500
  const text =
    fault.body ?? JSON.stringify({ detail: STATUS_CODES[status] ?? 'Error' })
  const headers: Record<string, string> = {
    [HEADERS.contentType]: fault.contentType ?? JSON_TYPE,
    'content-length': String(Buffer.byteLength(text))
  }
  if (fault.retryAfter !== undefined)
    headers[HEADERS.retryAfter] = String(fault.retryAfter)
  res.writeHead(status, headers)
  res.end(text)
}

/**
 * Breaks the connection. With a body, the headers promise more bytes than
 * follow, which is what a truncated answer looks like to a client; the
 * cut comes after `delayMs`, a stall in the middle of the body.
 */
async function dropConnection(
  res: ServerResponse,
  fault: SandboxFault,
  wait: (ms: number) => Promise<void>
): Promise<void> {
  if (fault.body === undefined) {
    res.socket?.destroy()
    return
  }
  res.writeHead(fault.status ?? 200, {
    [HEADERS.contentType]: fault.contentType ?? JSON_TYPE,
    'content-length': String(Buffer.byteLength(fault.body) + 64)
  })
  res.write(fault.body)
  await wait(fault.delayMs ?? 0)
  res.socket?.destroy()
}

function send(res: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    [HEADERS.contentType]: JSON_TYPE,
    'content-length': String(Buffer.byteLength(text)),
    ...reply.headers
  })
  res.end(text)
}

/**
 * The whole body as text; undefined when it is larger than allowed. An
 * oversized body is still read to its end, so the 413 can be delivered.
 */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer)
  }
  return size > MAX_BODY_BYTES
    ? undefined
    : Buffer.concat(chunks).toString('utf8')
}

function parseBody(text: string | undefined): RequestBody {
  if (text === undefined || text === '') return { kind: 'none' }
  try {
    return { kind: 'json', value: JSON.parse(text) as Json }
  } catch {
    return { kind: 'invalid', text }
  }
}

/** Compares the Authorization header with the token in constant time. */
function authOf(req: IncomingMessage, token: string): RecordedRequest['auth'] {
  const header = req.headers[HEADERS.authorization]
  if (header === undefined) return 'none'
  const given = Buffer.from(header)
  const expected = Buffer.from(bearer(token))
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? 'valid'
    : 'invalid'
}

function recordOf(
  req: IncomingMessage,
  method: string,
  path: string,
  auth: RecordedRequest['auth'],
  body: RequestBody
): RecordedRequest {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === HEADERS.authorization || value === undefined) continue
    headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method,
    path,
    headers,
    auth,
    body:
      body.kind === 'json'
        ? body.value
        : body.kind === 'invalid'
          ? body.text
          : undefined,
    at: Date.now()
  }
}
