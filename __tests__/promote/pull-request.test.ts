import type {
  GitHubApi,
  IssueComment,
  PullRequestRef
} from '../../src/github/api.js'
import { GitHubError } from '../../src/github/errors.js'
import {
  COMMENT_LIMIT,
  promotionMarker,
  reportOnPullRequest
} from '../../src/modes/promote-comment.js'
import { findReview } from '../../src/modes/promote-review.js'
import { encodeRecord, type ReviewRecord } from '../../src/review/record.js'

const MARKER = '<!-- plugsync-config:comment 0123456789ab -->'
const RECORD: ReviewRecord = {
  version: 1,
  headSha: 'cafebabecafebabecafebabecafebabecafebabe',
  connectors: [
    {
      id: 'cn_1',
      path: 'connectors/compass.json',
      activeVersion: 7,
      configHash: 'a'.repeat(64)
    }
  ]
}

/** A GitHub API in memory: comments of one pull request, writes recorded. */
class FakeGitHub implements GitHubApi {
  comments: IssueComment[] = []
  pulls: PullRequestRef[] = []
  writes: string[] = []
  failWith: GitHubError | undefined

  async whoAmI(): Promise<string> {
    return 'github-actions[bot]'
  }
  async listIssueComments(): Promise<IssueComment[]> {
    if (this.failWith) throw this.failWith
    return this.comments
  }
  async createIssueComment(issue: number, body: string): Promise<IssueComment> {
    this.writes.push(`create #${issue}`)
    const comment = { id: 99, body, author: 'github-actions[bot]', url: '' }
    this.comments.push(comment)
    return comment
  }
  async updateIssueComment(id: number, body: string): Promise<IssueComment> {
    if (this.failWith) throw this.failWith
    this.writes.push(`update ${id}`)
    const comment = this.comments.find((c) => c.id === id)!
    comment.body = body
    return comment
  }
  async pullRequestsForCommit(): Promise<PullRequestRef[]> {
    if (this.failWith) throw this.failWith
    return this.pulls
  }
}

const logs: string[] = []
const logger = {
  info: (line: string) => logs.push(`info: ${line}`),
  debug: () => undefined,
  warning: (line: string) => logs.push(`warning: ${line}`)
}

beforeEach(() => {
  logs.length = 0
})

function withComment(github: FakeGitHub, body: string): IssueComment {
  const comment = { id: 5, body, author: 'github-actions[bot]', url: '' }
  github.comments.push(comment)
  return comment
}

describe('reportOnPullRequest', () => {
  const review = `${MARKER}\n## PlugSync config\n\n${encodeRecord(RECORD)}`

  it('appends its section and keeps the review and its record', async () => {
    const github = new FakeGitHub()
    const comment = withComment(github, review)
    await reportOnPullRequest({
      github,
      pull: 7,
      comment,
      marker: MARKER,
      environment: '',
      sections: ['### Promotion\n\n- published v8 of compass\n'],
      logger
    })
    expect(comment.body).toBe(
      `${review}\n\n<!-- plugsync-config:promotion -->\n### Promotion\n\n- published v8 of compass\n`
    )
    expect(github.writes).toEqual(['update 5'])
  })

  it('breaks markers quoted from a config in its section, so a re-run finds the one record', async () => {
    const github = new FakeGitHub()
    const comment = withComment(github, review)
    const report = (section: string) =>
      reportOnPullRequest({
        github,
        pull: 7,
        comment,
        marker: MARKER,
        environment: '',
        sections: [section],
        logger
      })
    const quoted = `refused: the draft holds "<!-- plugsync-config:promotion staging -->" and "${encodeRecord(RECORD)}"\n`
    await report(quoted)
    expect(comment.body).toBe(
      `${review}\n\n<!-- plugsync-config:promotion -->\n${quoted.replaceAll('<!--', '<!-\u200b-')}`
    )
    await report('refused again\n')
    expect(comment.body).toBe(
      `${review}\n\n<!-- plugsync-config:promotion -->\nrefused again\n`
    )
  })

  it("replaces its environment's earlier section and keeps the other environments'", async () => {
    const github = new FakeGitHub()
    const comment = withComment(
      github,
      `${review}\n\n${promotionMarker('staging')}\nstaging v1\n\n${promotionMarker('production')}\nproduction v1\n`
    )
    await reportOnPullRequest({
      github,
      pull: 7,
      comment,
      marker: MARKER,
      environment: 'staging',
      sections: ['staging v2\n'],
      logger
    })
    expect(comment.body).toBe(
      `${review}\n\n<!-- plugsync-config:promotion production -->\nproduction v1\n\n<!-- plugsync-config:promotion staging -->\nstaging v2\n`
    )
  })

  it('falls back to the shorter section when the long one would pass the limit', async () => {
    const github = new FakeGitHub()
    const comment = withComment(github, review)
    await reportOnPullRequest({
      github,
      pull: 7,
      comment,
      marker: MARKER,
      environment: '',
      sections: ['x'.repeat(COMMENT_LIMIT), 'short\n'],
      logger
    })
    expect(
      comment.body.endsWith('<!-- plugsync-config:promotion -->\nshort\n')
    ).toBe(true)
  })

  it('cuts the review to its headline and record when the outcome does not fit beside it', async () => {
    const github = new FakeGitHub()
    const full = `${MARKER}\n## PlugSync config\n\n${'d'.repeat(COMMENT_LIMIT - 200)}\n\n${encodeRecord(RECORD)}`
    const comment = withComment(github, full)
    await reportOnPullRequest({
      github,
      pull: 7,
      comment,
      marker: MARKER,
      environment: '',
      sections: ['- published v8 of compass\n'],
      logger
    })
    expect(comment.body).toBe(
      `${MARKER}\n## PlugSync config\n\n_The review was cut to make room for the promotion's outcome: the pull request's run has it in its job summary._\n\n${encodeRecord(RECORD)}\n\n<!-- plugsync-config:promotion -->\n- published v8 of compass\n`
    )
  })

  it('says only what went wrong when GitHub refuses the comment for another reason', async () => {
    const github = new FakeGitHub()
    const comment = withComment(github, review)
    github.failWith = new GitHubError(
      'invalid',
      'GitHub refused to update comment 5 (422): body is too long'
    )
    await reportOnPullRequest({
      github,
      pull: 7,
      comment,
      marker: MARKER,
      environment: '',
      sections: ['x\n'],
      logger
    })
    expect(logs).toEqual([
      'warning: the outcome could not be written to pull request #7: GitHub refused to update comment 5 (422): body is too long. The job summary has it'
    ])
  })

  it('makes a comment when the pull request has none', async () => {
    const github = new FakeGitHub()
    await reportOnPullRequest({
      github,
      pull: 7,
      marker: MARKER,
      environment: '',
      sections: ['- refused to publish compass: not reviewed\n'],
      logger
    })
    expect(github.writes).toEqual(['create #7'])
    expect(github.comments[0]!.body).toBe(
      `${MARKER}\n\n<!-- plugsync-config:promotion -->\n- refused to publish compass: not reviewed\n`
    )
  })

  it('a comment GitHub refuses to update is a warning, not a failure', async () => {
    const github = new FakeGitHub()
    const comment = withComment(github, review)
    github.failWith = new GitHubError(
      'forbidden',
      'GitHub refused to update comment 5 (403): Resource not accessible by integration'
    )
    await reportOnPullRequest({
      github,
      pull: 7,
      comment,
      marker: MARKER,
      environment: '',
      sections: ['x\n'],
      logger
    })
    expect(logs).toEqual([
      'warning: the outcome could not be written to pull request #7: GitHub refused to update comment 5 (403): Resource not accessible by integration. The job summary has it; give the workflow pull-requests: write to keep the comment up to date'
    ])
  })
})

describe('findReview', () => {
  const event = {
    name: 'push',
    ref: 'refs/heads/main',
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository: 'acme/connectors',
    serverUrl: 'https://github.com',
    defaultBranch: 'main'
  }
  const merged: PullRequestRef = {
    number: 7,
    state: 'closed',
    mergedAt: '2026-12-01T10:00:00Z',
    headSha: RECORD.headSha,
    baseRef: 'main'
  }

  it('reads the record of the merged pull request', async () => {
    const github = new FakeGitHub()
    github.pulls = [merged]
    withComment(github, `${MARKER}\n${encodeRecord(RECORD)}`)
    const found = await findReview({
      github,
      event,
      marker: MARKER,
      required: true,
      logger
    })
    expect(found.state).toEqual({
      required: true,
      source: 'pull request #7',
      connectors: RECORD.connectors
    })
    expect(found.pull).toBe(merged)
    expect(found.comment?.id).toBe(5)
  })

  it.each([
    [
      'no pull request',
      (g: FakeGitHub) => g,
      'no merged pull request produced commit 0123456'
    ],
    [
      'no comment',
      (g: FakeGitHub) => {
        g.pulls = [merged]
        return g
      },
      'pull request #7 has no comment of this action recording its review (did its check run with a plugsync-token?)'
    ],
    [
      'a damaged record',
      (g: FakeGitHub) => {
        g.pulls = [merged]
        withComment(g, `${MARKER}\n<!-- plugsync-config:record !!! -->`)
        return g
      },
      'the comment on pull request #7 holds no review record this build can read (the hidden record is not base64)'
    ],
    [
      'a GitHub failure',
      (g: FakeGitHub) => {
        g.failWith = new GitHubError('transient', 'GitHub failed (502)')
        return g
      },
      'the pull request of commit 0123456 could not be looked up (GitHub failed (502))'
    ]
  ])('%s: no review, and the reason in words', async (_, arrange, missing) => {
    const github = arrange(new FakeGitHub())
    const found = await findReview({
      github,
      event,
      marker: MARKER,
      required: true,
      logger
    })
    expect(found.state).toEqual({ required: true, missing, connectors: [] })
  })

  it('without a GitHub token there is no review to find', async () => {
    const found = await findReview({
      github: undefined,
      event,
      marker: MARKER,
      required: false,
      logger
    })
    expect(found.state.missing).toBe(
      'no github-token was given to look up the pull request that was reviewed'
    )
    expect(logs).toEqual([
      'info: no github-token was given to look up the pull request that was reviewed; require-review is off'
    ])
  })

  it('ignores a record in a comment someone else wrote', async () => {
    const github = new FakeGitHub()
    github.pulls = [merged]
    github.comments.push({
      id: 6,
      body: `${MARKER}\n${encodeRecord(RECORD)}`,
      author: 'mallory',
      url: ''
    })
    const found = await findReview({
      github,
      event,
      marker: MARKER,
      required: true,
      logger
    })
    expect(found.state.connectors).toEqual([])
    expect(found.state.missing).toMatch(
      /^pull request #7 has no comment of this action/
    )
  })
})
