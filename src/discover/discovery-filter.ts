import picomatch from 'picomatch'
import type { WalkFilter } from './walk-tree.js'

/** Directories never searched: dependencies, VCS data, build output, editor settings. */
const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  '.git',
  'dist',
  '.vscode',
  '.devcontainer'
])

/** Files that are JSON with comments by convention. */
const SKIPPED_FILE = /^(?:tsconfig.*|jsconfig.*|\.devcontainer)\.json$/

/** Where configs are looked for when the `configs` input is empty. */
export const DEFAULT_PATTERNS: readonly string[] = ['**/*.json']

/** The search the options describe, with the directories to start from. */
export interface DiscoveryFilter extends WalkFilter {
  /** Directories to walk from: the static prefixes of the patterns. */
  starts: string[]
  /** Whether a path is excluded by the user or by convention. */
  isExcluded(repoPath: string): boolean
}

/**
 * Compiles the user's patterns and exclusions. A pattern starting with `!`
 * is an exclusion; `./` prefixes and trailing slashes are dropped; blank
 * lines are ignored. Dot files match.
 */
export function createFilter(
  patterns: readonly string[],
  exclude: readonly string[]
): DiscoveryFilter {
  for (const line of [...patterns, ...exclude]) refuseOutward(line)
  const lines = patterns.map(cleanPattern).filter((line) => line !== '')
  const positive = lines.filter((line) => !line.startsWith('!'))
  const negative = lines
    .filter((line) => line.startsWith('!'))
    .map((line) => cleanPattern(line.slice(1)))
  const exclusions = [...negative, ...exclude.map(cleanPattern)].filter(
    (line) => line !== ''
  )
  const used = positive.length > 0 ? positive : DEFAULT_PATTERNS
  const matches = picomatch(used as string[], { dot: true })
  const excluded = globMatcher(exclusions)

  const isExcluded = (repoPath: string): boolean =>
    excluded(repoPath) || isSkippedByConvention(repoPath)
  const reaches = used.map(reachOf)
  return {
    starts: startsOf(used),
    isExcluded,
    enterDirectory: (repoPath) =>
      !isExcluded(repoPath) && reaches.some((reach) => reach(repoPath)),
    wantFile: (repoPath) => !isExcluded(repoPath) && matches(repoPath)
  }
}

/**
 * Whether a pattern can match anything under a directory: each of the
 * directory's names must match the pattern's part at its depth, with a
 * part left over for the file, unless a `**` comes first. A pattern with
 * braces or parentheses may hold a `/` inside them, so it is taken to reach
 * everywhere, as does one with an empty part (`a//b`).
 */
function reachOf(pattern: string): (directory: string) => boolean {
  const parts = pattern.split('/')
  if (/[{}()]/.test(pattern) || parts.includes('')) return () => true
  const matchers = parts.map((part) => picomatch(part, { dot: true }))
  return (directory) => {
    const names = directory.split('/')
    for (let depth = 0; depth < names.length; depth++) {
      if (parts[depth] === '**') return true
      if (depth >= parts.length - 1) return false
      if (!matchers[depth]!(names[depth]!)) return false
    }
    return true
  }
}

/**
 * A glob is relative to the repository root and stays below it: one that
 * is absolute, or climbs out with `..`, says so.
 */
function refuseOutward(line: string): void {
  const glob = line.trim().replace(/^!/, '')
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) {
    throw new Error(
      `the pattern '${line.trim()}' is absolute: write it relative to the repository root, as in connectors/*.json`
    )
  }
  if (glob.split(/[\\/]/).includes('..')) {
    throw new Error(
      `the pattern '${line.trim()}' has a '..' part, but patterns match only below the repository root: write it from the root, as in connectors/*.json, or check another root (--root on the command line, working-directory in the action)`
    )
  }
}

/**
 * Whether the user's exclude patterns leave out a path relative to the
 * root: for a file named outright, which the conventions (node_modules,
 * dist and the like) never leave out.
 */
export function userExclusion(
  exclude: readonly string[]
): (repoPath: string) => boolean {
  for (const line of exclude) refuseOutward(line)
  return globMatcher(exclude.map(cleanPattern).filter((line) => line !== ''))
}

/** Whether a path matches any of the globs; none matches nothing. */
function globMatcher(globs: readonly string[]): (path: string) => boolean {
  return globs.length > 0 ? picomatch([...globs], { dot: true }) : () => false
}

function cleanPattern(line: string): string {
  return line.trim().replace(/^\.\//, '').replace(/\/+$/, '')
}

function isSkippedByConvention(repoPath: string): boolean {
  const parts = repoPath.split('/')
  const name = parts[parts.length - 1]!
  return (
    parts.some((part) => SKIPPED_DIRECTORIES.has(part)) ||
    SKIPPED_FILE.test(name)
  )
}

/**
 * The directories the patterns can match under: a pattern's part before
 * its first glob character. Nested starts are dropped; '' is the root.
 */
function startsOf(patterns: readonly string[]): string[] {
  const bases = patterns.map((pattern) => {
    const scan = picomatch.scan(pattern)
    if (scan.isGlob) return scan.base
    const slash = pattern.lastIndexOf('/')
    return slash === -1 ? '' : pattern.slice(0, slash)
  })
  if (bases.includes('')) return ['']
  const unique = [...new Set(bases)].sort()
  return unique.filter(
    (base) =>
      !unique.some((other) => other !== base && base.startsWith(other + '/'))
  )
}
