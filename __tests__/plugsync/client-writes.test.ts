import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import {
  calls,
  clientFor,
  CONFIG,
  failure,
  NORMALISED,
  TOKEN
} from './helpers.js'

let sandbox: Sandbox

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN })
  sandbox.createConnector('cn_123', 'ERP to HubSpot')
})

afterEach(async () => {
  await sandbox.close()
})

describe('PlugSyncClient.patchDraft', () => {
  it('sends the config without $schema and returns the stored draft, normalised', async () => {
    const { client } = clientFor(sandbox)
    const draft = await client.patchDraft('cn_123', CONFIG)
    const sent = { ...CONFIG }
    delete sent.$schema
    expect(sandbox.requests[0]).toMatchObject({
      method: 'PATCH',
      path: '/api/connectors/cn_123/draft',
      body: sent
    })
    expect(sandbox.requests[0]?.headers['content-type']).toBe(
      'application/json'
    )
    expect(sandbox.requests[0]?.headers['if-match']).toBeUndefined()
    expect(draft.config).toEqual(NORMALISED)
    expect(draft.etag).toBe('"r1"')
  })

  it('does not fill defaults into a partial write', async () => {
    const { client } = clientFor(sandbox)
    await client.patchDraft('cn_123', { settings: { region: 'eu' } })
    expect(sandbox.requests[0]?.body).toEqual({ settings: { region: 'eu' } })
  })

  it('sends If-Match and writes when the draft is unchanged', async () => {
    const { client } = clientFor(sandbox)
    const { etag } = await client.getDraft('cn_123')
    await client.patchDraft('cn_123', CONFIG, { ifMatch: etag })
    expect(sandbox.requests[1]?.headers['if-match']).toBe('"r0"')
    expect(sandbox.state.drafts.cn_123?.revision).toBe(1)
  })

  it('412: says someone else wrote in between, and keeps their work', async () => {
    const { client } = clientFor(sandbox)
    const { etag } = await client.getDraft('cn_123')
    sandbox.setDraft('cn_123', { version: '3.0', settings: { wip: true } })
    const error = await failure(
      client.patchDraft('cn_123', CONFIG, { ifMatch: etag })
    )
    expect(error.kind).toBe('precondition-failed')
    expect(error.status).toBe(412)
    expect(error.message).toBe(
      'the draft of connector cn_123 changed since it was read (412): someone else wrote to it in between; re-run to read it again and review what changed'
    )
    expect(sandbox.state.drafts.cn_123?.config).toEqual({
      settings: { wip: true },
      version: '3.0'
    })
  })

  it('a 412 after a lost answer is success when the draft holds what was sent', async () => {
    const { client, logs } = clientFor(sandbox)
    const { etag } = await client.getDraft('cn_123')
    sandbox.inject({
      method: 'PATCH',
      path: '/connectors/cn_123/draft',
      drop: true,
      processFirst: true
    })
    const draft = await client.patchDraft('cn_123', CONFIG, { ifMatch: etag })
    expect(draft.config).toEqual(NORMALISED)
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_123/draft',
      'PATCH /api/connectors/cn_123/draft',
      'PATCH /api/connectors/cn_123/draft',
      'GET /api/connectors/cn_123/draft'
    ])
    expect(logs).toContain(
      'info: PlugSync: the draft of connector cn_123 already holds what was sent: an earlier attempt of the write went through'
    )
  })

  it('a 412 after a lost answer stays an error when the draft holds something else', async () => {
    const { client } = clientFor(sandbox)
    const { etag } = await client.getDraft('cn_123')
    sandbox.inject({
      method: 'PATCH',
      path: '/connectors/cn_123/draft',
      status: 503
    })
    sandbox.setDraft('cn_123', { version: '3.0' })
    const error = await failure(
      client.patchDraft('cn_123', CONFIG, { ifMatch: etag })
    )
    expect(error.kind).toBe('precondition-failed')
    expect(sandbox.state.drafts.cn_123?.config).toEqual({ version: '3.0' })
  })

  it('422: carries the backend detail and names it in the message', async () => {
    const { client } = clientFor(sandbox)
    const error = await failure(
      client.patchDraft('cn_123', { ...CONFIG, version: '4.0' })
    )
    expect(error.kind).toBe('invalid')
    expect(error.status).toBe(422)
    expect(error.detail).toEqual([
      {
        loc: ['body', 'version'],
        msg: "Input should be '3.0' or '3.1'",
        type: 'literal_error'
      }
    ])
    expect(error.message).toBe(
      "PlugSync rejected the config of cn_123 (422) with 1 problem: Input should be '3.0' or '3.1' at /version; fix the config and re-run"
    )
  })

  it('422 without a usable detail still says what happened', async () => {
    sandbox.inject({
      path: '/connectors/cn_123/draft',
      method: 'PATCH',
      status: 422,
      body: '{"detail": "bad"}'
    })
    const { client } = clientFor(sandbox)
    const error = await failure(client.patchDraft('cn_123', CONFIG))
    expect(error.kind).toBe('invalid')
    expect(error.detail).toBeUndefined()
    expect(error.message).toBe(
      'PlugSync rejected the request to write the draft of connector cn_123 (422) without saying where: the response began "{\\"detail\\": \\"bad\\"}"'
    )
  })

  it('413: a config over the size limit is refused once, with its own message', async () => {
    const huge = { ...CONFIG, settings: { note: 'x'.repeat(5 * 1024 * 1024) } }
    const { client } = clientFor(sandbox)
    const error = await failure(client.patchDraft('cn_123', huge))
    expect(error.kind).toBe('too-large')
    expect(error.status).toBe(413)
    expect(error.message).toBe(
      'the config is larger than PlugSync accepts (413), trying to write the draft of connector cn_123: make it smaller or split it'
    )
    expect(calls(sandbox)).toEqual(['PATCH /api/connectors/cn_123/draft'])
    expect(sandbox.state.drafts.cn_123?.config).toEqual({})
  })

  it('is retried on 503 and succeeds once PlugSync recovers', async () => {
    sandbox.inject({
      method: 'PATCH',
      path: '/connectors/cn_123/draft',
      status: 503,
      times: 2
    })
    const { client, delays } = clientFor(sandbox)
    const draft = await client.patchDraft('cn_123', CONFIG)
    expect(draft.config).toEqual(NORMALISED)
    expect(delays).toEqual([375, 750])
  })
})

describe('PlugSyncClient.publish', () => {
  beforeEach(() => {
    sandbox.setDraft('cn_123', CONFIG)
  })

  it('publishes the draft and returns the new version', async () => {
    const { client } = clientFor(sandbox)
    const published = await client.publish('cn_123')
    expect(published).toEqual({
      version: 1,
      publishedAt: sandbox.state.versions.cn_123?.[0]?.publishedAt
    })
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_123',
      'POST /api/connectors/cn_123/publish'
    ])
  })

  it('409: says there is nothing to publish', async () => {
    sandbox.publishDraft('cn_123')
    const { client } = clientFor(sandbox)
    const error = await failure(client.publish('cn_123'))
    expect(error.kind).toBe('conflict')
    expect(error.message).toBe(
      'nothing to publish for connector cn_123 (409): its draft equals the active version: PlugSync says "The draft equals the active version: nothing to publish"'
    )
  })

  it('422: the draft fails publish validation, at loc without body', async () => {
    sandbox.setDraft('cn_123', { ...CONFIG, version: 3.1 })
    const { client } = clientFor(sandbox)
    const error = await failure(client.publish('cn_123'))
    expect(error.kind).toBe('invalid')
    expect(error.detail).toEqual([
      {
        loc: ['version'],
        msg: "Input should be '3.0' or '3.1'",
        type: 'literal_error'
      }
    ])
    expect(sandbox.state.versions.cn_123).toEqual([])
  })

  it('is never repeated when the publish went through but its answer was lost', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_123/publish',
      drop: true,
      processFirst: true
    })
    const { client, logs } = clientFor(sandbox)
    const published = await client.publish('cn_123')
    expect(published).toEqual({
      version: 1,
      publishedAt: sandbox.state.versions.cn_123?.[0]?.publishedAt,
      recovered: true
    })
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_123',
      'POST /api/connectors/cn_123/publish',
      'GET /api/connectors/cn_123/versions/active'
    ])
    expect(sandbox.state.versions.cn_123).toHaveLength(1)
    expect(logs).toContain(
      'info: PlugSync: publishing connector cn_123 failed ambiguously (network) but v1 is now active: the publish went through'
    )
  })

  it('reads the active version after a 502 that published, and does not publish twice', async () => {
    sandbox.publishDraft('cn_123')
    sandbox.setDraft('cn_123', { ...CONFIG, settings: { region: 'eu' } })
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_123/publish',
      status: 502,
      processFirst: true
    })
    const { client } = clientFor(sandbox)
    const published = await client.publish('cn_123')
    expect(published).toMatchObject({ version: 2, recovered: true })
    expect(sandbox.state.versions.cn_123).toHaveLength(2)
  })

  it('repeats the POST only after reading that it did not happen', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_123/publish',
      status: 503,
      retryAfter: 2
    })
    const { client, delays } = clientFor(sandbox)
    const published = await client.publish('cn_123')
    expect(published).toEqual({
      version: 1,
      publishedAt: sandbox.state.versions.cn_123?.[0]?.publishedAt
    })
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_123',
      'POST /api/connectors/cn_123/publish',
      'GET /api/connectors/cn_123/versions/active',
      'GET /api/connectors/cn_123',
      'POST /api/connectors/cn_123/publish'
    ])
    expect(delays).toEqual([2000])
  })

  it('a timeout that did not publish is retried after the re-read', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_123/publish',
      delayMs: 300,
      drop: true
    })
    const { client, delays } = clientFor(sandbox, { timeoutMs: 100 })
    expect(await client.publish('cn_123')).toMatchObject({ version: 1 })
    expect(delays).toEqual([375])
  })

  it('gives up after the retries and says nothing was published', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_123/publish',
      status: 500,
      times: 3
    })
    const { client, delays } = clientFor(sandbox, { retries: 2 })
    const error = await failure(client.publish('cn_123'))
    expect(error.kind).toBe('transient')
    expect(error.message).toBe(
      'PlugSync failed to publish connector cn_123 with 500 Internal Server Error after 3 attempts: PlugSync, or a proxy in front of it, is having trouble; re-run later. The response began "{\\"detail\\":\\"Internal Server Error\\"}" (the active version is still none, so nothing was published)'
    )
    expect(delays).toEqual([375, 750])
    expect(sandbox.state.versions.cn_123).toEqual([])
  })

  it('says nobody can tell when the re-read fails too', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_123/publish',
      drop: true
    })
    sandbox.inject({
      path: '/connectors/cn_123/versions/active',
      status: 503,
      times: 4
    })
    const { client } = clientFor(sandbox)
    const error = await failure(client.publish('cn_123'))
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(
      /^could not tell whether connector cn_123 was published: could not publish connector cn_123: the connection to PlugSync failed \(.+\); check api-url and the network, then re-run; reading the active version afterwards failed too: PlugSync failed to read the active version of connector cn_123 with 503 Service Unavailable after 4 attempts: .+ Look at the connector's versions in the PlugSync dashboard before publishing again$/
    )
  })

  it('a 429 with a Retry-After beyond the cap stops with when to re-run', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_123/publish',
      status: 429,
      retryAfter: 3600
    })
    const { client, delays } = clientFor(sandbox)
    const error = await failure(client.publish('cn_123'))
    expect(error.kind).toBe('rate-limited')
    expect(error.message).toBe(
      'PlugSync asked to wait 3600 s before trying to publish connector cn_123 again (429 with Retry-After), longer than the 60 s this run waits: re-run after that time (the active version is still none, so nothing was published)'
    )
    expect(delays).toEqual([])
  })
})
