import { jest } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import { clientFor, CONFIG, TOKEN } from './helpers.js'

let sandbox: Sandbox
let written: string[]

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN })
  sandbox.createConnector('cn_123', 'ERP to HubSpot')
  sandbox.setDraft('cn_123', CONFIG)
  written = []
  const capture = (chunk: unknown): boolean => {
    written.push(String(chunk))
    return true
  }
  jest.spyOn(process.stdout, 'write').mockImplementation(capture)
  jest.spyOn(process.stderr, 'write').mockImplementation(capture)
})

afterEach(async () => {
  jest.restoreAllMocks()
  await sandbox.close()
})

/** Everything an error can show: message, stack, cause, and its JSON. */
function everything(error: unknown): string {
  const e = error as Error & { cause?: unknown }
  return [e.message, e.stack, String(e.cause), JSON.stringify(e)].join('\n')
}

describe('the PlugSync token', () => {
  it('appears in no log line, output, or error of any failure path', async () => {
    const { client, logs } = clientFor(sandbox, { timeoutMs: 100 })
    const errors: unknown[] = []
    const attempt = async (run: () => Promise<unknown>): Promise<void> => {
      try {
        await run()
      } catch (error) {
        errors.push(error)
      }
    }
    const D = '/connectors/cn_123/draft'

    sandbox.inject({ path: D, status: 503, times: 4 })
    await attempt(() => client.getDraft('cn_123'))
    sandbox.inject({ path: D, delayMs: 400, times: 4 })
    await attempt(() => client.getDraft('cn_123'))
    sandbox.inject({ path: D, drop: true, times: 4 })
    await attempt(() => client.getDraft('cn_123'))
    sandbox.inject({ path: D, redirectTo: 'http://127.0.0.1:9/api' })
    await attempt(() => client.getDraft('cn_123'))
    await attempt(() => client.getConnector('cn_404'))
    await attempt(() => client.patchDraft('cn_123', { version: 'x' }))
    sandbox.inject({ method: 'POST', path: /publish/, drop: true, times: 4 })
    sandbox.inject({ path: /versions\/active/, status: 500, times: 4 })
    await attempt(() => client.publish('cn_123'))
    const wrong = clientFor(sandbox, { token: TOKEN.slice(0, -1) })
    await attempt(() => wrong.client.getDraft('cn_123'))

    expect(errors).toHaveLength(8)
    const seen = [...logs, ...written, ...errors.map(everything)].join('\n')
    expect(seen).toContain('PlugSync: GET /connectors/cn_123/draft')
    expect(seen).not.toContain(TOKEN)
  })

  it('is masked where a proxy echoes it back in a page', async () => {
    sandbox.inject({
      path: '/connectors/cn_123',
      status: 200,
      contentType: 'text/html',
      body: `<p>Your request: Authorization: Bearer ${TOKEN}</p>`
    })
    const { client } = clientFor(sandbox)
    const error = await client.getConnector('cn_123').catch((e: unknown) => e)
    expect((error as Error).message).toContain(
      'The response began "<p>Your request: Authorization: Bearer ***</p>"'
    )
    expect(everything(error)).not.toContain(TOKEN)
  })
})
