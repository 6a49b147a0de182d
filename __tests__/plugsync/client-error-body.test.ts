import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { detailToProblems } from '../../src/plugsync/backend-detail.js'
import { PlugSyncClient } from '../../src/plugsync/client.js'
import {
  ERROR_BODY_LIMIT,
  readBodyStart
} from '../../src/plugsync/error-body.js'
import { maskSecret } from '../../src/plugsync/errors.js'
import { readJsonBody } from '../../src/plugsync/json-body.js'
import { CONFIG, failure, TOKEN } from './helpers.js'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

let server: Server

afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** Starts a server on 127.0.0.1 and a client of it that never retries. */
async function clientOf(handler: Handler): Promise<PlugSyncClient> {
  server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return new PlugSyncClient({
    apiUrl: `http://127.0.0.1:${port}/api`,
    token: TOKEN,
    timeoutMs: 5000,
    retries: 0,
    logger: { info() {}, debug() {}, warning() {} }
  })
}

/** Answers with a status and a body of exactly the given text. */
function answer(status: number, body: string): Handler {
  return (_, response) => {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(body)
  }
}

/** A 422 body of `count` problems, padded with spaces to `bytes` bytes. */
function rejection(count: number, bytes: number): string {
  const detail = Array.from({ length: count }, (_, i) => ({
    loc: ['body', 'settings', `key_${i}`],
    msg: 'Extra inputs are not permitted',
    type: 'extra_forbidden'
  }))
  const json = JSON.stringify({ detail })
  expect(json.length).toBeLessThanOrEqual(bytes)
  return json + ' '.repeat(bytes - json.length)
}

const START = '{"detail":"Internal Server Error","trace":"'

describe('PlugSyncClient error bodies', () => {
  it('a 500 whose body never ends fails at once with the 500, and the stream is cancelled', async () => {
    let closed!: () => void
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve))
    const client = await clientOf((_, response) => {
      response.writeHead(500, { 'content-type': 'application/json' })
      response.write(START)
      const chunk = 'x'.repeat(16 * 1024)
      const more = (): void => {
        while (!response.destroyed && response.write(chunk));
      }
      response.on('drain', more)
      response.on('close', closed)
      more()
    })

    const started = Date.now()
    const error = await failure(client.getDraft('cn_1'))

    expect(error.kind).toBe('transient')
    expect(error.status).toBe(500)
    expect(error.message).toBe(
      `PlugSync failed to read the draft of connector cn_1 with 500 Internal Server Error: PlugSync, or a proxy in front of it, is having trouble; re-run later. The response began "{\\"detail\\":\\"Internal Server Error\\",\\"trace\\":\\"${'x'.repeat(77)}"…`
    )
    expect(Date.now() - started).toBeLessThan(2000)
    await serverSawClose
  })

  it('a 500 longer than the limit is quoted from its start', async () => {
    const body = START + '𝒳'.repeat(ERROR_BODY_LIMIT) + '"}'
    const client = await clientOf(answer(500, body))
    const error = await failure(client.getConnector('cn_1'))
    expect(error.message).toBe(
      `PlugSync failed to read connector cn_1 with 500 Internal Server Error: PlugSync, or a proxy in front of it, is having trouble; re-run later. The response began "{\\"detail\\":\\"Internal Server Error\\",\\"trace\\":\\"${'𝒳'.repeat(77)}"…`
    )
  })

  it('a 422 that just fits the limit still becomes findings', async () => {
    const body = rejection(400, ERROR_BODY_LIMIT)
    const client = await clientOf(answer(422, body))
    const error = await failure(client.patchDraft('cn_1', CONFIG))

    expect(error.kind).toBe('invalid')
    expect(error.detail).toHaveLength(400)
    expect(error.message).toBe(
      'PlugSync rejected the config of cn_1 (422) with 400 problems: Extra inputs are not permitted at /settings/key_0; Extra inputs are not permitted at /settings/key_1; Extra inputs are not permitted at /settings/key_2; and 397 more; fix the config and re-run'
    )
    expect(detailToProblems(error.detail ?? [])[399]).toEqual({
      rule: 'unknown-entity-key',
      message: 'PlugSync rejected the config: Extra inputs are not permitted',
      pointer: '/settings/key_399',
      backendMessage: 'Extra inputs are not permitted',
      severity: 'error',
      at: 'key'
    })
  })

  it('a 422 one byte over the limit says its problems were cut off', async () => {
    const body = rejection(400, ERROR_BODY_LIMIT + 1)
    const client = await clientOf(answer(422, body))
    const error = await failure(client.patchDraft('cn_1', CONFIG))

    expect(error.kind).toBe('invalid')
    expect(error.status).toBe(422)
    expect(error.detail).toBeUndefined()
    expect(error.message).toBe(
      'PlugSync rejected the request to write the draft of connector cn_1 (422) with an answer longer than the 64 KiB this client reads of a refusal, so it cannot show where the problems are: check the config with plugsync-config validate, fix what it reports, and re-run. The response began "{\\"detail\\":[{\\"loc\\":[\\"body\\",\\"settings\\",\\"key_0\\"],\\"msg\\":\\"Extra inputs are not permitted\\",\\"type\\":\\"extra_forbidden\\"},{\\"loc\\":[\\""…'
    )
  })

  it('a success body far longer than the limit is read whole', async () => {
    const note = 'y'.repeat(4 * ERROR_BODY_LIMIT)
    const config = { ...CONFIG, settings: { note } }
    const client = await clientOf(
      answer(
        200,
        JSON.stringify({ config, updated_at: '2024-05-01T00:00:00Z' })
      )
    )
    const draft = await client.getDraft('cn_1')
    expect(draft.config.settings).toEqual({ note })
  })

  it('a success body that never ends stops at the 128 MiB a config may have', async () => {
    // A long secret early in the body must be masked whole in the quote.
    const secret = `psk_${'L'.repeat(400)}`
    maskSecret(secret)
    const client = await clientOf((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write(`{"config": {"settings": {"note": "${secret}`)
      const chunk = 'z'.repeat(1024 * 1024)
      const more = (): void => {
        while (!response.destroyed && response.write(chunk));
      }
      response.on('drain', more)
      more()
    })
    const error = await failure(client.getDraft('cn_1'))
    expect(error.kind).toBe('bad-response')
    expect(error.message).toMatch(
      /^PlugSync answered GET \/connectors\/cn_1\/draft with 200 but the body is longer than 128 MiB, more than any config, trying to read the draft of connector cn_1: a proxy may be in the way; check api-url\. The response began "\{\\"config\\": \{\\"settings\\": \{\\"note\\": \\"\*\*\*z+"…$/
    )
  })
})

describe('readBodyStart', () => {
  it.each([
    ['a body within the limit, whole', 'ab𝒳', 10, 'ab𝒳', false],
    ['a body of exactly the limit, whole', 'ab𝒳', 6, 'ab𝒳', false],
    ['a body over the limit, cut', 'abcdef', 4, 'abcd', true],
    ['a character the limit cuts in half, left out', 'ab𝒳c', 4, 'ab', true],
    ['an empty body', '', 4, '', false]
  ])('reads %s', async (_, body, limit, text, truncated) => {
    const start = await readBodyStart(new Response(body), limit)
    expect(start).toEqual({ text, truncated })
  })
})

describe('PlugSyncClient success bodies', () => {
  it('a large draft sent in pieces is read whole and parsed', async () => {
    const flows = Array.from({ length: 2000 }, (_, i) => ({
      ...(CONFIG.flows as object[])[0],
      name: `company-sync-${i}`
    }))
    const config = { ...CONFIG, flows }
    const body = JSON.stringify(
      { config, updated_at: '2026-12-04T00:00:00Z' },
      null,
      2
    )
    expect(body.length).toBeGreaterThan(4 * ERROR_BODY_LIMIT)
    const client = await clientOf((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      for (let at = 0; at < body.length; at += 5000) {
        response.write(body.slice(at, at + 5000))
      }
      response.end()
    })
    const draft = await client.getDraft('cn_1')
    expect(draft.updatedAt).toBe('2026-12-04T00:00:00Z')
    expect(
      (draft.config.flows as { name: string }[]).map((f) => f.name)
    ).toEqual(flows.map((f) => f.name))
    expect(draft.config.entities).toEqual(CONFIG.entities)
  })

  it('a large body that stops being JSON is an error quoting its start', async () => {
    const start = `{"config": {"settings": {"note": "${'n'.repeat(200_000)}"}}}`
    const client = await clientOf(answer(200, `${start} trailing`))
    const error = await failure(client.getDraft('cn_1'))
    expect(error.message).toMatch(
      /^PlugSync answered GET \/connectors\/cn_1\/draft with 200 but the body is not JSON, trying to read the draft of connector cn_1: a proxy may be in the way; check api-url\. The response began "\{\\"config\\": \{\\"settings\\": \{\\"note\\": \\"n+"…$/
    )
  })
})

describe('readJsonBody', () => {
  /** A response whose body arrives in the pieces given, recording a cancel. */
  function chunked(pieces: string[]): {
    response: Response
    cancelled: () => boolean
  } {
    let next = 0
    let cancelled = false
    const encoder = new TextEncoder()
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (next < pieces.length)
          controller.enqueue(encoder.encode(pieces[next++]))
        else controller.close()
      },
      cancel() {
        cancelled = true
      }
    })
    return { response: new Response(stream), cancelled: () => cancelled }
  }

  const large = JSON.stringify({
    config: {
      version: '3.1',
      flows: Array.from({ length: 3000 }, (_, i) => ({ name: `flow ${i}` }))
    },
    updated_at: '2026-12-04T00:00:00Z'
  })

  it('parses a body as it arrives and keeps only its start as text', async () => {
    const pieces = large.match(/[^]{1,1000}/g)!
    const { response } = chunked(pieces)
    const body = await readJsonBody(response, 1024 * 1024)
    expect(body.parsed).toEqual({ value: JSON.parse(large) })
    expect(body.truncated).toBe(false)
    expect(body.text).toBe(large.slice(0, ERROR_BODY_LIMIT))
  })

  it('keeps a character split between two pieces whole', async () => {
    const bytes = Buffer.from('{"name": "𝒳"}')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 11))
        controller.enqueue(bytes.subarray(11))
        controller.close()
      }
    })
    const body = await readJsonBody(new Response(stream), 100)
    expect(body).toEqual({
      text: '{"name": "𝒳"}',
      truncated: false,
      parsed: { value: { name: '𝒳' } }
    })
  })

  it('stops reading at the first sign that the body is not JSON', async () => {
    const { response, cancelled } = chunked([
      '{"config": {"a": 1}} <html>',
      'x'.repeat(1000),
      'y'.repeat(1000)
    ])
    const body = await readJsonBody(response, 1024 * 1024)
    expect(body).toEqual({
      text: '{"config": {"a": 1}} <html>',
      truncated: false
    })
    expect(cancelled()).toBe(true)
  })

  it('stops reading beyond the limit, with nothing parsed', async () => {
    const { response, cancelled } = chunked(['[1, ', '2, ', '3]'])
    const body = await readJsonBody(response, 6)
    expect(body).toEqual({ text: '[1, ', truncated: true })
    expect(cancelled()).toBe(true)
  })

  it('reads an empty body as not JSON', async () => {
    expect(await readJsonBody(new Response(''), 100)).toEqual({
      text: '',
      truncated: false
    })
    expect(await readJsonBody(new Response(null), 100)).toEqual({
      text: '',
      truncated: false
    })
  })
})
