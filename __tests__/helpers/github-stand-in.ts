import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'

/** An issue comment as the stand-in stores it. */
export interface StandInComment {
  id: number
  body: string
  user: { login: string; type: string }
  issue: number
  /** The comment's page, as GitHub links it. */
  html_url: string
}

/** A request the stand-in received. */
export interface StandInRequest {
  method: string
  path: string
  authorization: string | undefined
  body: unknown
}

/** A fault to answer instead of the real handler. */
export interface StandInFault {
  method?: string
  path: RegExp
  status: number
  times: number
  headers?: Record<string, string>
  body?: unknown
}

/**
 * A small stand-in for the GitHub REST API on 127.0.0.1: issue comments
 * (paged like GitHub, with `Link` headers), the pull requests of a commit and
 * the token's user, with faults to inject and every request recorded.
 */
export class GitHubStandIn {
  readonly requests: StandInRequest[] = []
  readonly comments: StandInComment[] = []
  /** Pull requests per commit sha, for `GET /commits/{sha}/pulls`. */
  readonly pullsByCommit = new Map<string, object[]>()
  login = 'github-actions[bot]'
  /** When set, `GET /user` answers 403 as it does for an Actions token. */
  userForbidden = true
  private faults: StandInFault[] = []
  private nextId = 1000
  private server: Server | undefined
  url = ''

  /** Starts the stand-in on a free port of 127.0.0.1. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((ready) =>
      this.server!.listen(0, '127.0.0.1', ready)
    )
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this
  }

  /** Stops the stand-in. */
  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()))
  }

  /** Answers the next `times` matching requests with a fault. */
  inject(fault: StandInFault): void {
    this.faults.push(fault)
  }

  /** Adds a comment as if someone had written it. */
  addComment(issue: number, body: string, login = 'someone'): StandInComment {
    const id = this.nextId++
    const comment = {
      id,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      issue,
      html_url: `${this.url}/acme/connectors/pull/${issue}#issuecomment-${id}`
    }
    this.comments.push(comment)
    return comment
  }

  private async handle(
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const body = await readBody(req)
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body
    })
    const fault = this.takeFault(req.method ?? 'GET', url.pathname)
    if (fault)
      return send(
        res,
        fault.status,
        fault.body ?? { message: 'fault' },
        fault.headers
      )
    this.route(req.method ?? 'GET', url, body, res)
  }

  private route(
    method: string,
    url: URL,
    body: unknown,
    res: ServerResponse
  ): void {
    const path = url.pathname
    let match: RegExpExecArray | null
    if (method === 'GET' && path === '/user') {
      if (this.userForbidden) {
        return send(res, 403, {
          message: 'Resource not accessible by integration'
        })
      }
      return send(res, 200, { login: this.login })
    }
    if (
      (match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))
    ) {
      const issue = Number(match[1])
      if (method === 'GET') return this.listComments(issue, url, res)
      if (method === 'POST') {
        const comment = this.addComment(
          issue,
          (body as { body: string }).body,
          this.login
        )
        return send(res, 201, comment)
      }
    }
    if (
      (match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) &&
      method === 'PATCH'
    ) {
      const comment = this.comments.find((c) => c.id === Number(match![1]))
      if (!comment) return send(res, 404, { message: 'Not Found' })
      comment.body = (body as { body: string }).body
      return send(res, 200, comment)
    }
    if (
      (match = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/.exec(path)) &&
      method === 'GET'
    ) {
      return send(res, 200, this.pullsByCommit.get(match[1]!) ?? [])
    }
    send(res, 404, { message: 'Not Found' })
  }

  private listComments(issue: number, url: URL, res: ServerResponse): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const all = this.comments.filter((c) => c.issue === issue)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const headers: Record<string, string> = {}
    if (page < last) {
      const next = new URL(url)
      next.searchParams.set('page', String(page + 1))
      const lastUrl = new URL(url)
      lastUrl.searchParams.set('page', String(last))
      headers.link = `<${next}>; rel="next", <${lastUrl}>; rel="last"`
    }
    send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers)
  }

  private takeFault(method: string, path: string): StandInFault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.times > 0 && f.path.test(path) && (!f.method || f.method === method)
    )
    if (fault) fault.times--
    return fault
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  if (chunks.length === 0) return undefined
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
