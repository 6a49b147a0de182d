import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Span } from '../findings/finding.js'
import { formatPointer } from '../json/pointer.js'
import type { ManifestProblems } from './manifest-problems.js'
import type { DraftEntry, Located } from './manifest-shape.js'
import { resolveInside } from './repo-path.js'

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
    return fail('manifest-missing-path', 'does not exist in the repository')
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
 * Reports an id, or a path, that an earlier entry of the same environment
 * already lists, and returns the positions of the repeating entries.
 */
function findRepeats(
  entries: readonly DraftEntry[],
  paths: readonly (string | undefined)[],
  problems: ManifestProblems
): Set<number> {
  const repeated = new Set<number>()
  const ids = new Map<string, DraftEntry>()
  const files = new Map<string, DraftEntry>()
  entries.forEach((entry, position) => {
    const environment = entry.environment?.value
    const scope =
      environment === undefined ? '' : ` in environment '${environment}'`
    const group = JSON.stringify(environment ?? null)
    if (entry.id !== undefined) {
      const first = ids.get(`${group}:${entry.id.value}`)
      if (first === undefined) ids.set(`${group}:${entry.id.value}`, entry)
      else {
        repeated.add(position)
        problems.add(
          'manifest-duplicate-id',
          `connector id '${entry.id.value}' is listed twice${scope} (first ` +
            `at line ${problems.lineOf(first.range[0])}): one PlugSync ` +
            'connector has one config',
          entry.id.range,
          formatPointer(['connectors', entry.index, 'id'])
        )
      }
    }
    const file = paths[position]
    if (file === undefined || entry.path === undefined) return
    const first = files.get(`${group}:${file}`)
    if (first === undefined) files.set(`${group}:${file}`, entry)
    else {
      repeated.add(position)
      problems.add(
        'manifest-duplicate-path',
        `path '${file}' is listed twice${scope} (first at line ` +
          `${problems.lineOf(first.range[0])}): remove one entry`,
        entry.path.range,
        formatPointer(['connectors', entry.index, 'path'])
      )
    }
  })
  return repeated
}
