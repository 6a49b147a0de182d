import { PlugSyncClient } from '../../src/plugsync/client.js'
import { silentLogger } from '../../src/logger.js'
import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import { clientFor, failure, TOKEN } from './helpers.js'

/** How the CLI names what its messages tell the user to change. */
const CLI = {
  token: 'PLUGSYNC_TOKEN or --token-file',
  timeout: '--timeout',
  concurrency: '--concurrency'
}

let sandbox: Sandbox

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN })
  sandbox.createConnector('cn_123', 'ERP to HubSpot')
})

afterEach(async () => {
  await sandbox.close()
})

const DRAFT = '/connectors/cn_123/draft'

describe('PlugSyncClient hints: messages in the words of the CLI', () => {
  it('an empty token or one with a space names the CLI token sources', () => {
    const make = (token: string) => (): PlugSyncClient =>
      new PlugSyncClient({
        apiUrl: sandbox.url,
        token,
        timeoutMs: 1000,
        retries: 0,
        logger: silentLogger,
        hints: CLI
      })
    expect(make('')).toThrow(
      'no PlugSync token was given: set PLUGSYNC_TOKEN or --token-file'
    )
    expect(make('psk two')).toThrow(
      'the PlugSync token from PLUGSYNC_TOKEN or --token-file contains spaces, line breaks or other characters a token cannot have: copy the token again, and only the token'
    )
  })

  it('401: says to check PLUGSYNC_TOKEN or --token-file', async () => {
    const { client } = clientFor(sandbox, {
      token: 'psk_wrong_token_value',
      hints: CLI
    })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.message).toBe(
      'PlugSync refused the token (401) trying to read the draft of connector cn_123: the token is missing, wrong or expired; check PLUGSYNC_TOKEN or --token-file'
    )
  })

  it('a timeout says to raise --timeout', async () => {
    sandbox.inject({ path: DRAFT, delayMs: 400 })
    const { client } = clientFor(sandbox, {
      timeoutMs: 80,
      retries: 0,
      hints: CLI
    })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.message).toBe(
      'PlugSync did not answer GET /connectors/cn_123/draft within 80 ms, trying to read the draft of connector cn_123: re-run later, or raise --timeout'
    )
  })

  it('a 429 on a read says to lower --concurrency', async () => {
    sandbox.inject({ path: DRAFT, status: 429 })
    const { client } = clientFor(sandbox, { retries: 0, hints: CLI })
    const error = await failure(client.getDraft('cn_123'))
    expect(error.message).toBe(
      'PlugSync kept rate-limiting the requests to read the draft of connector cn_123 (429): wait a minute and re-run, or lower --concurrency'
    )
  })

  it('a 429 on the publish says to lower --concurrency', async () => {
    sandbox.inject({ method: 'POST', path: /publish$/, status: 429 })
    const { client } = clientFor(sandbox, { retries: 0, hints: CLI })
    const error = await failure(client.publish('cn_123'))
    expect(error.message).toBe(
      'PlugSync kept rate-limiting the requests to publish connector cn_123 (429): wait a minute and re-run, or lower --concurrency (the active version is still none, so nothing was published)'
    )
  })
})
