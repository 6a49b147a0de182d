import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Json } from '../../config/normalise.js'
import {
  completeState,
  stateProblem,
  type SandboxState,
  type StateFile
} from './state.js'

/** A data or seed file the sandbox cannot use, with what to do about it. */
export class SandboxDataError extends Error {
  override name = 'SandboxDataError'
}

/**
 * What a state file is for: the data file the sandbox keeps (`--data`), or
 * a seed it only starts from (`--seed`). The messages name it and its fix.
 */
export type StateFileRole = 'data' | 'seed'

interface RoleWords {
  name: string
  fix: string
  /** The command's option that names the file. */
  option: string
}

const ROLE_WORDS: Record<StateFileRole, RoleWords> = {
  data: {
    name: 'sandbox data',
    fix: 'fix it, or move it away to start empty',
    option: '--data'
  },
  seed: {
    name: 'seed file',
    fix: 'fix it (a seed has the shape of a --data file), or pass another --seed',
    option: '--seed'
  }
}

/**
 * Reads a sandbox state from a JSON file; undefined when the file does not
 * exist (a first start with `--data`).
 */
export function loadState(
  file: string,
  role: StateFileRole
): SandboxState | undefined {
  const { name, fix } = ROLE_WORDS[role]
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new SandboxDataError(
      `cannot read ${name} ${file}: ${pathProblem(file, error, role)}`,
      { cause: error }
    )
  }
  let value: Json
  try {
    value = JSON.parse(text) as Json
  } catch (error) {
    throw new SandboxDataError(
      `${name} ${file} is not valid JSON (${(error as Error).message}): ${fix}`
    )
  }
  const problem = stateProblem(value)
  if (problem !== '') {
    throw new SandboxDataError(
      `${name} ${file} is not a sandbox state: ${problem}; ${fix}`
    )
  }
  return completeState(value as unknown as StateFile)
}

/**
 * Writes a state so that a crash at any moment leaves either the old file
 * or the new one, never half of one: the text goes to a temporary file in
 * the same directory, is flushed to disk, and then renamed over the target.
 */
export function saveState(file: string, state: SandboxState): void {
  const temporary = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${Date.now()}.tmp`
  )
  try {
    const fd = openSync(temporary, 'w', 0o600)
    try {
      writeSync(fd, JSON.stringify(state, null, 2) + '\n')
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new SandboxDataError(
      `cannot write sandbox data ${file}: ${pathProblem(file, error, 'data')}`,
      { cause: error }
    )
  }
}

/**
 * What a failed read or write says about the path the user gave, and how
 * to fix it. Node's own message would name the temporary file, a path the
 * user never typed.
 */
function pathProblem(
  file: string,
  error: unknown,
  role: StateFileRole
): string {
  const { option } = ROLE_WORDS[role]
  const folder = dirname(file)
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `the folder ${folder} does not exist: create it, or give ${option} a path in a folder that exists`
    case 'ENOTDIR':
      return `part of the path ${folder} is a file, not a folder: give ${option} a path in a folder that exists`
    case 'EISDIR':
      return `it is a folder: give ${option} the path of a JSON file instead`
    default:
      return (error as Error).message
  }
}
