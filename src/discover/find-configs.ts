import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileFinding, type Finding } from '../findings/finding.js'
import { sniffContent } from './config-sniff.js'
import { readContent, type FileContent } from './file-content.js'
import { createFilter } from './discovery-filter.js'
import { mapPool } from './pool.js'
import { resolveInside } from './repo-path.js'
import {
  compare,
  walkTree,
  type ReadDirectory,
  type Walk,
  type WalkedFile
} from './walk-tree.js'

/** A file to check as a connector config. */
export interface CandidateFile {
  /** Repository-relative, forward slashes. */
  path: string
  absolutePath: string
  /**
   * How it was found: listed in the manifest, matched by a `configs`
   * pattern, or (with no patterns) by its content: a config-shaped JSON
   * object, or a `.json` file that does not parse.
   */
  source: 'manifest' | 'pattern' | 'content'
  /** The bytes or value, when discovery read them to look at the content. */
  content?: FileContent
}

/** A discovery problem: a symlink not followed, a directory not read. */
export type DiscoveryProblem = Finding

/** Options of `findConfigs`. */
export interface FindConfigsOptions {
  /** The repository root. */
  root: string
  /** Globs of config files, relative to the root; empty: find by content. */
  patterns: string[]
  /** Globs of files and directories to leave out. */
  exclude: string[]
  /** Repository paths the manifest lists: always included. */
  manifestPaths: string[]
  /**
   * Offered each file found by its content as soon as it is read. When it
   * returns true the caller is done with the bytes and the candidate comes
   * back without them: a caller that checks files as they are read holds
   * one file's bytes and parse at a time, not the whole repository's. It
   * may answer later: the next file is read once it has.
   */
  takeContent?: (
    file: CandidateFile,
    content: FileContent
  ) => boolean | Promise<boolean>
  /**
   * Whether a file found by its content is to be left out unread by the
   * checks: one the caller knows is no config (the CLI's own output file).
   */
  leaveOut?: (absolutePath: string, content: FileContent) => boolean
  /**
   * When `root` is a folder below the repository: the repository's root,
   * which symlinks may lead anywhere inside, and the folder's path in it,
   * which the problems' paths and messages start with.
   */
  repository?: { root: string; folder: string }
}

/** What discovery found. */
export interface FoundConfigs {
  files: CandidateFile[]
  problems: DiscoveryProblem[]
  /** With patterns: how many files they matched, exclude applied. */
  patternMatches?: number
}

/** Looks at most this many manifest paths at once. */
const READ_CONCURRENCY = 16

/**
 * Finds the connector configs of a repository: the manifest's paths, and
 * the files the patterns match or, without patterns, every `.json` file
 * that holds a config or does not parse. Sorted by path. `readDirectory`
 * replaces the directory listing, for tests of unreadable directories.
 */
export async function findConfigs(
  options: FindConfigsOptions,
  readDirectory?: ReadDirectory
): Promise<FoundConfigs> {
  const root = path.resolve(options.root)
  await assertDirectory(root)
  const filter = createFilter(options.patterns, options.exclude)
  const byContent = !options.patterns.some((line) => isPattern(line))
  const walk = await walkTree(
    root,
    filter.starts,
    filter,
    readDirectory,
    options.repository?.root
  )

  const walked = preferDirectRoutes(walk.files)
  const found = byContent
    ? await keepConfigs(walked, options.takeContent, options.leaveOut)
    : walked.map((file) => candidateOf(file, 'pattern'))
  const listed = await manifestFiles(root, options.manifestPaths)
  return {
    files: merge(listed, found),
    problems: problemsOf(walk, options.repository?.folder ?? ''),
    ...(byContent ? {} : { patternMatches: found.length })
  }
}

function isPattern(line: string): boolean {
  const trimmed = line.trim()
  return trimmed !== '' && !trimmed.startsWith('!')
}

/** Refuses a repository root that is not a directory, saying so. */
export async function assertDirectory(root: string): Promise<void> {
  const stats = await fs.stat(root).catch(() => undefined)
  if (!stats?.isDirectory()) {
    throw new Error(
      `the repository root ${root} is not a directory: check the working directory`
    )
  }
}

/**
 * One entry per real file: a route without symlinks wins over one through
 * a link, then the smaller path.
 */
function preferDirectRoutes(files: readonly WalkedFile[]): WalkedFile[] {
  const best = new Map<string, WalkedFile>()
  for (const file of files) {
    const other = best.get(file.real)
    if (other === undefined || isBetterRoute(file, other))
      best.set(file.real, file)
  }
  return [...best.values()]
}

function isBetterRoute(file: WalkedFile, other: WalkedFile): boolean {
  if (file.viaLink !== other.viaLink) return !file.viaLink
  return compare(file.path, other.path) < 0
}

/** A candidate with the real path it was reached at, for merging. */
type Located = CandidateFile & { real: string }

/**
 * Reads and sniffs each file in turn. Checking a file costs far more than
 * reading it, and a synchronous read of a file in the page cache costs half
 * of an asynchronous one: reading ahead would gain nothing.
 */
async function keepConfigs(
  files: readonly WalkedFile[],
  takeContent: FindConfigsOptions['takeContent'],
  leaveOut: FindConfigsOptions['leaveOut']
): Promise<Located[]> {
  const kept: Located[] = []
  for (const file of files) {
    const content = readCandidate(file.absolutePath)
    if (content === undefined) {
      // It may be a config: the check reads it again and says why not.
      kept.push(candidateOf(file, 'content'))
      continue
    }
    if (sniffContent(content) === 'other') continue
    if (leaveOut?.(file.absolutePath, content)) continue
    const candidate = candidateOf(file, 'content')
    if (await takeContent?.(candidate, content)) kept.push(candidate)
    else kept.push({ ...candidate, content })
  }
  return kept
}

/** A file's content, or undefined when it cannot be read. */
function readCandidate(file: string): FileContent | undefined {
  try {
    return readContent(file)
  } catch {
    return undefined
  }
}

function candidateOf(file: WalkedFile, source: 'pattern' | 'content'): Located {
  return {
    path: file.path,
    absolutePath: file.absolutePath,
    source,
    real: file.real
  }
}

/**
 * The manifest's files that exist inside the repository. The manifest
 * check reports the others, so they are left out here without a word.
 */
async function manifestFiles(
  root: string,
  paths: readonly string[]
): Promise<Located[]> {
  const realRoot = await fs.realpath(root)
  const files = await mapPool(paths, READ_CONCURRENCY, async (listed) => {
    const repoPath = path.posix.normalize(listed.trim())
    if (repoPath === '..' || repoPath.startsWith('../')) return undefined
    const absolutePath = path.join(root, ...repoPath.split('/'))
    const resolution = await resolveInside(realRoot, absolutePath)
    if (resolution.kind !== 'inside') return undefined
    if (!(await fs.stat(resolution.real)).isFile()) return undefined
    const file: Located = {
      path: repoPath,
      absolutePath,
      source: 'manifest',
      real: resolution.real
    }
    return file
  })
  return files.filter((file) => file !== undefined)
}

/**
 * One candidate per real file, sorted by path: the manifest's path wins
 * over the same file found by the walk, and keeps the bytes the walk read.
 */
function merge(
  listed: readonly Located[],
  found: readonly Located[]
): CandidateFile[] {
  const byReal = new Map<string, Located>()
  for (const file of [...listed, ...found]) {
    const first = byReal.get(file.real)
    if (first === undefined) byReal.set(file.real, file)
    else if (first.content === undefined && file.content !== undefined) {
      byReal.set(file.real, { ...first, content: file.content })
    }
  }
  return [...byReal.values()]
    .map(({ real: _real, ...file }) => file)
    .sort((a, b) => compare(a.path, b.path))
}

/** The walk's refusals as findings on the link or directory. */
function problemsOf(walk: Walk, folder: string): DiscoveryProblem[] {
  const named = (path: string): string =>
    [folder, path].filter((part) => part !== '').join('/')
  const problems = [
    ...walk.links.map((link) =>
      link.reason === 'outside'
        ? problem(
            'symlink-outside-repo',
            named(link.path),
            `the symlink ${named(link.path)} leads out of the repository: ` +
              'it was not followed; point it inside the repository or exclude it'
          )
        : problem(
            'symlink-loop',
            named(link.path),
            `the symlink ${named(link.path)} leads back into a directory ` +
              'above it or never ends: it was not followed; remove it or exclude it'
          )
    ),
    ...walk.unreadable.map((directory) =>
      problem(
        'unreadable-directory',
        named(directory.path),
        `the directory ${named(directory.path) || '.'} could not be read ` +
          `(${directory.reason}): configs in it were not checked`
      )
    )
  ]
  return problems.sort((a, b) => compare(a.file, b.file))
}

function problem(
  rule: string,
  file: string,
  message: string
): DiscoveryProblem {
  return fileFinding(rule, file, message)
}
