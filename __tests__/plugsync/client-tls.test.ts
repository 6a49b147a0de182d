import { readFileSync } from 'node:fs'
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { PlugSyncClient } from '../../src/plugsync/client.js'
import { failure, TOKEN } from './helpers.js'

// A certificate for 127.0.0.1 that no authority signed, made for this test
// with openssl; its key protects nothing.
const TLS = '__tests__/fixtures/tls/self-signed'

/** Starts a server on 127.0.0.1 and counts the connections it accepts. */
async function listen(
  server: Server
): Promise<{ port: number; opened: () => number }> {
  let connections = 0
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    opened: () => connections
  }
}

function clientOf(port: number, delays: number[]): PlugSyncClient {
  return new PlugSyncClient({
    apiUrl: `https://127.0.0.1:${port}/api`,
    token: TOKEN,
    timeoutMs: 2000,
    retries: 3,
    logger: { info() {}, debug() {}, warning() {} },
    sleep: async (ms) => {
      delays.push(ms)
    }
  })
}

describe('PlugSyncClient over TLS', () => {
  let server: Server

  afterEach(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('says an https address names a plain-http server, and does not retry', async () => {
    server = createHttpServer((_, response) => response.end('{}'))
    const { port, opened } = await listen(server)
    const delays: number[] = []
    const error = await failure(clientOf(port, delays).getConnector('cn_1'))
    expect(error.kind).toBe('network')
    expect(error.message).toBe(
      'could not read connector cn_1: the server did not answer in TLS (ERR_SSL_WRONG_VERSION_NUMBER), so api-url is https:// but the server speaks plain http: use http:// for a sandbox on this machine, or check the address'
    )
    expect(delays).toEqual([])
    expect(opened()).toBe(1)
  })

  it('names a certificate it does not trust, and how to trust a proxy', async () => {
    server = createHttpsServer(
      {
        key: readFileSync(`${TLS}.key`),
        cert: readFileSync(`${TLS}.crt`)
      },
      (_, response) => response.end('{}')
    )
    const { port, opened } = await listen(server)
    const delays: number[] = []
    const error = await failure(clientOf(port, delays).getConnector('cn_1'))
    expect(error.message).toBe(
      "could not read connector cn_1: the server's TLS certificate was refused (DEPTH_ZERO_SELF_SIGNED_CERT: self-signed certificate): check api-url; behind a proxy that re-signs TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS"
    )
    expect(delays).toEqual([])
    expect(opened()).toBe(1)
  })
})
