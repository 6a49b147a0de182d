import { parseOptions } from '../../cli/options.js'
import { loadState, SandboxDataError } from './persist.js'
import { startSandbox, type Sandbox } from './start.js'

/** Where the command writes: the CLI passes standard output and error. */
export interface SandboxOutput {
  stdout(line: string): void
  stderr(line: string): void
}

/** The port the command listens on unless told otherwise. */
export const DEFAULT_SANDBOX_PORT = 4870

const USAGE = `Usage: plugsync-config sandbox [--port N] [--data FILE] [--seed FILE] [--token TOKEN]

Starts a local PlugSync API on 127.0.0.1 for demos and tests.

  --port N       port to listen on (default ${DEFAULT_SANDBOX_PORT}; 0 picks a free one)
  --data FILE    read the state from FILE if it exists, and save every change to it
  --seed FILE    start from the state in FILE (ignored when --data FILE exists)
  --token TOKEN  the token clients must send (default: a random one, printed)

Stop it with Ctrl+C; with --data the state is saved first.`

interface SandboxArgs {
  port: number
  data?: string
  seed?: string
  token?: string
  help: boolean
}

/**
 * The `plugsync-config sandbox` command: starts the sandbox, prints its URL
 * and token, and runs until SIGINT or SIGTERM (or `stop`, for tests), then
 * closes it, persisting the state. Returns the exit code: 0 on a clean
 * stop, 1 when the sandbox cannot start or save, 2 for bad arguments.
 */
export async function sandboxMain(
  argv: string[],
  out: SandboxOutput,
  stop?: AbortSignal
): Promise<number> {
  let args: SandboxArgs
  try {
    args = readArgs(argv)
  } catch (error) {
    out.stderr(`plugsync-config sandbox: ${(error as Error).message}`)
    out.stderr(USAGE)
    return 2
  }
  if (args.help) {
    out.stdout(USAGE)
    return 0
  }

  let sandbox: Sandbox
  try {
    sandbox = await start(args, out)
  } catch (error) {
    out.stderr(`plugsync-config sandbox: ${(error as Error).message}`)
    return 1
  }
  announce(sandbox, args, out)

  await stopRequested(stop)
  try {
    await sandbox.close()
  } catch (error) {
    out.stderr(`plugsync-config sandbox: ${(error as Error).message}`)
    return 1
  }
  out.stdout(
    args.data
      ? `sandbox stopped; state saved to ${args.data}`
      : 'sandbox stopped'
  )
  return 0
}

function readArgs(argv: string[]): SandboxArgs {
  const { values } = parseOptions('sandbox', {
    args: argv,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    strict: true,
    allowPositionals: false
  })
  const port =
    values.port === undefined ? DEFAULT_SANDBOX_PORT : Number(values.port)
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535) {
    throw new Error(
      `--port "${values.port}" is not a port number: use 0 to 65535`
    )
  }
  if (values.token !== undefined && !/^[\x21-\x7e]+$/.test(values.token)) {
    throw new Error('--token must be printable ASCII without spaces')
  }
  return {
    port,
    help: values.help === true,
    ...(values.data !== undefined ? { data: values.data } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(values.token !== undefined ? { token: values.token } : {})
  }
}

async function start(args: SandboxArgs, out: SandboxOutput): Promise<Sandbox> {
  let seed
  if (args.seed !== undefined) {
    seed = loadState(args.seed, 'seed')
    if (seed === undefined) {
      throw new SandboxDataError(`seed file ${args.seed} does not exist`)
    }
  }
  return startSandbox({
    port: args.port,
    log: (line) => out.stderr(line),
    ...(seed ? { seed } : {}),
    ...(args.token !== undefined ? { token: args.token } : {}),
    ...(args.data !== undefined ? { dataFile: args.data } : {})
  })
}

function announce(
  sandbox: Sandbox,
  args: SandboxArgs,
  out: SandboxOutput
): void {
  out.stdout(`PlugSync sandbox listening on ${sandbox.url}`)
  out.stdout(`token: ${sandbox.token}`)
  out.stdout(
    args.data
      ? `state: ${args.data} (saved after every change)`
      : 'state: in memory only (pass --data FILE to keep it)'
  )
  out.stdout('stop with Ctrl+C')
}

/** Resolves on SIGINT, SIGTERM or `stop`, whichever comes first. */
function stopRequested(stop?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done)
      process.off('SIGTERM', done)
      stop?.removeEventListener('abort', done)
      resolve()
    }
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
    if (stop?.aborted) return done()
    stop?.addEventListener('abort', done)
  })
}
