import { PlugSyncClient } from '../../src/plugsync/client.js'
import { mapLimit } from '../../src/plugsync/concurrency.js'
import { silentLogger } from '../../src/logger.js'
import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import { calls, clientFor, failure, TOKEN } from './helpers.js'

let sandbox: Sandbox

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN })
  sandbox.createConnector('cn_123', 'ERP to HubSpot')
})

afterEach(async () => {
  await sandbox.close()
})

const DRAFT = '/connectors/cn_123/draft'

describe('PlugSyncClient retries', () => {
  it.each([429, 500, 502, 503, 504])(
    'retries a GET answered %i',
    async (status) => {
      sandbox.inject({ path: DRAFT, status, times: 2 })
      const { client, delays } = clientFor(sandbox)
      await client.getDraft('cn_123')
      expect(calls(sandbox)).toEqual(
        Array(3).fill('GET /api/connectors/cn_123/draft')
      )
      expect(delays).toEqual([375, 750])
    }
  )

  it('backs off exponentially with jitter, and stops after the retries', async () => {
    sandbox.inject({ path: DRAFT, status: 503, times: 10 })
    const { client, delays, logs } = clientFor(sandbox, {
      retries: 5,
      random: () => 0
    })
    const error = await failure(client.getDraft('cn_123'))
    expect(sandbox.requests).toHaveLength(6)
    expect(delays).toEqual([250, 500, 1000, 2000, 4000])
    expect(error.kind).toBe('transient')
    expect(error.status).toBe(503)
    expect(error.message).toBe(
      'PlugSync failed to read the draft of connector cn_123 with 503 Service Unavailable after 6 attempts: PlugSync, or a proxy in front of it, is having trouble; re-run later. The response began "{\\"detail\\":\\"Service Unavailable\\"}"'
    )
    expect(logs.filter((line) => line.startsWith('info:'))[0]).toBe(
      'info: PlugSync: GET /connectors/cn_123/draft answered 503; retry 1 of 5 in 250 ms'
    )
  })

  it('caps the backoff and spreads it with the jitter', async () => {
    sandbox.inject({ path: DRAFT, status: 500, times: 6 })
    const { client, delays } = clientFor(sandbox, {
      retries: 6,
      random: () => 0.999
    })
    await client.getDraft('cn_123')
    expect(delays).toEqual([500, 1000, 1999, 3998, 7996, 7996])
  })

  it('makes one attempt with retries 0', async () => {
    sandbox.inject({ path: DRAFT, status: 502 })
    const { client, delays } = clientFor(sandbox, { retries: 0 })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.message).toContain(
      'with 502 Bad Gateway: PlugSync, or a proxy'
    )
    expect(delays).toEqual([])
  })

  it('honours Retry-After in seconds', async () => {
    sandbox.inject({ path: DRAFT, status: 429, retryAfter: 7 })
    sandbox.inject({ path: DRAFT, status: 503, retryAfter: 0 })
    const { client, delays } = clientFor(sandbox)
    await client.getDraft('cn_123')
    expect(delays).toEqual([7000, 0])
  })

  it('waits for real when no sleep is injected', async () => {
    sandbox.inject({ path: DRAFT, status: 429, retryAfter: 1 })
    const { client } = clientFor(sandbox, { sleep: undefined })
    const started = Date.now()
    await client.getDraft('cn_123')
    expect(Date.now() - started).toBeGreaterThanOrEqual(990)
  })

  it('stops at once when Retry-After is beyond the cap', async () => {
    sandbox.inject({ path: DRAFT, status: 429, retryAfter: 61 })
    const { client, delays } = clientFor(sandbox)
    const error = await failure(client.getDraft('cn_123'))
    expect(error.kind).toBe('rate-limited')
    expect(error.message).toBe(
      'PlugSync asked to wait 61 s before trying to read the draft of connector cn_123 again (429 with Retry-After), longer than the 60 s this run waits: re-run after that time'
    )
    expect(delays).toEqual([])
  })

  it('a 503 asking for a wait beyond the cap says when to re-run', async () => {
    sandbox.inject({ path: DRAFT, status: 503, retryAfter: 900 })
    const { client, delays } = clientFor(sandbox)
    const error = await failure(client.getDraft('cn_123'))
    expect(error.kind).toBe('transient')
    expect(error.message).toBe(
      'PlugSync asked to wait 900 s before trying to read the draft of connector cn_123 again (503 with Retry-After), longer than the 60 s this run waits: re-run after that time'
    )
    expect(delays).toEqual([])
  })

  it('429 after every retry says to wait or lower the concurrency', async () => {
    sandbox.inject({ path: DRAFT, status: 429, times: 2 })
    const { client } = clientFor(sandbox, { retries: 1 })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.message).toBe(
      'PlugSync kept rate-limiting the requests to read the draft of connector cn_123 (429) after 2 attempts: wait a minute and re-run, or lower the concurrency input'
    )
  })

  it('an HTML 502 page from a proxy is quoted after the retries', async () => {
    sandbox.inject({
      path: DRAFT,
      status: 502,
      times: 4,
      contentType: 'text/html',
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>'
    })
    const { client } = clientFor(sandbox)
    const error = await failure(client.getDraft('cn_123'))
    expect(error.message).toContain(
      'The response began "<html><body><h1>502 Bad Gateway</h1></body></html>"'
    )
  })
})

describe('PlugSyncClient timeouts and broken connections', () => {
  it('times out a request that gets no answer, and retries it', async () => {
    sandbox.inject({ path: DRAFT, delayMs: 400 })
    const { client, delays } = clientFor(sandbox, { timeoutMs: 100 })
    await client.getDraft('cn_123')
    expect(sandbox.requests).toHaveLength(2)
    expect(delays).toEqual([375])
  })

  it('says how long it waited when every attempt times out', async () => {
    sandbox.inject({ path: DRAFT, delayMs: 400, times: 2 })
    const { client } = clientFor(sandbox, { timeoutMs: 80, retries: 1 })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.kind).toBe('timeout')
    expect(error.message).toBe(
      'PlugSync did not answer GET /connectors/cn_123/draft within 80 ms after 2 attempts, trying to read the draft of connector cn_123: re-run later, or raise the timeout input'
    )
  })

  it('times out a body that stalls halfway', async () => {
    sandbox.inject({
      path: DRAFT,
      delayMs: 300,
      drop: true,
      body: '{"config":',
      times: 2
    })
    const { client } = clientFor(sandbox, { timeoutMs: 100, retries: 1 })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.kind).toBe('timeout')
  })

  it('retries a dropped connection', async () => {
    sandbox.inject({ path: DRAFT, drop: true })
    const { client, delays } = clientFor(sandbox)
    await client.getDraft('cn_123')
    expect(sandbox.requests).toHaveLength(2)
    expect(delays).toEqual([375])
  })

  it('a body cut off mid-way is a network error once the retries are spent', async () => {
    sandbox.inject({
      path: DRAFT,
      drop: true,
      body: '{"config": {"version": "3.',
      times: 2
    })
    const { client } = clientFor(sandbox, { retries: 1 })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(
      /^could not read the draft of connector cn_123: the connection to PlugSync failed \(.+\) after 2 attempts; check api-url and the network, then re-run$/
    )
    expect(error.cause).toMatchObject({ message: 'terminated' })
  })

  it('a refused connection names the cause', async () => {
    const closed = await startSandbox({ token: TOKEN })
    await closed.close()
    const { client } = clientFor(closed, { retries: 0 })
    const error = await failure(client.getConnector('cn_123'))
    expect(error.message).toBe(
      'could not read connector cn_123: the connection to PlugSync failed (connect ECONNREFUSED 127.0.0.1:' +
        new URL(closed.url).port +
        '); check api-url and the network, then re-run'
    )
  })
})

describe('PlugSyncClient redirects', () => {
  it('follows a redirect within the API origin, token included', async () => {
    sandbox.createConnector('cn_2', 'Moved')
    sandbox.inject({
      path: '/connectors/cn_123',
      redirectTo: '/api/connectors/cn_2'
    })
    const { client } = clientFor(sandbox)
    expect((await client.getConnector('cn_123')).id).toBe('cn_2')
    expect(sandbox.requests.map((r) => [r.path, r.auth])).toEqual([
      ['/api/connectors/cn_123', 'valid'],
      ['/api/connectors/cn_2', 'valid']
    ])
  })

  it('does not carry the token to another origin', async () => {
    const elsewhere = await startSandbox({ token: TOKEN })
    try {
      sandbox.inject({
        path: '/connectors/cn_123',
        redirectTo: `${elsewhere.url}/connectors/cn_123`
      })
      const { client } = clientFor(sandbox)
      const error = await failure(client.getConnector('cn_123'))
      expect(elsewhere.requests).toEqual([])
      expect(error.kind).toBe('bad-response')
      expect(error.status).toBe(307)
      const origin = new URL(sandbox.url).origin
      expect(error.message).toBe(
        `PlugSync answered GET /connectors/cn_123 with a redirect (307) to another origin, ${new URL(elsewhere.url).origin}, which was not followed so the token stays with ${origin}, trying to read connector cn_123: if PlugSync moved, set api-url to its new address`
      )
      expect(sandbox.requests).toHaveLength(1)
    } finally {
      await elsewhere.close()
    }
  })

  it('does not follow a redirect loop for ever', async () => {
    sandbox.inject({
      path: '/connectors/cn_123',
      redirectTo: '/api/connectors/cn_123',
      times: 10
    })
    const { client } = clientFor(sandbox)
    const error = await failure(client.getConnector('cn_123'))
    expect(error.message).toContain('with a redirect (307) more than 5 times')
    expect(sandbox.requests).toHaveLength(5)
  })

  it('keeps the method and body of a write on a 307', async () => {
    sandbox.inject({
      method: 'PATCH',
      path: DRAFT,
      redirectTo: '/api/connectors/cn_123/draft'
    })
    const { client } = clientFor(sandbox)
    await client.patchDraft('cn_123', { version: '3.0' })
    expect(sandbox.requests.map((r) => [r.method, r.body])).toEqual([
      ['PATCH', { version: '3.0' }],
      ['PATCH', { version: '3.0' }]
    ])
  })
})

describe('PlugSyncClient api-url rule', () => {
  it.each([
    ['https://app.plugsync.com/api', undefined],
    ['http://127.0.0.1:4870/api', undefined],
    ['http://127.1.2.3/api', undefined],
    ['http://localhost:4870/api', undefined],
    ['http://[::1]:4870/api', undefined],
    [
      'http://app.plugsync.com/api',
      'api-url "http://app.plugsync.com/api" uses plain http to a host that is not loopback: use https:// (http is allowed only for 127.0.0.1, ::1 and localhost, e.g. the local sandbox)'
    ],
    [
      'http://127.0.0.1.example.com/api',
      'api-url "http://127.0.0.1.example.com/api" uses plain http to a host that is not loopback: use https:// (http is allowed only for 127.0.0.1, ::1 and localhost, e.g. the local sandbox)'
    ],
    [
      'app.plugsync.com/api',
      'api-url "app.plugsync.com/api" is not an absolute URL: use e.g. https://app.plugsync.com/api'
    ],
    [
      'ftp://app.plugsync.com/api',
      'api-url "ftp://app.plugsync.com/api" is not an http(s) URL: use https://, e.g. https://app.plugsync.com/api'
    ],
    [
      'https://user:hunter2@app.plugsync.com/api',
      'api-url "https://***@app.plugsync.com/api" contains credentials: remove them, the token goes in its own input'
    ],
    [
      'https://app.plugsync.com/api?x=1',
      'api-url "https://app.plugsync.com/api?x=1" has a query or fragment: give only the base URL, e.g. https://app.plugsync.com/api'
    ]
  ])('checks %s', (url, message) => {
    expect(PlugSyncClient.checkApiUrl(url)).toBe(message)
  })

  it('refuses a bad URL in the constructor, before any request', () => {
    const make = (): PlugSyncClient =>
      new PlugSyncClient({
        apiUrl: 'http://plugsync.example/api',
        token: TOKEN,
        timeoutMs: 1000,
        retries: 0,
        logger: silentLogger
      })
    expect(make).toThrow(
      expect.objectContaining({ name: 'PlugSyncError', kind: 'url' })
    )
    expect(sandbox.requests).toEqual([])
  })

  it('accepts a base URL with a trailing slash', async () => {
    const { client } = clientFor(sandbox, { apiUrl: sandbox.url + '/' })
    await client.getConnector('cn_123')
    expect(sandbox.requests[0]?.path).toBe('/api/connectors/cn_123')
  })

  it('refuses an empty token or one with a line break', () => {
    const make = (token: string) => (): PlugSyncClient =>
      new PlugSyncClient({
        apiUrl: sandbox.url,
        token,
        timeoutMs: 1000,
        retries: 0,
        logger: silentLogger
      })
    expect(make('')).toThrow(
      'no PlugSync token was given: set the plugsync-token input'
    )
    expect(make(`${TOKEN}\n`)).toThrow(
      'the PlugSync token from the plugsync-token input contains spaces, line breaks or other characters a token cannot have: copy the token again, and only the token'
    )
  })
})

describe('PlugSyncClient concurrency', () => {
  it('reads several connectors with a bounded number in flight, in stable order', async () => {
    const ids = ['cn_a', 'cn_b', 'cn_c', 'cn_d', 'cn_e']
    for (const id of ids) sandbox.createConnector(id, id.toUpperCase())
    sandbox.inject({ path: '/connectors/cn_a', delayMs: 120 })
    sandbox.inject({ path: '/connectors/cn_b', delayMs: 60 })
    const { client } = clientFor(sandbox)
    let inFlight = 0
    let most = 0
    const names = await mapLimit(ids, 2, async (id) => {
      inFlight++
      most = Math.max(most, inFlight)
      try {
        return (await client.getConnector(id)).name
      } finally {
        inFlight--
      }
    })
    expect(names).toEqual(['CN_A', 'CN_B', 'CN_C', 'CN_D', 'CN_E'])
    expect(most).toBe(2)
    expect(calls(sandbox).slice(0, 2).sort()).toEqual([
      'GET /api/connectors/cn_a',
      'GET /api/connectors/cn_b'
    ])
  })
})
