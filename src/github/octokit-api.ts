import type { Logger } from '../logger.js'
import {
  ACTIONS_BOT,
  type GitHubApi,
  type IssueComment,
  type PullRequestRef
} from './api.js'
import { GitHubError } from './errors.js'
import { classifyFailure } from './failure.js'
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js'

/** How to reach GitHub for one repository. */
export interface GitHubApiOptions {
  token: string
  /** `GITHUB_API_URL`, e.g. `https://api.github.com`. */
  apiUrl: string
  /** `owner/name`. */
  repository: string
  logger: Logger
  /** Per request, from sending to the last byte; 30 s by default. */
  timeoutMs?: number
  /** Overrides of the retry policy; tests pass a recording `sleep`. */
  retry?: Partial<RetryPolicy>
}

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

/** The most pages of comments read: 30,000 comments at 100 a page. */
const MAX_PAGES = 300

/**
 * Opens the GitHub API of a repository through `@actions/github`, which is
 * loaded here, on first use, so that a plain validation never pays for it.
 */
export async function openGitHubApi(
  options: GitHubApiOptions
): Promise<GitHubApi> {
  const [owner, repo] = options.repository.split('/')
  if (!owner || !repo) {
    throw new GitHubError(
      'invalid',
      `GitHub: the repository "${options.repository}" is not owner/name: check GITHUB_REPOSITORY`
    )
  }
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(options.token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    log: octokitLog(options.logger)
  })
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    now: () => Date.now(),
    logger: options.logger,
    ...options.retry
  }
  return new OctokitApi(octokit, { owner, repo }, policy, options)
}

/** `GitHubApi` over Octokit, each call bounded in time and retried. */
class OctokitApi implements GitHubApi {
  private login: string | undefined
  private readonly timeoutMs: number
  private readonly origin: string

  constructor(
    private readonly octokit: Octokit,
    private readonly repo: { owner: string; repo: string },
    private readonly policy: RetryPolicy,
    options: GitHubApiOptions
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000
    this.origin = new URL(options.apiUrl).origin
  }

  async whoAmI(): Promise<string> {
    if (this.login !== undefined) return this.login
    try {
      const response = await this.call('read the token user', true, (request) =>
        this.octokit.rest.users.getAuthenticated({ request })
      )
      this.login = response.data.login
    } catch (error) {
      if (!(error instanceof GitHubError) || error.kind !== 'forbidden') {
        throw error
      }
      this.policy.logger.debug(
        `GET /user is forbidden for this token, as for an Actions GITHUB_TOKEN: taking ${ACTIONS_BOT} as the token's user`
      )
      this.login = ACTIONS_BOT
    }
    return this.login
  }

  async listIssueComments(issue: number): Promise<IssueComment[]> {
    const what = `list the comments of #${issue}`
    const comments: IssueComment[] = []
    let response = await this.page(what, (request) =>
      this.octokit.rest.issues.listComments({
        ...this.repo,
        issue_number: issue,
        per_page: 100,
        request
      })
    )
    for (let page = 1; ; page++) {
      comments.push(...response.data.map(toComment))
      const next = nextPage(response.link)
      if (next === undefined) return comments
      this.checkNext(next, page, what)
      response = await this.page(what, (request) =>
        this.octokit.request({ method: 'GET', url: next, request })
      )
    }
  }

  async createIssueComment(issue: number, body: string): Promise<IssueComment> {
    const response = await this.call(`comment on #${issue}`, false, (request) =>
      this.octokit.rest.issues.createComment({
        ...this.repo,
        issue_number: issue,
        body,
        request
      })
    )
    return toComment(response.data)
  }

  async updateIssueComment(id: number, body: string): Promise<IssueComment> {
    const response = await this.call(`update comment ${id}`, true, (request) =>
      this.octokit.rest.issues.updateComment({
        ...this.repo,
        comment_id: id,
        body,
        request
      })
    )
    return toComment(response.data)
  }

  async pullRequestsForCommit(sha: string): Promise<PullRequestRef[]> {
    const response = await this.call(
      `find the pull requests of commit ${sha}`,
      true,
      (request) =>
        this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          ...this.repo,
          commit_sha: sha,
          request
        })
    )
    return response.data.map(toPullRequest)
  }

  /** One page of a list, as its items and its `Link` header. */
  private async page(
    what: string,
    send: (request: { signal: AbortSignal }) => Promise<{
      data: unknown
      headers: { link?: string }
    }>
  ): Promise<{ data: unknown[]; link: string | undefined }> {
    const response = await this.call(what, true, send)
    if (!Array.isArray(response.data)) {
      throw new GitHubError(
        'bad-response',
        `GitHub: could not ${what}: the answer is not a list`
      )
    }
    return { data: response.data, link: response.headers.link }
  }

  /** One call with its own timeout per attempt, retried by the policy. */
  private call<T>(
    what: string,
    idempotent: boolean,
    send: (request: { signal: AbortSignal }) => Promise<T>
  ): Promise<T> {
    return withRetry(
      () => send({ signal: AbortSignal.timeout(this.timeoutMs) }),
      (thrown) => classifyFailure(thrown, what, this.policy.now()),
      this.policy,
      idempotent
    )
  }

  /**
   * Follows a `next` link only to the API it came from, since the token
   * goes with it, and only so far, since a server that always links on
   * would hold the job forever.
   */
  private checkNext(next: string, page: number, what: string): void {
    if (new URL(next).origin !== this.origin) {
      throw new GitHubError(
        'bad-response',
        `GitHub: could not ${what}: the next page is on another host (${new URL(next).origin}); the token is not sent there`
      )
    }
    if (page >= MAX_PAGES) {
      throw new GitHubError(
        'bad-response',
        `GitHub: could not ${what}: more than ${MAX_PAGES} pages of comments`
      )
    }
  }
}

/** The `rel="next"` target of a `Link` header. */
export function nextPage(link: string | undefined): string | undefined {
  if (!link) return undefined
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part)
    if (match) return match[1]
  }
  return undefined
}

function toComment(data: unknown): IssueComment {
  const wire = (data ?? {}) as {
    id?: unknown
    body?: unknown
    user?: { login?: unknown } | null
    html_url?: unknown
  }
  return {
    id: typeof wire.id === 'number' ? wire.id : 0,
    body: typeof wire.body === 'string' ? wire.body : '',
    author: typeof wire.user?.login === 'string' ? wire.user.login : '',
    url: typeof wire.html_url === 'string' ? wire.html_url : ''
  }
}

function toPullRequest(data: unknown): PullRequestRef {
  const wire = (data ?? {}) as {
    number?: unknown
    state?: unknown
    merged_at?: unknown
    head?: { sha?: unknown }
    base?: { ref?: unknown }
  }
  return {
    number: typeof wire.number === 'number' ? wire.number : 0,
    state: typeof wire.state === 'string' ? wire.state : '',
    mergedAt: typeof wire.merged_at === 'string' ? wire.merged_at : null,
    headSha: typeof wire.head?.sha === 'string' ? wire.head.sha : '',
    baseRef: typeof wire.base?.ref === 'string' ? wire.base.ref : ''
  }
}

/** Octokit's own log lines (deprecations) go to the action's debug log. */
function octokitLog(logger: Logger) {
  return {
    debug: (message: string) => logger.debug(message),
    info: (message: string) => logger.debug(message),
    warn: (message: string) => logger.debug(message),
    error: (message: string) => logger.debug(message)
  }
}
