#!/usr/bin/env node
import { fstatSync } from 'node:fs'
import { showsColor } from './io.js'
import { cliMain } from './main.js'

// A reader that stops early (`| head`) closes the pipe: what is left of
// the output has nowhere to go, which is no failure, and the run ends with
// its own exit code. Any other failure to write (a full disk) is said once,
// without a stack trace, and exits 2.
let unwritable: Error | undefined
let closed = false
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') closed = true
  else unwritable ??= error
})

const cwd = workingDirectory()
const code =
  cwd === undefined
    ? noWorkingDirectory()
    : await cliMain(process.argv.slice(2), {
        stdout: (text) => {
          if (!closed && unwritable === undefined) process.stdout.write(text)
        },
        stderr: (text) => process.stderr.write(text),
        color: showsColor(process.stdout, process.env),
        cwd,
        env: process.env,
        ...outputFile()
      })
// Write errors arrive after the writes that caused them.
await new Promise((resolve) => setImmediate(resolve))
if (unwritable !== undefined) {
  process.stderr.write(
    `plugsync-config: cannot write to standard output: ${unwritable.message}\n`
  )
  process.exitCode = 2
} else {
  process.exitCode = code
}

/** The current folder, or undefined when it has been removed since. */
function workingDirectory(): string | undefined {
  try {
    return process.cwd()
  } catch {
    return undefined
  }
}

function noWorkingDirectory(): number {
  process.stderr.write(
    'plugsync-config: the current folder no longer exists: cd into one that does, and run the command again\n'
  )
  return 2
}

/**
 * The file standard output is redirected to, if any: `validate > out.json`
 * in the repository creates it empty before the run looks for configs.
 */
function outputFile(): { output?: { dev: number; ino: number } } {
  try {
    const stats = fstatSync(1)
    return stats.isFile() ? { output: { dev: stats.dev, ino: stats.ino } } : {}
  } catch {
    return {}
  }
}
