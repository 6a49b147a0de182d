import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import { CONFIG, TOKEN } from './helpers.js'

let sandbox: Sandbox

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN })
  sandbox.createConnector('cn_1', 'ERP to HubSpot')
})

afterEach(async () => {
  await sandbox.close()
})

interface Answer {
  status: number
  headers: Headers
  body: unknown
}

/** One raw request to the sandbox, as any HTTP client would make it. */
async function api(
  method: string,
  path: string,
  options: {
    body?: unknown
    token?: string | null
    headers?: Record<string, string>
  } = {}
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers }
  const token = options.token === undefined ? TOKEN : options.token
  if (token !== null) headers.authorization = `Bearer ${token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(sandbox.url + path, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body)
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : JSON.parse(text)
  }
}

describe('sandbox: the address it listens on', () => {
  it('serves the API under /api on 127.0.0.1', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9][0-9]*\/api$/)
  })

  it('refuses any host other than 127.0.0.1', async () => {
    await expect(
      startSandbox({ host: '0.0.0.0' as '127.0.0.1' })
    ).rejects.toThrow('the sandbox listens only on 127.0.0.1, not 0.0.0.0')
  })

  it('makes up a random token when given none', async () => {
    const other = await startSandbox()
    await other.close()
    expect(other.token).toMatch(/^psk_sandbox_[0-9a-f]{36}$/)
  })
})

describe('sandbox: authentication', () => {
  it('answers 401 without a token', async () => {
    const answer = await api('GET', '/connectors/cn_1', { token: null })
    expect(answer).toMatchObject({
      status: 401,
      body: { detail: 'Not authenticated' }
    })
  })

  it('answers 401 for a wrong token', async () => {
    const answer = await api('GET', '/connectors/cn_1', { token: 'nope' })
    expect(answer).toMatchObject({
      status: 401,
      body: { detail: 'Invalid token' }
    })
  })

  it('answers 403 for a connector of another org', async () => {
    sandbox.createConnector('cn_9', 'Someone else', 'other-org')
    const answer = await api('GET', '/connectors/cn_9/draft')
    expect(answer).toMatchObject({
      status: 403,
      body: { detail: 'This token has no access to the connector' }
    })
  })
})

describe('sandbox: connectors', () => {
  it('reads a connector with no active version', async () => {
    const answer = await api('GET', '/connectors/cn_1')
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      id: 'cn_1',
      name: 'ERP to HubSpot',
      active_version: null
    })
  })

  it('answers 404 for an unknown connector and an unknown route', async () => {
    expect(await api('GET', '/connectors/cn_404')).toMatchObject({
      status: 404,
      body: { detail: 'Connector not found' }
    })
    expect(await api('GET', '/connectors/cn_1/nothing')).toMatchObject({
      status: 404,
      body: { detail: 'Not Found' }
    })
  })

  it('answers 405 with Allow for a method a route does not take', async () => {
    const answer = await api('DELETE', '/connectors/cn_1/draft')
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe('GET, PATCH')
  })

  it('creates a connector with POST /connectors and an empty draft', async () => {
    const created = await api('POST', '/connectors', { body: { name: 'New' } })
    expect(created).toMatchObject({
      status: 201,
      body: { id: 'cn_2', name: 'New', active_version: null }
    })
    expect((await api('GET', '/connectors/cn_2/draft')).body).toMatchObject({
      config: {}
    })
    expect(
      await api('POST', '/connectors', { body: { id: 'cn_1', name: 'x' } })
    ).toMatchObject({
      status: 409,
      body: { detail: 'Connector cn_1 already exists' }
    })
  })

  it('refuses a connector without a name, or with a name not text, as pydantic does', async () => {
    const detail = async (body: object) =>
      (await api('POST', '/connectors', { body })).body
    expect(await detail({ id: 'cn_x' })).toEqual({
      detail: [
        { loc: ['body', 'name'], msg: 'Field required', type: 'missing' }
      ]
    })
    expect(await detail({ id: 'cn_x', name: 5 })).toEqual({
      detail: [
        {
          loc: ['body', 'name'],
          msg: 'Input should be a valid string',
          type: 'string_type'
        }
      ]
    })
  })

  it('creates the ids a manifest accepts and refuses the others', async () => {
    const dotted = await api('POST', '/connectors', {
      body: { id: 'shop.eu-1', name: 'Shop' }
    })
    expect(dotted).toMatchObject({ status: 201, body: { id: 'shop.eu-1' } })
    expect(
      await api('POST', '/connectors', { body: { id: '..', name: 'x' } })
    ).toMatchObject({
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'id'],
            msg: 'String should match pattern ^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$',
            type: 'string_pattern_mismatch'
          }
        ]
      }
    })
  })
})

describe('sandbox: the draft', () => {
  it('gives the draft an ETag that changes with every write', async () => {
    const first = await api('GET', '/connectors/cn_1/draft')
    expect(first.headers.get('etag')).toBe('"r0"')
    const patched = await api('PATCH', '/connectors/cn_1/draft', {
      body: CONFIG
    })
    expect(patched.status).toBe(200)
    expect(patched.headers.get('etag')).toBe('"r1"')
    const read = await api('GET', '/connectors/cn_1/draft')
    expect(read.headers.get('etag')).toBe('"r1"')
    expect(read.body).toEqual(patched.body)
  })

  it('replaces only the keys a PATCH gives', async () => {
    await api('PATCH', '/connectors/cn_1/draft', {
      body: { version: '3.0', settings: { a: 1 } }
    })
    await api('PATCH', '/connectors/cn_1/draft', {
      body: { settings: { b: 2 } }
    })
    const draft = await api('GET', '/connectors/cn_1/draft')
    expect((draft.body as { config: unknown }).config).toEqual({
      settings: { b: 2 },
      version: '3.0'
    })
  })

  it('answers 412 to a PATCH whose If-Match is stale, and keeps the draft', async () => {
    await api('PATCH', '/connectors/cn_1/draft', { body: { version: '3.0' } })
    const answer = await api('PATCH', '/connectors/cn_1/draft', {
      body: { version: '3.1' },
      headers: { 'if-match': '"r0"' }
    })
    expect(answer).toMatchObject({
      status: 412,
      body: { detail: 'The draft changed since it was read' }
    })
    expect(sandbox.state.drafts.cn_1?.config).toEqual({ version: '3.0' })
  })

  it('accepts a PATCH whose If-Match is current', async () => {
    const answer = await api('PATCH', '/connectors/cn_1/draft', {
      body: { version: '3.0' },
      headers: { 'if-match': '"r0"' }
    })
    expect(answer.status).toBe(200)
  })

  it('answers 422 with a pydantic detail for a version the backend rejects', async () => {
    const answer = await api('PATCH', '/connectors/cn_1/draft', {
      body: { version: 3 }
    })
    expect(answer).toEqual({
      status: 422,
      headers: answer.headers,
      body: {
        detail: [
          {
            loc: ['body', 'version'],
            msg: "Input should be '3.0' or '3.1'",
            type: 'literal_error'
          }
        ]
      }
    })
    expect(sandbox.state.drafts.cn_1?.revision).toBe(0)
  })

  it('does not judge keys a partial PATCH leaves alone', async () => {
    const answer = await api('PATCH', '/connectors/cn_1/draft', {
      body: { settings: {} }
    })
    expect(answer.status).toBe(200)
  })

  it('answers 422 to a body that is not a JSON object', async () => {
    expect(
      (await api('PATCH', '/connectors/cn_1/draft', { body: '[1]' })).body
    ).toEqual({
      detail: [
        {
          loc: ['body'],
          msg: 'Input should be a valid dictionary',
          type: 'dict_type'
        }
      ]
    })
    expect(
      (await api('PATCH', '/connectors/cn_1/draft', { body: '{"version"' }))
        .body
    ).toEqual({
      detail: [
        { loc: ['body', 0], msg: 'JSON decode error', type: 'json_invalid' }
      ]
    })
  })
})

describe('sandbox: versions and publish', () => {
  it('answers 404 for the active version before the first publish', async () => {
    expect(await api('GET', '/connectors/cn_1/versions/active')).toMatchObject({
      status: 404,
      body: { detail: 'No version has been published' }
    })
  })

  it('publishes the draft as v1, then v2, keeping v1 as it was', async () => {
    await api('PATCH', '/connectors/cn_1/draft', { body: CONFIG })
    const first = await api('POST', '/connectors/cn_1/publish')
    expect(first).toMatchObject({ status: 201, body: { version: 1 } })
    await api('PATCH', '/connectors/cn_1/draft', {
      body: { settings: { region: 'eu' } }
    })
    const second = await api('POST', '/connectors/cn_1/publish')
    expect(second).toMatchObject({ status: 201, body: { version: 2 } })

    const v1 = await api('GET', '/connectors/cn_1/versions/1')
    expect(
      (v1.body as { config: { settings?: unknown } }).config.settings
    ).toBeUndefined()
    const active = await api('GET', '/connectors/cn_1/versions/active')
    expect(active.body).toMatchObject({
      version: 2,
      config: { settings: { region: 'eu' } }
    })
    expect((await api('GET', '/connectors/cn_1')).body).toMatchObject({
      active_version: 2
    })
    expect(await api('GET', '/connectors/cn_1/versions/3')).toMatchObject({
      status: 404,
      body: { detail: 'Version not found' }
    })
  })

  it('refuses with 409 to publish a draft equal to the active version', async () => {
    await api('PATCH', '/connectors/cn_1/draft', { body: CONFIG })
    await api('POST', '/connectors/cn_1/publish')
    expect(await api('POST', '/connectors/cn_1/publish')).toMatchObject({
      status: 409,
      body: {
        detail: 'The draft equals the active version: nothing to publish'
      }
    })
    expect(sandbox.state.versions.cn_1).toHaveLength(1)
  })

  it('refuses with 422 to publish a draft the backend rejects, at loc without body', async () => {
    sandbox.setDraft('cn_1', { version: '2.0' })
    expect(await api('POST', '/connectors/cn_1/publish')).toMatchObject({
      status: 422,
      body: {
        detail: [
          {
            loc: ['version'],
            msg: "Input should be '3.0' or '3.1'",
            type: 'literal_error'
          }
        ]
      }
    })
  })

  it('lets tests publish as someone outside git would', async () => {
    sandbox.setDraft('cn_1', CONFIG)
    expect(sandbox.publishDraft('cn_1')).toMatchObject({ version: 1 })
    expect(() => sandbox.publishDraft('cn_1')).toThrow(
      'the draft of cn_1 equals the active version: nothing to publish'
    )
    sandbox.setDraft('cn_1', { version: 3 } as never)
    expect(() => sandbox.publishDraft('cn_1')).toThrow(
      "PlugSync would reject the draft of cn_1: Input should be '3.0' or '3.1' at /version"
    )
  })
})

describe('sandbox: the request record', () => {
  it('records method, path, headers without the token, an auth flag and the body', async () => {
    await api('PATCH', '/connectors/cn_1/draft', { body: { version: '3.0' } })
    await api('GET', '/connectors/cn_1', { token: 'wrong' })
    await api('GET', '/connectors/cn_1', { token: null })
    const [patch, wrong, none] = sandbox.requests
    expect(patch).toMatchObject({
      method: 'PATCH',
      path: '/api/connectors/cn_1/draft',
      auth: 'valid',
      body: { version: '3.0' }
    })
    expect(patch?.headers['content-type']).toBe('application/json')
    expect(patch?.headers.authorization).toBeUndefined()
    expect(JSON.stringify(sandbox.requests)).not.toContain(TOKEN)
    expect(wrong?.auth).toBe('invalid')
    expect(none?.auth).toBe('none')
  })
})

describe('sandbox: faults', () => {
  it('plays a status with Retry-After for the next N matching calls only', async () => {
    sandbox.inject({
      method: 'GET',
      path: '/connectors/cn_1',
      status: 429,
      retryAfter: 7,
      times: 2
    })
    const first = await api('GET', '/connectors/cn_1')
    expect(first.status).toBe(429)
    expect(first.headers.get('retry-after')).toBe('7')
    expect((await api('GET', '/connectors/cn_1')).status).toBe(429)
    expect((await api('GET', '/connectors/cn_1')).status).toBe(200)
  })

  it('matches paths with or without /api, or by pattern, and by method', async () => {
    sandbox.inject({ path: '/api/connectors/cn_1', status: 500 })
    sandbox.inject({ path: /\/draft$/, status: 502 })
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_1/publish',
      status: 503
    })
    expect((await api('GET', '/connectors/cn_1')).status).toBe(500)
    expect((await api('GET', '/connectors/cn_1/draft')).status).toBe(502)
    expect((await api('GET', '/connectors/cn_1/publish')).status).toBe(405)
    expect((await api('POST', '/connectors/cn_1/publish')).status).toBe(503)
  })

  it('sends a given body and content type', async () => {
    sandbox.inject({
      path: '/connectors/cn_1',
      status: 502,
      body: '<html>bad gateway</html>',
      contentType: 'text/html'
    })
    const response = await fetch(`${sandbox.url}/connectors/cn_1`)
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toBe('<html>bad gateway</html>')
  })

  it('drops the connection', async () => {
    sandbox.inject({ path: '/connectors/cn_1', drop: true })
    await expect(api('GET', '/connectors/cn_1')).rejects.toThrow('fetch failed')
  })

  it('applies a write before losing its answer with processFirst', async () => {
    sandbox.inject({
      path: '/connectors/cn_1/draft',
      method: 'PATCH',
      drop: true,
      processFirst: true
    })
    await expect(
      api('PATCH', '/connectors/cn_1/draft', { body: { version: '3.0' } })
    ).rejects.toThrow('fetch failed')
    expect(sandbox.state.drafts.cn_1?.config).toEqual({ version: '3.0' })
  })

  it('redirects', async () => {
    sandbox.inject({
      path: '/connectors/cn_1',
      redirectTo: '/api/connectors/cn_2'
    })
    const response = await fetch(`${sandbox.url}/connectors/cn_1`, {
      redirect: 'manual'
    })
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/api/connectors/cn_2')
  })

  it('delays an answer that then arrives as usual', async () => {
    sandbox.inject({ path: '/connectors/cn_1', delayMs: 60 })
    const started = Date.now()
    expect((await api('GET', '/connectors/cn_1')).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('refuses a fault with a count below one', () => {
    expect(() => sandbox.inject({ path: '/x', times: 0 })).toThrow(
      'fault times 0 is not a whole number of at least 1'
    )
  })
})
