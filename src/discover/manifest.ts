import { promises as fs } from 'node:fs'
import path from 'node:path'
import { decodeUtf8 } from '../engine/decode.js'
import { resolveInside } from './repo-path.js'
import type { SeverityLevel } from '../findings/finding.js'
import { LineIndex } from '../json/line-index.js'
import { checkEntries, type ManifestEntry } from './manifest-paths.js'
import { ManifestProblems, type ManifestProblem } from './manifest-problems.js'
import type { ManifestShape } from './manifest-shape.js'
import { readPlainManifest } from './plain-manifest.js'

export type { ManifestEntry } from './manifest-paths.js'
export type { ManifestProblem } from './manifest-problems.js'
export type { ManifestRule } from './manifest-rules.js'

/** Where the manifest is looked for, relative to the repository root. */
export const DEFAULT_MANIFEST_PATH = 'plugsync.yaml'

/** What the manifest says and what is wrong with it. */
export interface Manifest {
  /** The manifest's path relative to the repository root. */
  file: string
  /** The connectors whose entries are whole and whose files exist. */
  connectors: ManifestEntry[]
  /**
   * Every path an entry names, its entry whole or not: a file someone
   * listed is a config, even when its entry was left out for a problem.
   */
  listed: string[]
  /** Rule severities the manifest overrides, by rule id. */
  severities: Record<string, SeverityLevel>
  problems: ManifestProblem[]
  /** The manifest's text, to show its problems in context; '' if unreadable. */
  text: string
}

/** Options of `readManifest` and `parseManifest`. */
export interface ManifestOptions {
  /** The repository root; connector paths are relative to it. */
  root: string
  /** The manifest's path relative to the root; `plugsync.yaml` if unset. */
  path?: string
  /** Every rule id, so that a misspelt one under `rules` is caught. */
  knownRules: readonly string[]
}

/**
 * Reads and checks the manifest, or gives undefined when the file does not
 * exist (the manifest is optional). Bytes that are not UTF-8 are a
 * `manifest-invalid` problem, not an exception.
 */
export async function readManifest(
  options: ManifestOptions
): Promise<Manifest | undefined> {
  const file = options.path ?? DEFAULT_MANIFEST_PATH
  if (file.trim() === '') {
    throw new Error(
      `the manifest path is empty: name the manifest file, or leave it out to use ${DEFAULT_MANIFEST_PATH}`
    )
  }
  const absolute = path.resolve(options.root, file)
  const realRoot = await fs.realpath(options.root).catch(() => options.root)
  const resolution = await resolveInside(realRoot, absolute).catch(() => ({
    kind: 'inside' as const
  }))
  if (resolution.kind === 'outside') {
    // A pull request must not make the action read other files of the
    // runner through a manifest that is a link.
    throw new Error(
      `the manifest ${file} leads out of the repository (a symlink, or a path with ..): it was not read; keep the manifest in the repository`
    )
  }
  if (resolution.kind === 'loop') {
    throw new Error(
      `the manifest ${file} is a symlink that loops: point it at the YAML file or remove it`
    )
  }
  if (resolution.kind === 'missing' && resolution.danglingTo !== undefined) {
    // A manifest that was meant to be there must not vanish in silence,
    // taking its connectors and severities with it.
    throw new Error(
      `the manifest ${file} is a symlink to '${resolution.danglingTo}', which does not exist: point it at the YAML file or remove it`
    )
  }
  const stats = await fs.stat(absolute).catch(() => undefined)
  if (stats !== undefined && !stats.isFile() && !stats.isDirectory()) {
    // Reading a named pipe or a device would wait for ever.
    throw new Error(
      `the manifest ${file} is not a regular file (a device, a pipe or a socket): name the YAML file`
    )
  }
  let bytes: Buffer
  try {
    bytes = await fs.readFile(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    throw new Error(unreadable(file, code, error))
  }
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) {
    // The text up to the bad byte, which shows as U+FFFD, places the
    // finding and shows its line.
    const text = `${decoded.prefix}\uFFFD`
    const problems = new ManifestProblems(file, text)
    const at = new LineIndex(text).position(decoded.prefix.length)
    const hex = decoded.badByte.toString(16).toUpperCase().padStart(2, '0')
    problems.add(
      'manifest-invalid',
      `byte 0x${hex} at line ${at.line}, column ${at.column} is not UTF-8: save the manifest as UTF-8`,
      [decoded.prefix.length, text.length],
      ''
    )
    return {
      file,
      connectors: [],
      listed: [],
      severities: {},
      problems: problems.list,
      text
    }
  }
  return parseManifest(decoded.text, { ...options, path: file })
}

/** Why a manifest that exists cannot be read, and what to do about it. */
function unreadable(file: string, code: string | undefined, error: unknown) {
  if (code === 'EISDIR') {
    return `the manifest ${file} is a directory: name the YAML file in it, as in ${path.posix.join(file.replace(/\/+$/, ''), DEFAULT_MANIFEST_PATH)}`
  }
  const reason = (error as Partial<Error> | undefined)?.message
  return `cannot read the manifest ${file}: ${reason ?? String(error)}`
}

/**
 * Checks manifest text: its YAML, its keys and values, and each connector
 * path against the files under the root. Problems are placed by line and
 * column in the text.
 */
export async function parseManifest(
  text: string,
  options: ManifestOptions
): Promise<Manifest> {
  const file = options.path ?? DEFAULT_MANIFEST_PATH
  const problems = new ManifestProblems(file, text)
  const shape = await readShape(text, problems, options.knownRules)
  const connectors = await checkEntries(shape.entries, problems, options.root)
  return {
    file,
    connectors,
    // As discovery writes paths: `./a.json` and `a//b.json` are theirs.
    listed: shape.entries.flatMap((entry) =>
      entry.path === undefined
        ? []
        : [path.posix.normalize(entry.path.value.trim())]
    ),
    severities: shape.severities,
    problems: problems.list.sort(byPosition),
    text
  }
}

/**
 * The manifest's shape: read directly when it is written the usual way,
 * else by the YAML library, loaded only then (see `readPlainManifest`).
 */
async function readShape(
  text: string,
  problems: ManifestProblems,
  knownRules: readonly string[]
): Promise<ManifestShape> {
  // A carriage return alone ends a line in YAML 1.2, but not for the YAML
  // library; as a line feed it keeps every offset where it was.
  const lines = text.replace(/\r(?!\n)/g, '\n')
  const plain = readPlainManifest(lines, knownRules)
  if (plain !== undefined) return plain
  const { readManifestShape } = await import('./manifest-shape.js')
  return readManifestShape(lines, problems, knownRules)
}

function byPosition(a: ManifestProblem, b: ManifestProblem): number {
  return a.line - b.line || a.column - b.column
}
