import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Span } from '../findings/finding.js'
import { formatPointer } from '../json/pointer.js'
import type { ManifestProblems } from './manifest-problems.js'
import type { DraftEntry, Located } from './manifest-shape.js'
import { resolveInside } from './repo-path.js'
import { closest } from './suggest.js'

/** A connector the manifest lists, checked and ready to use. */
export interface ManifestEntry {
  /** The config's path relative to the repository root, forward slashes. */
  path: string
  /** The PlugSync connector id. */
  id: string
  environment?: string
  /** Where the entry is in the manifest. */
  span: Span
}

/**
 * Checks each entry's path against the file system and the entries against
 * each other. Keeps the entries that are whole, whose path is a file in the
 * repository, and that repeat no earlier id or path of their environment.
 */
export async function checkEntries(
  entries: readonly DraftEntry[],
  problems: ManifestProblems,
  root: string
): Promise<ManifestEntry[]> {
  const realRoot = await fs.realpath(root)
  const paths = await Promise.all(
    entries.map((entry) =>
      entry.path === undefined
        ? undefined
        : checkPath(entry, entry.path, problems, root, realRoot)
    )
  )
  const repeated = findRepeats(entries, paths, problems)
  const kept: ManifestEntry[] = []
  entries.forEach((entry, position) => {
    const checked = paths[position]
    if (checked === undefined || entry.id === undefined) return
    if (repeated.has(position)) return
    kept.push({
      path: checked,
      id: entry.id.value,
      ...(entry.environment ? { environment: entry.environment.value } : {}),
      span: problems.span(entry.range)
    })
  })
  return kept
}

/** The normalised repository path of an entry's file, or undefined. */
async function checkPath(
  entry: DraftEntry,
  written: Located,
  problems: ManifestProblems,
  root: string,
  realRoot: string
): Promise<string | undefined> {
  const pointer = formatPointer(['connectors', entry.index, 'path'])
  const shown = `the path '${written.value}' of connector ${entry.index + 1}`
  const fail = (rule: Parameters<ManifestProblems['add']>[0], why: string) => {
    problems.add(rule, `${shown} ${why}`, written.range, pointer)
    return undefined
  }

  const value = written.value.trim()
  if (value.includes('\\')) {
    return fail(
      'manifest-invalid-value',
      'uses \\: write it with forward slashes'
    )
  }
  if (path.posix.isAbsolute(value) || /^[A-Za-z]:/.test(value)) {
    return fail(
      'manifest-path-outside-repo',
      'is absolute: write it relative to the repository root'
    )
  }
  const normal = path.posix.normalize(value)
  if (normal === '..' || normal.startsWith('../')) {
    return fail('manifest-path-outside-repo', 'leads out of the repository')
  }

  const absolute = path.join(root, ...normal.split('/'))
  const resolution = await resolveInside(realRoot, absolute)
  if (resolution.kind === 'missing') {
    if (resolution.danglingTo !== undefined) {
      return fail(
        'manifest-missing-path',
        `is a symlink to '${resolution.danglingTo}', which does not exist: point it at the config file or name the file itself`
      )
    }
    const near = await nearestFile(root, normal)
    const guess = near === undefined ? '' : `: did you mean '${near}'?`
    return fail(
      'manifest-missing-path',
      `does not exist in the repository${guess}`
    )
  }
  if (resolution.kind === 'loop') {
    return fail('manifest-missing-path', 'is a symlink that loops')
  }
  if (resolution.kind === 'outside') {
    return fail(
      'manifest-path-outside-repo',
      'is a symlink that leads out of the repository'
    )
  }
  if (!(await fs.stat(resolution.real)).isFile()) {
    return fail('manifest-invalid-value', 'is not a file: name the config file')
  }
  return normal.replace(/\/$/, '')
}

/**
 * The file beside a missing path whose name is closest to the one written,
 * as a repository path; undefined when its folder does not exist either.
 */
async function nearestFile(
  root: string,
  written: string
): Promise<string | undefined> {
  const folder = path.posix.dirname(written)
  const names = await fs
    .readdir(path.join(root, ...folder.split('/')))
    .catch(() => [])
  const near = closest(path.posix.basename(written), names)
  return near === undefined ? undefined : path.posix.join(folder, near)
}

/**
 * Reports an id, or a path, that an earlier entry of the same environment
 * already lists, and returns the positions of the repeating entries.
 */
function findRepeats(
  entries: readonly DraftEntry[],
  paths: readonly (string | undefined)[],
  problems: ManifestProblems
): Set<number> {
  const repeated = new Set<number>()
  const firstIds = new Map<string, DraftEntry>()
  const firstPaths = new Map<string, DraftEntry>()
  entries.forEach((entry, position) => {
    const environment = entry.environment?.value
    const scope =
      environment === undefined ? '' : ` in environment '${environment}'`
    const firstId = claim(firstIds, environment, entry.id?.value, entry)
    if (firstId !== undefined && entry.id !== undefined) {
      repeated.add(position)
      problems.add(
        'manifest-duplicate-id',
        `connector id '${entry.id.value}' is listed twice${scope} (first at ` +
          `line ${problems.lineOf((firstId.id ?? firstId).range[0])}): one PlugSync ` +
          'connector has one config',
        entry.id.range,
        formatPointer(['connectors', entry.index, 'id'])
      )
    }
    const file = paths[position]
    const firstPath = claim(firstPaths, environment, file, entry)
    if (firstPath !== undefined && entry.path !== undefined) {
      repeated.add(position)
      problems.add(
        'manifest-duplicate-path',
        `path '${file}' is listed twice${scope} (first at line ` +
          `${problems.lineOf((firstPath.path ?? firstPath).range[0])}): remove one entry`,
        entry.path.range,
        formatPointer(['connectors', entry.index, 'path'])
      )
    }
  })
  return repeated
}

/**
 * Records the entry as the first with this value in its environment, or
 * returns the entry that was first. Entries without the value claim nothing.
 */
function claim(
  firsts: Map<string, DraftEntry>,
  environment: string | undefined,
  value: string | undefined,
  entry: DraftEntry
): DraftEntry | undefined {
  if (value === undefined) return undefined
  const key = JSON.stringify([environment ?? null, value])
  const first = firsts.get(key)
  if (first === undefined) firsts.set(key, entry)
  return first
}
