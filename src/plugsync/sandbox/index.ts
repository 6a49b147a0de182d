/** The local PlugSync sandbox: the API for tests, demos and users. */
export { startSandbox, type Sandbox, type SandboxOptions } from './start.js'
export {
  sandboxMain,
  DEFAULT_SANDBOX_PORT,
  type SandboxOutput
} from './main.js'
export type { SandboxFault } from './faults.js'
export type { RecordedRequest } from './server.js'
export type {
  SandboxConnector,
  SandboxDraft,
  SandboxState,
  SandboxVersion
} from './state.js'
export { SandboxDataError } from './persist.js'
