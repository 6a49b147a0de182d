import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Logger } from '../logger.js'
import { DEFAULT_API_URL } from '../plugsync/api-contract.js'
import { PlugSyncClient } from '../plugsync/client.js'
import { UsageError, type CliIo } from './io.js'

/**
 * Refuses `--token`: a token on the command line is visible to every user
 * of the machine in the process list. Says the two ways that are not.
 */
export function refuseTokenArgument(argv: readonly string[]): void {
  if (argv.some((arg) => arg === '--token' || arg.startsWith('--token='))) {
    throw new UsageError(
      '--token is not accepted: a token on the command line shows in process lists; set PLUGSYNC_TOKEN or pass --token-file <file>'
    )
  }
}

/** The PlugSync token: from `--token-file` when given, else `PLUGSYNC_TOKEN`. */
export async function readToken(
  tokenFile: string | undefined,
  io: CliIo
): Promise<string> {
  if (tokenFile === undefined) {
    const token = (io.env.PLUGSYNC_TOKEN ?? '').trim()
    if (token === '') {
      throw new UsageError(
        'no PlugSync token: set PLUGSYNC_TOKEN or pass --token-file <file>'
      )
    }
    return token
  }
  let text: string
  try {
    text = await readFile(resolve(io.cwd, tokenFile), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error'
    throw new UsageError(
      `--token-file ${tokenFile} could not be read (${code}): name a readable file that holds the token`
    )
  }
  const token = text.trim()
  if (token === '') {
    throw new UsageError(
      `--token-file ${tokenFile} is empty: write the PlugSync token into it`
    )
  }
  return token
}

/**
 * The PlugSync API URL: `--api-url` when given, else `PLUGSYNC_API_URL`,
 * else PlugSync's own. Every command that talks to PlugSync reads it here,
 * so that setting the variable once points all of them at one server.
 */
export function apiUrlOf(option: string | undefined, io: CliIo): string {
  if (option !== undefined && option.trim() === '') {
    // An unset shell variable in `--api-url "$URL"` must not fall back to
    // production.
    throw new UsageError(
      '--api-url is empty: give the PlugSync API URL, or leave the option out to use PLUGSYNC_API_URL or PlugSync itself'
    )
  }
  const variable = io.env.PLUGSYNC_API_URL
  if (
    option === undefined &&
    variable !== undefined &&
    variable.trim() === ''
  ) {
    throw new UsageError(
      'PLUGSYNC_API_URL is set but empty: give it the PlugSync API URL, or unset it to use PlugSync itself'
    )
  }
  return option?.trim() || variable?.trim() || DEFAULT_API_URL
}

/** The settings of a command's PlugSync client. */
export interface ClientSettings {
  apiUrl: string
  token: string
  timeoutMs: number
  retries: number
}

/** A command's PlugSync client, whose messages name the CLI's options. */
export function openPlugSync(
  settings: ClientSettings,
  logger: Logger
): PlugSyncClient {
  return new PlugSyncClient({
    ...settings,
    logger,
    hints: {
      token: 'PLUGSYNC_TOKEN or --token-file',
      timeout: '--timeout',
      concurrency: '--concurrency'
    }
  })
}
