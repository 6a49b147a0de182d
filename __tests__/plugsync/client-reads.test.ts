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

describe('PlugSyncClient reads', () => {
  it('reads a connector, sending the token and asking for JSON', async () => {
    const { client } = clientFor(sandbox)
    expect(await client.getConnector('cn_123')).toEqual({
      id: 'cn_123',
      name: 'ERP to HubSpot',
      activeVersion: null
    })
    const [request] = sandbox.requests
    expect(request).toMatchObject({
      method: 'GET',
      path: '/api/connectors/cn_123',
      auth: 'valid'
    })
    expect(request?.headers.accept).toBe('application/json')
  })

  it('escapes a connector id in the path', async () => {
    const { client } = clientFor(sandbox)
    await failure(client.getConnector('a/b c'))
    expect(sandbox.requests[0]?.path).toBe('/api/connectors/a%2Fb%20c')
  })

  it('reads the draft normalised, with its ETag and time', async () => {
    sandbox.setDraft('cn_123', CONFIG)
    const { client } = clientFor(sandbox)
    const draft = await client.getDraft('cn_123')
    expect(draft.config).toEqual(NORMALISED)
    expect(JSON.stringify(draft.config)).toBe(JSON.stringify(NORMALISED))
    expect(draft.etag).toBe('"r1"')
    expect(draft.updatedAt).toBe(sandbox.state.drafts.cn_123?.updatedAt)
  })

  it('reads the active version, normalised', async () => {
    sandbox.setDraft('cn_123', CONFIG)
    const published = sandbox.publishDraft('cn_123')
    const { client } = clientFor(sandbox)
    expect(await client.getActiveVersion('cn_123')).toEqual({
      version: 1,
      config: NORMALISED,
      publishedAt: published.publishedAt
    })
  })

  it('gives null for the active version before the first publish', async () => {
    const { client } = clientFor(sandbox)
    expect(await client.getActiveVersion('cn_123')).toBeNull()
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_123/versions/active',
      'GET /api/connectors/cn_123'
    ])
  })

  it('tells an unknown connector apart from one never published', async () => {
    const { client } = clientFor(sandbox)
    const error = await failure(client.getActiveVersion('cn_404'))
    expect(error.kind).toBe('not-found')
    expect(error.status).toBe(404)
    expect(error.connectorId).toBe('cn_404')
    expect(error.message).toBe(
      'PlugSync has no connector cn_404 (404): check the connector id and that api-url points at the right PlugSync'
    )
  })

  it('reads a version by number, and says which one is missing', async () => {
    sandbox.setDraft('cn_123', CONFIG)
    sandbox.publishDraft('cn_123')
    const { client } = clientFor(sandbox)
    expect((await client.getVersion('cn_123', 1)).config).toEqual(NORMALISED)
    const error = await failure(client.getVersion('cn_123', 2))
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe(
      'PlugSync has no version 2 of connector cn_123 (404): check the connector id and that api-url points at the right PlugSync'
    )
  })
})

describe('PlugSyncClient status messages', () => {
  it('401: says the token was refused and where to fix it', async () => {
    const { client } = clientFor(sandbox, { token: 'psk_wrong_token_value' })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.kind).toBe('unauthorized')
    expect(error.status).toBe(401)
    expect(error.message).toBe(
      'PlugSync refused the token (401) trying to read the draft of connector cn_123: the token is missing, wrong or expired; check the plugsync-token input'
    )
  })

  it('403: says the token has no access to the connector', async () => {
    sandbox.createConnector('cn_9', 'Other org', 'acme')
    const { client } = clientFor(sandbox)
    const error = await failure(client.getConnector('cn_9'))
    expect(error.kind).toBe('forbidden')
    expect(error.message).toBe(
      'the token has no access to connector cn_9 (403): check that the token belongs to the right PlugSync org'
    )
  })

  it('is not retried for a 4xx', async () => {
    const { client, delays } = clientFor(sandbox, {
      token: 'psk_wrong_token_value'
    })
    await failure(client.getConnector('cn_123'))
    expect(sandbox.requests).toHaveLength(1)
    expect(delays).toEqual([])
  })

  it('an unexpected status is a bad response that quotes the body', async () => {
    sandbox.inject({
      path: '/connectors/cn_123',
      status: 418,
      body: '{"detail":"I am a teapot"}'
    })
    const { client } = clientFor(sandbox)
    const error = await failure(client.getConnector('cn_123'))
    expect(error.kind).toBe('bad-response')
    expect(error.status).toBe(418)
    expect(error.message).toBe(
      'PlugSync answered GET /connectors/cn_123 with an unexpected 418 I\'m a Teapot, trying to read connector cn_123: check api-url. The response began "{\\"detail\\":\\"I am a teapot\\"}"'
    )
  })
})

describe('PlugSyncClient bodies that are not what the API returns', () => {
  it('an HTML page with 200 is an error quoting its first characters', async () => {
    const page = `<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>${'x'.repeat(200)}</body></html>`
    sandbox.inject({
      path: '/connectors/cn_123/draft',
      status: 200,
      body: page,
      contentType: 'text/html'
    })
    const { client } = clientFor(sandbox)
    const error = await failure(client.getDraft('cn_123'))
    expect(error.kind).toBe('bad-response')
    expect(error.message).toBe(
      'PlugSync answered GET /connectors/cn_123/draft with 200 but the body is not JSON, trying to read the draft of connector cn_123: a proxy may be in the way; check api-url. The response began "<!DOCTYPE html> <html><head><title>Sign in</title></head><body>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"…'
    )
  })

  it('a truncated JSON body is an error, not a crash', async () => {
    sandbox.inject({
      path: '/connectors/cn_123/draft',
      status: 200,
      body: '{"config": {"vers'
    })
    const { client } = clientFor(sandbox)
    const error = await failure(client.getDraft('cn_123'))
    expect(error.kind).toBe('bad-response')
    expect(error.message).toContain('with 200 but the body is not JSON')
    expect(error.message).toContain(
      'The response began "{\\"config\\": {\\"vers"'
    )
  })

  it('JSON of the wrong shape names the field that is wrong', async () => {
    sandbox.inject({
      path: '/connectors/cn_123/draft',
      status: 200,
      body: '{"config": [], "updated_at": "now"}'
    })
    const { client } = clientFor(sandbox)
    const error = await failure(client.getDraft('cn_123'))
    expect(error.message).toBe(
      'PlugSync answered GET /connectors/cn_123/draft with 200 but the field "config" is missing or wrong, trying to read the draft of connector cn_123: a proxy may be in the way; check api-url. The response began "{\\"config\\": [], \\"updated_at\\": \\"now\\"}"'
    )
  })

  it('an empty body is named as such', async () => {
    sandbox.inject({ path: '/connectors/cn_123', status: 200, body: '' })
    const { client } = clientFor(sandbox)
    const error = await failure(client.getConnector('cn_123'))
    expect(error.message).toContain('The response began with an empty body')
  })
})
