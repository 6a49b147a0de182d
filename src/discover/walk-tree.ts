import { promises as fs, readdir, type Dirent } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { isInside, resolveInside, type Resolution } from './repo-path.js'
import { mapPool, runPool } from './pool.js'

/** Which paths a walk visits, by repository path. */
export interface WalkFilter {
  /** Whether to descend into a directory. */
  enterDirectory(repoPath: string): boolean
  /** Whether a file is wanted. */
  wantFile(repoPath: string): boolean
}

/** A file the walk found. */
export interface WalkedFile {
  /** Repository-relative, forward slashes, as reached (through links). */
  path: string
  absolutePath: string
  /** The file's real path, for telling two routes to one file apart. */
  real: string
  /** Whether a symlink lies on the way to it. */
  viaLink: boolean
}

/** A symlink the walk did not follow, and why. */
export interface SkippedLink {
  path: string
  reason: 'outside' | 'loop'
}

/** What a walk gives back. */
export interface Walk {
  files: WalkedFile[]
  links: SkippedLink[]
  /** Directories that could not be read, with the system's reason. */
  unreadable: { path: string; reason: string }[]
}

/** A directory to read, with the real paths of the directories above it. */
interface DirectoryJob {
  path: string
  absolute: string
  real: string
  viaLink: boolean
  above: Ancestry | undefined
}

interface Ancestry {
  real: string
  above: Ancestry | undefined
}

interface LinkEntry {
  path: string
  absolute: string
  job: DirectoryJob
}

const CONCURRENCY = 16

/** Lists a directory; the callback form, promisified, is the fastest. */
export type ReadDirectory = (absolute: string) => Promise<Dirent[]>

const listDirectory = promisify(readdir)
const readDirectoryEntries: ReadDirectory = (absolute) =>
  listDirectory(absolute, { withFileTypes: true })

/**
 * Walks directory trees from the given starting directories, reading up to
 * 16 directories at once. Symlinks are followed only when they stay in the
 * repository (`boundary`, the root unless the walk starts below it); the real tree is walked first and the links afterwards, in
 * path order, so that the result never depends on timing. A link to a
 * directory already walked is not followed (its files are found under
 * their own paths); a link back into its own ancestry, or a link chain
 * that never ends, is a loop.
 */
export async function walkTree(
  root: string,
  starts: readonly string[],
  filter: WalkFilter,
  list: ReadDirectory = readDirectoryEntries,
  boundary: string = root
): Promise<Walk> {
  const realRoot = await fs.realpath(root)
  const realBoundary = await fs.realpath(boundary)
  const walk: Walk = { files: [], links: [], unreadable: [] }
  const walked = new Set<string>()
  let links: LinkEntry[] = []

  const readJob = async (job: DirectoryJob): Promise<DirectoryJob[]> => {
    walked.add(job.real)
    const entries = await readDirectory(job, walk, list)
    return classifyEntries(job, entries, filter, walk, links)
  }

  const firstJobs = await startJobs(root, realRoot, realBoundary, starts, walk)
  await runPool(firstJobs, CONCURRENCY, readJob)
  while (links.length > 0) {
    const round = links.sort((a, b) => compare(a.path, b.path))
    links = []
    const next = await followLinks(round, realBoundary, walked, filter, walk)
    await runPool(next, CONCURRENCY, readJob)
  }
  return walk
}

async function startJobs(
  root: string,
  realRoot: string,
  realBoundary: string,
  starts: readonly string[],
  walk: Walk
): Promise<DirectoryJob[]> {
  const jobs: DirectoryJob[] = []
  for (const start of starts) {
    const absolute = path.join(root, ...start.split('/').filter(Boolean))
    const resolution = await resolveInside(realBoundary, absolute)
    if (resolution.kind === 'outside' || resolution.kind === 'loop') {
      walk.links.push({ path: start, reason: resolution.kind })
      continue
    }
    if (resolution.kind === 'missing') continue
    if (!(await fs.stat(resolution.real)).isDirectory()) continue
    const above = { real: realRoot, above: undefined }
    const viaLink = resolution.real !== path.join(realRoot, ...start.split('/'))
    jobs.push({ path: start, absolute, real: resolution.real, viaLink, above })
  }
  return jobs
}

async function readDirectory(
  job: DirectoryJob,
  walk: Walk,
  list: ReadDirectory
): Promise<Dirent[]> {
  try {
    return await list(job.absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      walk.unreadable.push({ path: job.path, reason: code ?? String(error) })
    }
    return []
  }
}

/** Files go to the walk, directories come back as jobs, links wait. */
function classifyEntries(
  job: DirectoryJob,
  entries: readonly Dirent[],
  filter: WalkFilter,
  walk: Walk,
  links: LinkEntry[]
): DirectoryJob[] {
  const jobs: DirectoryJob[] = []
  for (const entry of entries) {
    const repoPath = job.path === '' ? entry.name : `${job.path}/${entry.name}`
    const absolute = path.join(job.absolute, entry.name)
    const real = path.join(job.real, entry.name)
    if (entry.isDirectory()) {
      if (!filter.enterDirectory(repoPath)) continue
      const above = { real: job.real, above: job.above }
      jobs.push({ path: repoPath, absolute, real, viaLink: job.viaLink, above })
    } else if (entry.isFile()) {
      if (!filter.wantFile(repoPath)) continue
      walk.files.push({
        path: repoPath,
        absolutePath: absolute,
        real,
        viaLink: job.viaLink
      })
    } else if (entry.isSymbolicLink()) {
      links.push({ path: repoPath, absolute, job })
    }
  }
  return jobs
}

/**
 * Decides, in path order, what each link of a round leads to: a file to
 * keep, a directory to walk next, or a link to report.
 */
async function followLinks(
  round: readonly LinkEntry[],
  realBoundary: string,
  walked: Set<string>,
  filter: WalkFilter,
  walk: Walk
): Promise<DirectoryJob[]> {
  const targets = await mapPool(round, CONCURRENCY, (link) =>
    inspectLink(realBoundary, link.absolute)
  )
  const jobs: DirectoryJob[] = []
  round.forEach((link, position) => {
    const target = targets[position]!
    // A link that loops may have been meant as a file or a directory.
    const wanted =
      target.type === 'file'
        ? filter.wantFile(link.path)
        : target.type === 'directory'
          ? filter.enterDirectory(link.path)
          : filter.wantFile(link.path) || filter.enterDirectory(link.path)
    if (!wanted) return
    if (target.resolution.kind === 'missing') {
      // A link to nothing where a config could be is kept, for the check
      // to say it cannot be read; other missing links say nothing.
      if (
        target.resolution.danglingTo !== undefined &&
        filter.wantFile(link.path)
      ) {
        walk.files.push({
          path: link.path,
          absolutePath: link.absolute,
          real: link.absolute,
          viaLink: true
        })
      }
      return
    }
    if (target.resolution.kind !== 'inside') {
      walk.links.push({ path: link.path, reason: target.resolution.kind })
      return
    }
    const real = target.resolution.real
    if (target.type === 'file') {
      walk.files.push({
        path: link.path,
        absolutePath: link.absolute,
        real,
        viaLink: true
      })
      return
    }
    if (target.type !== 'directory') return
    if (leadsBack(real, link.job)) {
      walk.links.push({ path: link.path, reason: 'loop' })
      return
    }
    if (walked.has(real)) return
    walked.add(real)
    const above = { real: link.job.real, above: link.job.above }
    jobs.push({
      path: link.path,
      absolute: link.absolute,
      real,
      viaLink: true,
      above
    })
  })
  return jobs
}

/** Where a link leads, and whether that is a file or a directory. */
async function inspectLink(
  realRoot: string,
  absolute: string
): Promise<{ resolution: Resolution; type: 'file' | 'directory' | 'other' }> {
  const resolution = await resolveInside(realRoot, absolute)
  if (resolution.kind === 'missing' || resolution.kind === 'loop') {
    return { resolution, type: 'other' }
  }
  // Only the type is asked for, never the content, even outside the root.
  const stats = await fs.stat(absolute).catch(() => undefined)
  const type = stats?.isFile()
    ? 'file'
    : stats?.isDirectory()
      ? 'directory'
      : 'other'
  return { resolution, type }
}

/** Whether a directory is the link's own directory or one above it. */
function leadsBack(real: string, job: DirectoryJob): boolean {
  if (isInside(real, job.real)) return true
  for (let up = job.above; up !== undefined; up = up.above) {
    if (isInside(real, up.real)) return true
  }
  return false
}

/** Orders paths by UTF-16 code units, the same on every platform. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
