import type { FileIdentity } from '../engine/check-repository.js'
import type { Logger } from '../logger.js'

/** What the CLI reads and writes, passed in so that tests capture it. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Whether standard output is a terminal that shows colour. */
  color: boolean
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  /** The file standard output goes to, when it is one: never checked. */
  output?: FileIdentity
}

/**
 * Whether to colour output: on a terminal, unless NO_COLOR is set
 * (no-color.org) or the terminal says it cannot show colour (TERM=dumb).
 */
export function showsColor(
  output: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>
): boolean {
  return Boolean(output.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb'
}

/** The exit codes of the CLI. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2
} as const

/** A problem with how the CLI was called or with its files: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * The CLI's logger: decisions go to standard error only with
 * PLUGSYNC_DEBUG=1, to keep output clean; warnings always.
 */
export function stderrLogger(io: CliIo): Logger {
  const verbose = io.env.PLUGSYNC_DEBUG === '1'
  return {
    info: (message) => verbose && io.stderr(`${message}\n`),
    debug: (message) => verbose && io.stderr(`${message}\n`),
    warning: (message) => io.stderr(`warning: ${message}\n`)
  }
}
