import type { JsonObject } from '../../src/config/normalise.js'
import {
  PlugSyncClient,
  type PlugSyncClientOptions
} from '../../src/plugsync/client.js'
import { PlugSyncError } from '../../src/plugsync/errors.js'
import type { Sandbox } from '../../src/plugsync/sandbox/index.js'

/** A token distinctive enough that a leak anywhere is found by search. */
export const TOKEN = 'psk_live_Zq7VtR2mXb9KwL4nHd8s'

/** A config the backend accepts. */
export const CONFIG: JsonObject = {
  $schema: '../schemas/connector-config-v3.schema.json',
  version: '3.1',
  entities: [
    { name: 'company', schemas: { hubspot: { object_type: 'companies' } } }
  ],
  flows: [
    {
      name: 'company-sync',
      source: 'erp',
      event_type: 'company.updated',
      steps: [
        {
          id: 'save',
          action: 'upsert',
          target: 'hubspot',
          entity: 'company',
          data: '$.payload'
        }
      ]
    }
  ]
}

/** CONFIG as the client returns it: normalised, `$schema` gone. */
export const NORMALISED: JsonObject = {
  entities: [
    { name: 'company', schemas: { hubspot: { object_type: 'companies' } } }
  ],
  flows: [
    {
      enabled: true,
      event_type: 'company.updated',
      event_type_from: null,
      name: 'company-sync',
      source: 'erp',
      steps: [
        {
          action: 'upsert',
          data: '$.payload',
          entity: 'company',
          id: 'save',
          target: 'hubspot'
        }
      ]
    }
  ],
  settings: {},
  version: '3.1'
}

/** A client wired to a sandbox, with what it logged and waited. */
export interface TestClient {
  client: PlugSyncClient
  /** Every log line, prefixed by its level. */
  logs: string[]
  /** Every wait between retries, in milliseconds. */
  delays: number[]
}

/**
 * A client for a sandbox whose waits are recorded and skipped, with the
 * jitter fixed at the middle of its range.
 */
export function clientFor(
  sandbox: Sandbox,
  overrides: Partial<PlugSyncClientOptions> = {}
): TestClient {
  const logs: string[] = []
  const delays: number[] = []
  const client = new PlugSyncClient({
    apiUrl: sandbox.url,
    token: sandbox.token,
    timeoutMs: 2000,
    retries: 3,
    logger: {
      info: (line) => logs.push(`info: ${line}`),
      debug: (line) => logs.push(`debug: ${line}`),
      warning: (line) => logs.push(`warning: ${line}`)
    },
    sleep: async (ms) => {
      delays.push(ms)
    },
    random: () => 0.5,
    ...overrides
  })
  return { client, logs, delays }
}

/** Awaits a promise that must reject with a PlugSyncError, and returns it. */
export async function failure(
  promise: Promise<unknown>
): Promise<PlugSyncError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof PlugSyncError) return error
    throw error
  }
  throw new Error('expected a PlugSyncError, but the call succeeded')
}

/** The method and path of every request the sandbox received. */
export function calls(sandbox: Sandbox): string[] {
  return sandbox.requests.map((r) => `${r.method} ${r.path}`)
}
