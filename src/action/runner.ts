// The action's runtime on a GitHub runner: inputs, outputs, workflow
// commands and the job summary, written by @actions/core.
//
// The package's entry module also loads its OIDC client, and with it
// @actions/http-client and undici: about 85 ms of every start of the action
// (`npm run bench`, "cold start"), for getIDToken, which this action never
// calls. So the action imports the four modules of @actions/core that write
// the runner's protocol by their files, and this module holds the few lines
// of the entry module it needs. They are not the package's public interface:
// package.json pins the version, and tsc fails the build if a file moves.
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import {
  issueFileCommand,
  prepareKeyValueMessage
} from '../../node_modules/@actions/core/lib/file-command.js'
import { summary } from '../../node_modules/@actions/core/lib/summary.js'
import { toCommandProperties } from '../../node_modules/@actions/core/lib/utils.js'
import { EOL } from 'node:os'
import type { AnnotationProperties } from './annotations.js'
import { printable, safeLogText } from './log-line.js'
import type { ActionRuntime } from './runtime.js'

/**
 * The runtime of this step. Like @actions/core, it reads the inputs and the
 * paths of the output and summary files from the process's environment.
 */
export function runnerRuntime(): ActionRuntime {
  const annotation =
    (command: 'error' | 'warning' | 'notice') =>
    (message: string, properties?: AnnotationProperties) =>
      issueCommand(
        command,
        properties ? toCommandProperties(properties) : {},
        printable(message)
      )
  return {
    getInput: (name) => inputOf(process.env, name),
    setSecret: (secret) => issueCommand('add-mask', {}, secret),
    setOutput: (name, value) => {
      if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
      } else {
        issueCommand('set-output', { name }, value)
      }
    },
    setFailed: (message) => {
      process.exitCode = 1
      issueCommand('error', {}, printable(message))
    },
    info: (message) => process.stdout.write(safeLogText(message) + EOL),
    debug: (message) => issueCommand('debug', {}, printable(message)),
    error: annotation('error'),
    warning: annotation('warning'),
    notice: annotation('notice'),
    appendSummary: async (markdown) => {
      // A run outside a runner (by hand, another CI) has no job summary.
      if (!process.env.GITHUB_STEP_SUMMARY) {
        issueCommand(
          'debug',
          {},
          'no job summary: GITHUB_STEP_SUMMARY is not set'
        )
        return
      }
      await summary.addRaw(markdown).write()
    }
  }
}

/**
 * An input as the runner passes it: `INPUT_` and the name upper-cased,
 * spaces as underscores (hyphens stay), trimmed; '' when not set.
 */
export function inputOf(env: NodeJS.ProcessEnv, name: string): string {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
  return (env[key] ?? '').trim()
}
