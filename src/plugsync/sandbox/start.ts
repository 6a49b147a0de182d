import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { JsonObject } from '../../config/normalise.js'
import { API_PREFIX } from '../api-contract.js'
import { locToPointer } from '../backend-detail.js'
import { FaultBook, type SandboxFault } from './faults.js'
import { loadState, saveState } from './persist.js'
import { loadRules } from '../../rules/on-demand.js'
import { createSandboxServer, type RecordedRequest } from './server.js'
import {
  SANDBOX_ORG,
  SandboxStore,
  type SandboxState,
  type SandboxVersion
} from './state.js'
import { backendDetail } from './validation.js'

/** How to start a sandbox. */
export interface SandboxOptions {
  /** 0 (the default) for a free port. */
  port?: number
  /** The only address the sandbox listens on. */
  host?: '127.0.0.1'
  /** The token clients must send; a random one when absent. */
  token?: string
  /**
   * A JSON file the state is read from at start (when it exists) and
   * written to, atomically, after every change and at close.
   */
  dataFile?: string
  /** The state to start with when there is no data file to read. */
  seed?: SandboxState
  /** Called with one line per answered request. */
  log?: (line: string) => void
}

/** A running PlugSync sandbox and the handles tests drive it with. */
export interface Sandbox {
  /** The API's base URL, e.g. `http://127.0.0.1:4870/api`. */
  readonly url: string
  readonly token: string
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[]
  /** A deep copy of the current state. */
  readonly state: SandboxState
  /** Plays a fault on the next matching requests. */
  inject(fault: SandboxFault): void
  /** Forgets every fault not yet played. */
  clearFaults(): void
  /** Creates a connector with an empty draft; `org` other than the token's gives 403s. */
  createConnector(id: string, name: string, org?: string): void
  /** Replaces a connector's draft, as someone in the dashboard would. */
  setDraft(id: string, config: JsonObject): void
  /** Publishes the draft, as someone outside git would; throws if refused. */
  publishDraft(id: string): SandboxVersion
  /** Stops listening, drops open connections, and persists the state. */
  close(): Promise<void>
}

/**
 * Starts a PlugSync API on 127.0.0.1 that implements the whole contract of
 * `shared/spec/plugsync-api.md`, for tests, the README demo and users.
 */
export async function startSandbox(
  options: SandboxOptions = {}
): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1'
  if (host !== '127.0.0.1')
    throw new Error(
      `the sandbox listens only on 127.0.0.1, not ${String(host)}`
    )
  const port = options.port ?? 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`port ${port} is not a whole number from 0 to 65535`)
  }
  const { dataFile } = options
  const loaded =
    dataFile === undefined ? undefined : loadState(dataFile, 'data')
  const store = new SandboxStore(loaded ?? options.seed)
  const persist = (): void => {
    if (dataFile !== undefined) saveState(dataFile, store.snapshot())
  }
  persist()

  const token =
    options.token ?? `psk_sandbox_${randomBytes(18).toString('hex')}`
  const requests: RecordedRequest[] = []
  const faults = new FaultBook()
  // The server judges configs with the rules, synchronously, as requests
  // come: every part of them must be there first.
  await loadRules()
  const { server, cancelTimers } = createSandboxServer({
    store,
    token,
    faults,
    requests,
    onChange: persist,
    ...(options.log ? { log: options.log } : {})
  })
  await listen(server, port, host)
  const address = server.address() as AddressInfo

  return {
    url: `http://${host}:${address.port}${API_PREFIX}`,
    token,
    requests,
    get state() {
      return store.snapshot()
    },
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    createConnector: (id, name, org = SANDBOX_ORG) => {
      store.create(id, name, org)
      persist()
    },
    setDraft: (id, config) => {
      store.writeDraft(id, config)
      persist()
    },
    publishDraft: (id) => {
      const version = publishOutsideGit(store, id)
      persist()
      return version
    },
    close: async () => {
      cancelTimers()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      persist()
    }
  }
}

function listen(
  server: import('node:http').Server,
  port: number,
  host: string
): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} on ${host} is taken: choose another with --port, or 0 for a free one`
            : `the sandbox cannot listen on ${host}:${port}: ${error.message}`
        )
      )
    })
    server.listen(port, host, () => resolve())
  })
}

/** A publish by someone in the dashboard: the same rules as the API's. */
function publishOutsideGit(store: SandboxStore, id: string): SandboxVersion {
  const draft = store.draft(id)
  if (!draft) throw new Error(`the sandbox has no connector ${id}`)
  const detail = backendDetail(draft.config)
  if (detail.length > 0) {
    const problems = detail.map(
      (d) => `${d.msg} at ${locToPointer(d.loc) || '/'}`
    )
    throw new Error(
      `PlugSync would reject the draft of ${id}: ${problems.join('; ')}`
    )
  }
  if (store.unchanged(id))
    throw new Error(
      `the draft of ${id} equals the active version: nothing to publish`
    )
  return store.publish(id)
}
