import { GitHubStandIn } from '../helpers/github-stand-in.js'
import type { Logger } from '../../src/logger.js'
import { openGitHubApi } from '../../src/github/octokit-api.js'
import type { GitHubApi } from '../../src/github/api.js'

/** A GitHub token distinctive enough that a leak is found by search. */
export const GITHUB_TOKEN = 'ghs_Tk9mQ2vX7pLr4Wz8NbC3dF6hJ1'

/** Log lines by level, in order. */
export interface LogLines {
  info: string[]
  debug: string[]
  warning: string[]
}

/** A logger that keeps every line. */
export function recordingLogger(): Logger & { lines: LogLines } {
  const lines: LogLines = { info: [], debug: [], warning: [] }
  return {
    lines,
    info: (message) => lines.info.push(message),
    debug: (message) => lines.debug.push(message),
    warning: (message) => lines.warning.push(message)
  }
}

/** The API over a running stand-in, with the waits it asked for recorded. */
export interface Harness {
  github: GitHubStandIn
  api: GitHubApi
  sleeps: number[]
  logger: ReturnType<typeof recordingLogger>
}

/**
 * Starts a stand-in and opens the API on it; `now` is fixed so that waits
 * computed from `x-ratelimit-reset` are exact.
 */
export async function openHarness(now = 1_700_000_000_000): Promise<Harness> {
  const github = await new GitHubStandIn().start()
  const sleeps: number[] = []
  const logger = recordingLogger()
  const api = await openGitHubApi({
    token: GITHUB_TOKEN,
    apiUrl: github.url,
    repository: 'acme/connectors',
    logger,
    retry: {
      sleep: async (ms) => {
        sleeps.push(ms)
      },
      now: () => now
    }
  })
  return { github, api, sleeps, logger }
}

/** `METHOD path` of every request the stand-in received. */
export function requestLines(github: GitHubStandIn): string[] {
  return github.requests.map((request) => `${request.method} ${request.path}`)
}
