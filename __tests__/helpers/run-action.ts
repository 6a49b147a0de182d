import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'

/** What one run of the bundled action left behind. */
export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  /** The workflow-command lines (`::error ...`), in order. */
  commands: string[]
  outputs: Record<string, string>
  summary: string
  /**
   * The text of each file an output names in the runner's temporary
   * directory (the report, the diff), by output: read before the directory
   * is removed.
   */
  written: Record<string, string>
}

/** How to run the action: its inputs, event and workspace. */
export interface ActionRunOptions {
  workspace: string
  inputs?: Record<string, string>
  eventName?: string
  event?: object
  env?: Record<string, string>
  sha?: string
  ref?: string
}

/**
 * The bundle to run: the committed `dist/index.js`, or another build named
 * by PLUGSYNC_ACTION_DIST (a bundle under test that is not committed yet).
 */
const DIST = resolve(process.env.PLUGSYNC_ACTION_DIST ?? 'dist/index.js')

/**
 * Runs the committed bundle the way the Actions runner does: inputs as
 * `INPUT_*` variables, the event as a file, outputs and the job summary
 * written to the files `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` name.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'plugsync-runner-'))
  const files = {
    output: join(temp, 'output'),
    summary: join(temp, 'summary'),
    event: join(temp, 'event.json')
  }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(options.event ?? {}))

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'acme/connectors',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: options.ref ?? 'refs/pull/7/merge',
    RUNNER_TEMP: temp,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }

  try {
    const { code, stdout, stderr } = await spawnNode(
      DIST,
      env,
      options.workspace
    )
    const outputs = parseOutputs(readFileSync(files.output, 'utf8'))
    return {
      code,
      stdout,
      stderr,
      commands: stdout.split(/\r?\n/).filter((line) => line.startsWith('::')),
      outputs,
      summary: readFileSync(files.summary, 'utf8'),
      written: writtenFiles(outputs, temp)
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

function spawnNode(
  script: string,
  env: Record<string, string>,
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script], { env, cwd })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }))
  })
}

function writtenFiles(
  outputs: Record<string, string>,
  temp: string
): Record<string, string> {
  const written: Record<string, string> = {}
  for (const [name, value] of Object.entries(outputs)) {
    if (value.startsWith(temp + sep) && existsSync(value)) {
      written[name] = readFileSync(value, 'utf8')
    }
  }
  return written
}

/** Reads the `name<<delimiter` blocks `@actions/core` writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++)
      value.push(lines[i]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}
