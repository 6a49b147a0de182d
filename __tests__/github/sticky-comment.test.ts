import {
  findOwnComment,
  upsertComment
} from '../../src/github/sticky-comment.js'
import { openHarness, requestLines, type Harness } from './helpers.js'

const MARKER = '<!-- plugsync-config:comment 0123456789ab -->'
const COMMENTS = '/repos/acme/connectors/issues/7/comments'

let h: Harness
beforeEach(async () => {
  h = await openHarness()
})
afterEach(async () => {
  await h.github.stop()
})

function body(text: string): string {
  return `${MARKER}\n${text}`
}

describe('upsertComment', () => {
  it('creates the comment when there is none', async () => {
    const outcome = await upsertComment(h.api, 7, MARKER, body('one'), h.logger)
    expect(outcome).toMatchObject({ status: 'created' })
    expect(h.github.comments.map((c) => c.body)).toEqual([body('one')])
    expect(requestLines(h.github)).toEqual([
      'GET /user',
      `GET ${COMMENTS}?per_page=100`,
      `POST ${COMMENTS}`
    ])
  })

  it('updates the same comment on the next run', async () => {
    await upsertComment(h.api, 7, MARKER, body('one'), h.logger)
    const outcome = await upsertComment(h.api, 7, MARKER, body('two'), h.logger)
    expect(outcome).toMatchObject({ status: 'updated', comment: { id: 1000 } })
    expect(h.github.comments.map((c) => c.body)).toEqual([body('two')])
    expect(requestLines(h.github).slice(-1)).toEqual([
      'PATCH /repos/acme/connectors/issues/comments/1000'
    ])
  })

  it('finds its comment behind 120 older comments, on the second page', async () => {
    for (let n = 0; n < 50; n++) h.github.addComment(7, `older ${n}`)
    h.github.addComment(7, body('mine'), 'github-actions[bot]')
    for (let n = 0; n < 70; n++) h.github.addComment(7, `newer ${n}`)
    await upsertComment(h.api, 7, MARKER, body('three'), h.logger)
    expect(h.github.comments).toHaveLength(121)
    expect(h.github.comments[50]!.body).toBe(body('three'))
  })

  it('never takes its own comment that quotes the marker for its comment', async () => {
    h.github.addComment(7, `quoting a config: ${MARKER}`, 'github-actions[bot]')
    await upsertComment(h.api, 7, MARKER, body('mine'), h.logger)
    expect(h.github.comments.map((c) => c.body)).toEqual([
      `quoting a config: ${MARKER}`,
      body('mine')
    ])
  })

  it('never trusts a marker in a comment by someone else', async () => {
    h.github.addComment(7, body('pasted by a person'), 'mallory')
    h.github.addComment(7, body('another bot'), 'renovate[bot]')
    await upsertComment(h.api, 7, MARKER, body('mine'), h.logger)
    expect(h.github.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', body('pasted by a person')],
      ['renovate[bot]', body('another bot')],
      ['github-actions[bot]', body('mine')]
    ])
  })

  it('trusts the login GET /user names when the token may read it', async () => {
    h.github.userForbidden = false
    h.github.login = 'release-bot'
    h.github.addComment(7, body('by the actions bot'), 'github-actions[bot]')
    const mine = h.github.addComment(7, body('by release-bot'), 'release-bot')
    const outcome = await upsertComment(h.api, 7, MARKER, body('x'), h.logger)
    expect(outcome).toMatchObject({
      status: 'updated',
      comment: { id: mine.id }
    })
  })

  it('keeps a comment per marker', async () => {
    const other = '<!-- plugsync-config:comment ba9876543210 -->'
    h.github.addComment(7, `${other}\nother manifest`, 'github-actions[bot]')
    await upsertComment(h.api, 7, MARKER, body('mine'), h.logger)
    expect(h.github.comments.map((c) => c.body)).toEqual([
      `${other}\nother manifest`,
      body('mine')
    ])
  })

  it('reports a 403 on the comment as forbidden, not as an error', async () => {
    h.github.inject({
      method: 'POST',
      path: /comments$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' }
    })
    const outcome = await upsertComment(h.api, 7, MARKER, body('x'), h.logger)
    expect(outcome).toEqual({
      status: 'forbidden',
      message:
        'GitHub: could not comment on #7: 403 Resource not accessible by integration: the token may not do this; give the job the permission (e.g. pull-requests: write) or pass another github-token'
    })
  })

  it('leaves one comment when the answer to the creation was lost', async () => {
    h.github.inject({
      method: 'POST',
      path: /comments$/,
      status: 502,
      times: 1
    })
    const outcome = await upsertComment(h.api, 7, MARKER, body('x'), h.logger)
    expect(outcome).toMatchObject({ status: 'created' })
    expect(h.github.comments.map((c) => c.body)).toEqual([body('x')])
    expect(requestLines(h.github)).toEqual([
      'GET /user',
      `GET ${COMMENTS}?per_page=100`,
      `POST ${COMMENTS}`,
      `GET ${COMMENTS}?per_page=100`,
      `POST ${COMMENTS}`
    ])
  })

  it('throws other failures for the caller to report', async () => {
    h.github.inject({ path: /comments$/, status: 404, times: 1 })
    await expect(
      upsertComment(h.api, 7, MARKER, body('x'), h.logger)
    ).rejects.toMatchObject({ kind: 'not-found' })
  })
})

describe('findOwnComment', () => {
  it('takes the oldest of its own marked comments', async () => {
    const first = h.github.addComment(7, body('a'), 'github-actions[bot]')
    h.github.addComment(7, body('b'), 'github-actions[bot]')
    expect((await findOwnComment(h.api, 7, MARKER))?.id).toBe(first.id)
  })

  it('finds nothing on a pull request without its comment', async () => {
    h.github.addComment(7, 'hello', 'github-actions[bot]')
    expect(await findOwnComment(h.api, 7, MARKER)).toBeUndefined()
  })
})
