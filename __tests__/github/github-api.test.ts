import { GitHubError } from '../../src/github/errors.js'
import { nextPage } from '../../src/github/octokit-api.js'
import {
  GITHUB_TOKEN,
  openHarness,
  requestLines,
  type Harness
} from './helpers.js'

const COMMENTS = '/repos/acme/connectors/issues/7/comments'

let h: Harness
beforeEach(async () => {
  h = await openHarness()
})
afterEach(async () => {
  await h.github.stop()
})

async function failure(promise: Promise<unknown>): Promise<GitHubError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  if (!(error instanceof GitHubError))
    throw new Error(`not a GitHubError: ${String(error)}`)
  return error
}

describe('listIssueComments', () => {
  it('reads every page by following the Link header, 100 a page', async () => {
    for (let n = 1; n <= 250; n++) h.github.addComment(7, `comment ${n}`)
    h.github.addComment(8, 'another pull request')

    const comments = await h.api.listIssueComments(7)

    expect(comments.map((c) => c.body)).toEqual(
      Array.from({ length: 250 }, (_, i) => `comment ${i + 1}`)
    )
    expect(comments[0]).toEqual({
      id: 1000,
      body: 'comment 1',
      author: 'someone',
      url: `${h.github.url}/acme/connectors/pull/7#issuecomment-1000`
    })
    expect(requestLines(h.github)).toEqual([
      `GET ${COMMENTS}?per_page=100`,
      `GET ${COMMENTS}?per_page=100&page=2`,
      `GET ${COMMENTS}?per_page=100&page=3`
    ])
  })

  it('sends the token as authorization and nowhere else', async () => {
    await h.api.listIssueComments(7)
    expect(h.github.requests[0]!.authorization).toBe(`token ${GITHUB_TOKEN}`)
    expect(h.github.requests[0]!.path).not.toContain(GITHUB_TOKEN)
  })

  it('refuses a next page on another host, without sending the token there', async () => {
    h.github.inject({
      method: 'GET',
      path: /comments$/,
      status: 200,
      times: 1,
      body: [],
      headers: { link: '<http://127.0.0.2:9/next?page=2>; rel="next"' }
    })
    const error = await failure(h.api.listIssueComments(7))
    expect(error.kind).toBe('bad-response')
    expect(error.message).toBe(
      'GitHub: could not list the comments of #7: the next page is on another host (http://127.0.0.2:9); the token is not sent there'
    )
    expect(h.github.requests).toHaveLength(1)
  })

  it('retries a 429 after the seconds of Retry-After', async () => {
    h.github.addComment(7, 'hello')
    h.github.inject({
      path: /comments$/,
      status: 429,
      times: 1,
      headers: { 'retry-after': '7' },
      body: { message: 'slow down' }
    })
    const comments = await h.api.listIssueComments(7)
    expect(comments.map((c) => c.body)).toEqual(['hello'])
    expect(h.sleeps).toEqual([7000])
    expect(h.github.requests).toHaveLength(2)
  })

  it('retries a 403 secondary rate limit after Retry-After', async () => {
    h.github.inject({
      path: /comments$/,
      status: 403,
      times: 1,
      headers: { 'retry-after': '3' },
      body: { message: 'You have exceeded a secondary rate limit.' }
    })
    await h.api.listIssueComments(7)
    expect(h.sleeps).toEqual([3000])
  })

  it('waits for x-ratelimit-reset when the primary limit is used up', async () => {
    h.github.inject({
      path: /comments$/,
      status: 403,
      times: 1,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(1_700_000_000 + 12)
      },
      body: { message: 'API rate limit exceeded for installation ID 1.' }
    })
    await h.api.listIssueComments(7)
    expect(h.sleeps).toEqual([12000])
  })

  it('fails at once when the rate limit asks for more than a minute', async () => {
    h.github.inject({
      path: /comments$/,
      status: 429,
      times: 1,
      headers: { 'retry-after': '600' },
      body: { message: 'slow down' }
    })
    const error = await failure(h.api.listIssueComments(7))
    expect(error.kind).toBe('rate-limited')
    expect(error.message).toBe(
      'GitHub: could not list the comments of #7: rate limited (429 slow down); GitHub asks to wait 600 s, longer than the 60 s the action waits: re-run the job later'
    )
    expect(h.sleeps).toEqual([])
  })

  it.each([500, 502, 503, 504])(
    'retries a %i with a doubling backoff',
    async (status) => {
      h.github.inject({ path: /comments$/, status, times: 2 })
      await h.api.listIssueComments(7)
      expect(h.sleeps).toEqual([1000, 2000])
      expect(h.github.requests).toHaveLength(3)
    }
  )

  it('gives up after three retries with the last answer', async () => {
    h.github.inject({
      path: /comments$/,
      status: 502,
      times: 9,
      body: { message: 'Server Error' }
    })
    const error = await failure(h.api.listIssueComments(7))
    expect(error.kind).toBe('transient')
    expect(error.status).toBe(502)
    expect(error.message).toBe(
      'GitHub: could not list the comments of #7: 502 Server Error'
    )
    expect(h.sleeps).toEqual([1000, 2000, 4000])
    expect(h.github.requests).toHaveLength(4)
  })

  it('does not retry a 403 that is not a rate limit', async () => {
    h.github.inject({
      path: /comments$/,
      status: 403,
      times: 1,
      body: { message: 'Must have admin rights to Repository.' }
    })
    const error = await failure(h.api.listIssueComments(7))
    expect(error.kind).toBe('forbidden')
    expect(h.github.requests).toHaveLength(1)
    expect(h.sleeps).toEqual([])
  })

  it('does not retry a 404', async () => {
    h.github.inject({
      path: /comments$/,
      status: 404,
      times: 1,
      body: { message: 'Not Found' }
    })
    const error = await failure(h.api.listIssueComments(7))
    expect(error.kind).toBe('not-found')
    expect(h.github.requests).toHaveLength(1)
  })
})

describe('createIssueComment', () => {
  it('posts the body and returns the comment', async () => {
    const comment = await h.api.createIssueComment(7, 'hello')
    expect(comment).toEqual({
      id: 1000,
      body: 'hello',
      author: 'github-actions[bot]',
      url: `${h.github.url}/acme/connectors/pull/7#issuecomment-1000`
    })
    expect(h.github.requests[0]).toMatchObject({
      method: 'POST',
      path: COMMENTS,
      body: { body: 'hello' }
    })
  })

  it('is not repeated after a server error, which may hide a success', async () => {
    h.github.inject({
      method: 'POST',
      path: /comments$/,
      status: 502,
      times: 1
    })
    const error = await failure(h.api.createIssueComment(7, 'hello'))
    expect(error.ambiguous).toBe(true)
    expect(h.github.requests).toHaveLength(1)
  })

  it('is repeated after a rate limit, which says nothing was done', async () => {
    h.github.inject({
      method: 'POST',
      path: /comments$/,
      status: 429,
      times: 1,
      headers: { 'retry-after': '1' }
    })
    await h.api.createIssueComment(7, 'hello')
    expect(h.github.comments).toHaveLength(1)
    expect(h.sleeps).toEqual([1000])
  })

  it('turns a 403 into a forbidden error that says what to do', async () => {
    h.github.inject({
      method: 'POST',
      path: /comments$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' }
    })
    const error = await failure(h.api.createIssueComment(7, 'hello'))
    expect(error.kind).toBe('forbidden')
    expect(error.message).toBe(
      'GitHub: could not comment on #7: 403 Resource not accessible by integration: the token may not do this; give the job the permission (e.g. pull-requests: write) or pass another github-token'
    )
  })
})

describe('updateIssueComment', () => {
  it('patches the body of the comment', async () => {
    const { id } = h.github.addComment(7, 'old', 'github-actions[bot]')
    const comment = await h.api.updateIssueComment(id, 'new')
    expect(comment.body).toBe('new')
    expect(h.github.requests[0]).toMatchObject({
      method: 'PATCH',
      path: `/repos/acme/connectors/issues/comments/${id}`,
      body: { body: 'new' }
    })
  })

  it('is retried after a server error, since it is idempotent', async () => {
    const { id } = h.github.addComment(7, 'old', 'github-actions[bot]')
    h.github.inject({
      method: 'PATCH',
      path: /comments\/\d+$/,
      status: 503,
      times: 1
    })
    await h.api.updateIssueComment(id, 'new')
    expect(h.github.comments[0]!.body).toBe('new')
    expect(h.sleeps).toEqual([1000])
  })
})

describe('whoAmI', () => {
  it('falls back to github-actions[bot] when GET /user is 403, and says so', async () => {
    expect(await h.api.whoAmI()).toBe('github-actions[bot]')
    expect(h.logger.lines.debug).toEqual([
      "GET /user is forbidden for this token, as for an Actions GITHUB_TOKEN: taking github-actions[bot] as the token's user"
    ])
  })

  it('answers the login of a token that may read /user, once', async () => {
    h.github.userForbidden = false
    h.github.login = 'release-bot'
    expect(await h.api.whoAmI()).toBe('release-bot')
    expect(await h.api.whoAmI()).toBe('release-bot')
    expect(requestLines(h.github)).toEqual(['GET /user'])
  })

  it('fails on a 401, which no fallback can fix', async () => {
    h.github.inject({
      path: /^\/user$/,
      status: 401,
      times: 1,
      body: { message: 'Bad credentials' }
    })
    const error = await failure(h.api.whoAmI())
    expect(error.kind).toBe('unauthorized')
    expect(error.message).toBe(
      'GitHub: could not read the token user: 401 Bad credentials: the github-token is not valid; pass a current token'
    )
  })
})

describe('pullRequestsForCommit', () => {
  it('lists the pull requests of a commit', async () => {
    h.github.pullsByCommit.set('abc123', [
      {
        number: 7,
        state: 'closed',
        merged_at: '2026-01-02T03:04:05Z',
        head: { sha: 'feed' },
        base: { ref: 'main' }
      }
    ])
    expect(await h.api.pullRequestsForCommit('abc123')).toEqual([
      {
        number: 7,
        state: 'closed',
        mergedAt: '2026-01-02T03:04:05Z',
        headSha: 'feed',
        baseRef: 'main'
      }
    ])
    expect(requestLines(h.github)).toEqual([
      'GET /repos/acme/connectors/commits/abc123/pulls'
    ])
  })
})

describe('a GitHub that does not answer', () => {
  it('is a network error naming the reason, retried', async () => {
    const url = h.github.url
    await h.github.stop()
    const { openGitHubApi } = await import('../../src/github/octokit-api.js')
    const sleeps: number[] = []
    const api = await openGitHubApi({
      token: GITHUB_TOKEN,
      apiUrl: url,
      repository: 'acme/connectors',
      logger: h.logger,
      retry: { sleep: async (ms) => void sleeps.push(ms) }
    })
    const error = await failure(api.listIssueComments(7))
    expect(error.kind).toBe('network')
    expect(error.message).toBe(
      'GitHub: could not list the comments of #7: no answer (ECONNREFUSED)'
    )
    expect(sleeps).toEqual([1000, 2000, 4000])
    h.github = await h.github.start()
  })
})

describe('nextPage', () => {
  it('finds rel="next" among other links', () => {
    expect(
      nextPage(
        '<https://x/a?page=3>; rel="last", <https://x/a?page=2>; rel="next"'
      )
    ).toBe('https://x/a?page=2')
    expect(nextPage('<https://x/a?page=1>; rel="prev"')).toBeUndefined()
    expect(nextPage(undefined)).toBeUndefined()
  })
})
