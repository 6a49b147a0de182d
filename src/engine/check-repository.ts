import { statSync, type Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { isAbsolute, posix, resolve } from 'node:path'
import {
  compareFindings,
  fileFinding,
  type Finding
} from '../findings/finding.js'
import {
  isStreamed,
  readContent,
  type FileContent
} from '../discover/file-content.js'
import {
  assertDirectory,
  findConfigs,
  type CandidateFile
} from '../discover/find-configs.js'
import { userExclusion } from '../discover/discovery-filter.js'
import { toRepoPath } from '../discover/repo-path.js'
import {
  DEFAULT_MANIFEST_PATH,
  readManifest,
  type ManifestEntry
} from '../discover/manifest.js'
import type { Logger } from '../logger.js'
import { RULES } from '../rules/registry.js'
import { loadRules, withRules } from '../rules/on-demand.js'
import { checkContent, type FileReport, type Severities } from './check-file.js'
import { appendAll } from '../append.js'

/** What to check in a repository. */
export interface RepositoryOptions {
  root: string
  /** Globs of configs; empty finds them by content. */
  patterns: string[]
  exclude: string[]
  /** The manifest's path relative to the root. */
  manifest: string
  logger: Logger
  /**
   * Files and directories (relative to the root) to check instead of the
   * whole repository, as the CLI's arguments name them: a file is checked
   * whatever it holds, a directory is searched like the repository.
   */
  paths?: string[]
  /**
   * The file standard output is written to, when it is one (`validate >
   * report.json`): empty while the run looks for configs, and never one.
   */
  output?: FileIdentity
}

/** A file as the file system knows it, whatever its path. */
export interface FileIdentity {
  dev: number
  ino: number
}

/** Everything a validation of a repository found. */
export interface RepositoryCheck {
  root: string
  /**
   * One report per file checked. Only the manifest's connectors keep their
   * parsed config; other files keep their text only when they have findings
   * (to show them in context), so that memory holds one file at a time.
   */
  files: FileReport[]
  /** Every finding: configs, manifest and discovery, in file order. */
  findings: Finding[]
  /** The connectors the manifest maps, whose files exist. */
  connectors: ManifestEntry[]
  /** The manifest's path, when there is one. */
  manifestFile?: string
  /** The manifest's text, when there is one. */
  manifestText?: string
  /** Every path the manifest's entries name, whole entries or not. */
  listed?: string[]
}

/**
 * Finds and checks every connector config of a repository: reads the
 * manifest, discovers the configs, checks each file, and gathers every
 * finding in file and line order.
 */
export async function checkRepository(
  options: RepositoryOptions
): Promise<RepositoryCheck> {
  // Before the manifest, whose path under a file root would fail less
  // plainly (ENOTDIR).
  await assertDirectory(options.root)
  const manifest = await readManifest({
    root: options.root,
    path: options.manifest,
    knownRules: RULES.map((rule) => rule.id)
  })
  if (manifest) {
    options.logger.info(
      `using manifest ${manifest.file}: ${manifest.connectors.length} connector(s)`
    )
  } else if (options.manifest !== DEFAULT_MANIFEST_PATH) {
    // A manifest someone named and mistyped would drop every connector
    // and severity override without a word.
    throw new Error(
      `the manifest ${options.manifest} does not exist: check the path (relative to ${options.root}), or leave it out to use ${DEFAULT_MANIFEST_PATH} when there is one`
    )
  } else {
    options.logger.debug(`no manifest at ${options.manifest}`)
  }

  const severities = manifest?.severities ?? {}
  const connectorPaths = manifest?.connectors.map((entry) => entry.path) ?? []
  const early = earlyChecks(severities, connectorPaths, manifest?.listed ?? [])
  // Files named outright and not checked as configs: what exclude leaves
  // out, each warned about, and the manifest, which has its own checks.
  const leftOut: string[] = []
  const found = options.paths
    ? await findUnder(options, options.paths, early.take, leftOut)
    : await findConfigs({
        root: options.root,
        patterns: options.patterns,
        exclude: options.exclude,
        manifestPaths: connectorPaths,
        takeContent: early.take,
        leaveOut: isOutputFile(options.output)
      })
  if ('patternMatches' in found && found.patternMatches === 0) {
    const kept = options.exclude.length > 0 ? ' that exclude leaves in' : ''
    options.logger.warning(
      `the configs patterns matched no file${kept} (${options.patterns.join(', ')}): check them, or leave configs empty to find configs by content`
    )
  }
  // A run that finds nothing else to say says why it checked nothing;
  // patterns that match nothing and a manifest's missing connectors have
  // their own warning and findings.
  const silent =
    found.files.length === 0 &&
    found.problems.length === 0 &&
    leftOut.length === 0 &&
    (manifest?.problems.length ?? 0) === 0
  if (silent && options.patterns.length === 0) {
    const where = options.paths
      ? `in ${options.paths.join(', ')}`
      : `under ${options.root}`
    options.logger.warning(
      `found no connector config ${where}: configs are found by content, as JSON objects with a "version" key and an "entities" or "flows" key; check the path, or name the files with configs patterns`
    )
  }
  const files: FileReport[] = []
  const findings = withSeverities(
    [...found.problems, ...(manifest?.problems ?? [])],
    severities
  )
  for (const file of found.files) {
    const report =
      early.reportFor(file) ??
      (await checkCandidate(
        file.path,
        file.absolutePath,
        file.content,
        severities
      ))
    files.push(report)
    appendAll(findings, report.findings)
  }
  options.logger.info(`checked ${files.length} config file(s)`)

  const check: RepositoryCheck = {
    root: options.root,
    files,
    findings: findings.sort(compareFindings),
    connectors: manifest?.connectors ?? []
  }
  if (manifest) {
    check.manifestFile = manifest.file
    check.manifestText = manifest.text
    check.listed = manifest.listed
  }
  return check
}

/**
 * The files a check read as configs, its manifest, and the paths the
 * manifest names (a config may be missing yet): what no report or record
 * the run writes may replace.
 */
export function checkedPaths(check: RepositoryCheck): string[] {
  const paths = check.files.map((file) => resolve(check.root, file.file))
  if (check.manifestFile !== undefined) {
    paths.push(resolve(check.root, check.manifestFile))
  }
  for (const path of check.listed ?? []) paths.push(resolve(check.root, path))
  return paths
}

/** What checks files while discovery reads them. */
interface EarlyChecks {
  /** Checks a file found by its content, unless it is a connector. */
  take: (file: CandidateFile, content: FileContent) => Promise<boolean>
  /** The report made early for a final candidate, if one was. */
  reportFor: (file: CandidateFile) => FileReport | undefined
}

/**
 * Checks each file found by content as soon as discovery has read and
 * parsed it, while that parse is fresh, and keeps only what later steps
 * read. The manifest's connectors are left to the main loop: their reports
 * keep the parsed config for the diff and the promotion.
 */
function earlyChecks(
  severities: Severities,
  connectorPaths: readonly string[],
  listedPaths: readonly string[]
): EarlyChecks {
  const normal = (paths: readonly string[]) =>
    new Set(paths.map((path) => posix.normalize(path.trim())))
  const [connectors, listed] = [normal(connectorPaths), normal(listedPaths)]
  const reports = new Map<string, FileReport>()
  return {
    take: async (file, content) => {
      if (connectors.has(file.path)) return false
      const report = await checkWithRules(file.path, content, severities)
      // A file the manifest lists, its entry left out for a problem, is
      // meant as a config: no hint to leave it out.
      const hinted = listed.has(file.path) ? report : withExcludeHint(report)
      reports.set(file.absolutePath, lighten(hinted))
      return true
    },
    reportFor: (file) => {
      // A connector's report must keep its config: check it again.
      if (file.source === 'manifest') return undefined
      const report = reports.get(file.absolutePath)
      return report?.file === file.path ? report : undefined
    }
  }
}

/**
 * Tells the output file among the files found by content: only an empty
 * file can be it, so only an empty one is looked at again.
 */
function isOutputFile(
  output: FileIdentity | undefined
): ((path: string, content: FileContent) => boolean) | undefined {
  if (output === undefined) return undefined
  return (path, content) => {
    if (isStreamed(content) || content.length > 0) return false
    const stats = statSync(path, { throwIfNoEntry: false })
    return stats?.dev === output.dev && stats.ino === output.ino
  }
}

/**
 * The manifest's severities applied to what was found before any file was
 * checked: the manifest's own problems and discovery's.
 */
function withSeverities(
  findings: readonly Finding[],
  severities: Severities
): Finding[] {
  const kept: Finding[] = []
  for (const finding of findings) {
    const level = severities[finding.rule]
    if (level === 'off') continue
    kept.push(level === undefined ? finding : { ...finding, severity: level })
  }
  return kept
}

/**
 * A file found by its content that does not parse may be no config at all
 * (settings written as JSON with comments): its syntax finding says how to
 * leave it out.
 */
function withExcludeHint(report: FileReport): FileReport {
  for (const finding of report.findings) {
    if (UNPARSED.has(finding.rule)) finding.message += EXCLUDE_HINT
  }
  return report
}

/** The findings of a file that could not be read as JSON at all. */
const UNPARSED = new Set(['invalid-json', 'invalid-utf8', 'empty-file'])

const EXCLUDE_HINT =
  '; if this file is not a connector config, leave it out with exclude (--exclude on the command line)'

/**
 * What is kept of a file that is not a connector: its findings and
 * entities, and its text only when a finding is shown in context.
 */
function lighten(report: FileReport): FileReport {
  const light: FileReport = {
    file: report.file,
    findings: report.findings,
    entities: report.entities
  }
  if (report.findings.length > 0 && report.source) light.source = report.source
  return light
}

/** The stats of a path named on the command line, or a clear error. */
async function statNamed(named: string, absolute: string): Promise<Stats> {
  try {
    return await stat(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(
      code === 'ELOOP'
        ? `${named} is a symlink loop: point it at a file or remove it`
        : `${named} does not exist: name a config file or a directory`
    )
  }
}

/** Candidates from named files and directories, each directory searched. */
async function findUnder(
  options: RepositoryOptions,
  paths: readonly string[],
  takeContent: EarlyChecks['take'],
  leftOut: string[]
): Promise<Awaited<ReturnType<typeof findConfigs>>> {
  const files: CandidateFile[] = []
  const problems: Finding[] = []
  let patternMatches: number | undefined
  const excluded = userExclusion(options.exclude)
  const manifest = statSync(resolve(options.root, options.manifest), {
    throwIfNoEntry: false
  })
  const warned = new Set<string>()
  for (const named of paths) {
    const absolute = resolve(options.root, named)
    const stats = await statNamed(named, absolute)
    if (!stats.isDirectory() && !stats.isFile()) {
      throw new Error(
        `${named} is not a regular file (a device, a pipe or a socket): name a config file or a directory`
      )
    }
    const relative = toRepoPath(options.root, absolute)
    // A file outside the root keeps the absolute path the user can open.
    const prefix = relative.startsWith('../') ? absolute : relative
    if (!stats.isDirectory()) {
      // The manifest, by any name, has its own checks.
      if (manifest?.dev === stats.dev && manifest.ino === stats.ino) {
        leftOut.push(named)
        continue
      }
      // Exclude means never checked, a file named outright included.
      if (prefix === relative && excluded(relative)) {
        if (!warned.has(relative)) {
          options.logger.warning(
            `${named} is named, but exclude leaves it out: it was not checked`
          )
        }
        warned.add(relative)
        leftOut.push(named)
        continue
      }
      files.push({ path: prefix, absolutePath: absolute, source: 'pattern' })
      continue
    }
    const under = (path: string): string =>
      prefix === '' ? path : `${prefix}/${path}`
    const found = await findConfigs({
      root: absolute,
      patterns: options.patterns,
      exclude: options.exclude,
      manifestPaths: [],
      takeContent: (file, content) =>
        takeContent({ ...file, path: under(file.path) }, content),
      leaveOut: isOutputFile(options.output),
      // A folder inside the root is part of the repository: its links may
      // lead anywhere in the root. A folder outside is its own repository.
      repository: {
        root: isAbsolute(prefix) ? absolute : options.root,
        folder: prefix
      }
    })
    if (found.patternMatches !== undefined) {
      patternMatches = (patternMatches ?? 0) + found.patternMatches
    }
    appendAll(
      files,
      found.files.map((file) => ({ ...file, path: under(file.path) }))
    )
    appendAll(problems, found.problems)
  }
  const unique = new Map(files.map((file) => [file.absolutePath, file]))
  return {
    files: [...unique.values()].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0
    ),
    problems,
    ...(patternMatches === undefined ? {} : { patternMatches })
  }
}

async function checkCandidate(
  path: string,
  absolutePath: string,
  content: FileContent | undefined,
  severities: Severities
): Promise<FileReport> {
  // Discovery by content read and parsed the file already: no need to
  // parse it twice.
  let read = content
  try {
    read ??= readContent(absolutePath)
  } catch (error) {
    return unreadable(path, errorCode(error), severities)
  }
  return checkWithRules(path, read, severities)
}

/**
 * Checks a file, loading the parts of the rules it asks for (see
 * `withRules`). A large file gets every part first: checking it twice
 * would cost more than loading them (a 20 MB config, about 150 ms).
 */
async function checkWithRules(
  path: string,
  content: FileContent,
  severities: Severities
): Promise<FileReport> {
  if (isStreamed(content) || content.length >= LOAD_RULES_FROM) {
    await loadRules()
  }
  return withRules(() => checkRead(path, content, severities))
}

/** The size from which a file's check loads every part of the rules first. */
const LOAD_RULES_FROM = 1024 * 1024

/**
 * Checks a file from what was read of it. A large file with findings is
 * read again to place them: if it has gone since, it is unreadable.
 */
function checkRead(
  path: string,
  content: FileContent,
  severities: Severities
): FileReport {
  try {
    return checkContent(path, content, severities)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error
    return unreadable(path, errorCode(error), severities)
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'an I/O error'
}

function unreadable(
  file: string,
  reason: string,
  severities: Severities
): FileReport {
  // Node reads a name that is not UTF-8 with U+FFFD for the bad bytes, and
  // then cannot open the file by that name.
  const message =
    reason === 'ENOENT' && file.includes('\uFFFD')
      ? 'the file name is not UTF-8, so the file cannot be opened by it: rename it'
      : `the file could not be read (${reason}): check that it exists (a symlink, that what it points at does) and is readable`
  const finding = fileFinding('unreadable-file', file, message)
  return {
    file,
    findings: withSeverities([finding], severities),
    entities: []
  }
}
