import type { JsonObject } from '../config/normalise.js'
import { diffConfigs, type ConfigDiff } from '../diff/config-diff.js'
import { unifiedConfigDiff, type UnifiedDiff } from '../diff/unified.js'
import type { ManifestEntry } from '../discover/manifest.js'
import type { RepositoryCheck } from '../engine/check-repository.js'
import type { Logger } from '../logger.js'
import type { PlugSyncClient } from '../plugsync/client.js'
import { mapLimit } from '../plugsync/concurrency.js'
import { displayName } from '../promote/target.js'
import { configHash, type ReviewRecord } from './record.js'

/** The PlugSync reads a review makes. */
export type ReviewClient = Pick<
  PlugSyncClient,
  'getConnector' | 'getActiveVersion'
>

/** How one connector of the manifest compares with PlugSync. */
export type ConnectorReview =
  | ComparedConnector
  | {
      /** The file is not a JSON object (findings say why): nothing to diff. */
      kind: 'unreadable'
      entry: ManifestEntry
      name: string
      /** The manifest turns off every finding that would say why. */
      silenced: boolean
    }
  | {
      /** PlugSync could not be read: `reason` is the client's message. */
      kind: 'failed'
      entry: ManifestEntry
      name: string
      reason: string
    }

/** A connector whose config was diffed against its active version. */
export interface ComparedConnector {
  kind: 'compared'
  entry: ManifestEntry
  /** The connector's name: its config file's base name, as promotion names it. */
  name: string
  /** The version compared against; null when never published. */
  activeVersion: number | null
  config: JsonObject
  diff: ConfigDiff
  /** The line diff of the normalised configs, at most `UNIFIED_LINES`. */
  unified: UnifiedDiff
  configHash: string
  /** Error findings in the config: a promotion refuses it until fixed. */
  errors: number
}

/** Every connector compared, and the configs no connector id maps. */
export interface Review {
  connectors: ConnectorReview[]
  /** Checked config files the manifest maps to no connector id. */
  unmapped: string[]
  /**
   * Checked config files the manifest lists, their entries left out for a
   * problem (a repeated id or path, a missing id): not in `unmapped`.
   */
  dropped?: string[]
}

/** What a review reads. */
export interface ReviewOptions {
  client: ReviewClient
  check: RepositoryCheck
  /** Only this environment's entries; every entry when empty. */
  environment: string
  /** PlugSync reads in flight at once. */
  concurrency: number
  logger: Logger
}

/** The most lines of a unified diff kept: more is never shown anyway. */
export const UNIFIED_LINES = 20_000

/**
 * Compares each connector the manifest maps with its active version in
 * PlugSync. A connector that cannot be read is a `failed` review, never a
 * thrown error, so that one bad id does not hide the others' diffs.
 */
export async function reviewConnectors(
  options: ReviewOptions
): Promise<Review> {
  const { check, environment } = options
  const entries = check.connectors.filter(
    (entry) => environment === '' || entry.environment === environment
  )
  const configs = new Map(check.files.map((file) => [file.file, file]))
  const connectors = await mapLimit(entries, options.concurrency, (entry) =>
    reviewOne(entry, configs.get(entry.path), options)
  )
  const mapped = new Set(check.connectors.map((entry) => entry.path))
  const listed = new Set(check.listed ?? [])
  const notMapped = check.files
    .map((file) => file.file)
    .filter((file) => !mapped.has(file))
  const unmapped = notMapped.filter((file) => !listed.has(file))
  const dropped = notMapped.filter((file) => listed.has(file))
  return { connectors, unmapped, ...(dropped.length > 0 ? { dropped } : {}) }
}

async function reviewOne(
  entry: ManifestEntry,
  file: RepositoryCheck['files'][number] | undefined,
  options: ReviewOptions
): Promise<ConnectorReview> {
  const name = displayName(entry.path)
  if (file?.config === undefined) {
    const silenced = (file?.findings.length ?? 0) === 0
    return { kind: 'unreadable', entry, name, silenced }
  }
  try {
    const connector = await options.client.getConnector(entry.id)
    const active =
      connector.activeVersion === null
        ? null
        : await options.client.getActiveVersion(entry.id)
    options.logger.debug(
      `${entry.id}: compared with ${active ? `v${active.version}` : 'nothing published'}`
    )
    return compared(entry, name, active, file.config, errorsIn(file.findings))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { kind: 'failed', entry, name, reason }
  }
}

function compared(
  entry: ManifestEntry,
  name: string,
  active: { version: number; config: JsonObject } | null,
  config: JsonObject,
  errors: number
): ComparedConnector {
  const before = active?.config ?? null
  return {
    kind: 'compared',
    entry,
    name,
    activeVersion: active?.version ?? null,
    config,
    diff: diffConfigs(before, config),
    unified: unifiedConfigDiff(before, config, { maxLines: UNIFIED_LINES }),
    configHash: configHash(config),
    errors
  }
}

function errorsIn(findings: readonly { severity: string }[]): number {
  return findings.filter((finding) => finding.severity === 'error').length
}

/** True when merging would change what PlugSync runs for the connector. */
export function hasChanges(review: ConnectorReview): boolean {
  return review.kind === 'compared' && !review.diff.unchanged
}

/**
 * The record of what was reviewed: every connector that was compared,
 * with the version it was compared against and its config's hash.
 */
export function recordOf(review: Review, headSha: string): ReviewRecord {
  const connectors = review.connectors
    .filter((c): c is ComparedConnector => c.kind === 'compared')
    .map((c) => ({
      id: c.entry.id,
      path: c.entry.path,
      ...(c.entry.environment ? { environment: c.entry.environment } : {}),
      activeVersion: c.activeVersion,
      configHash: c.configHash
    }))
  return { version: 1, headSha, connectors }
}

/**
 * Why a connector whose file is not a config was not compared, around its
 * `path` as the caller formats it (Markdown or plain).
 */
export function unreadableReason(path: string, silenced: boolean): string {
  const what = `${path} is not JSON, or not a JSON object`
  return silenced
    ? `${what}; the manifest turns off the findings that would say where`
    : `${what}: see its findings`
}

/**
 * The line for configs no manifest entry maps, around the manifest's name
 * and the files as the caller formats them (Markdown or plain).
 */
export function unmappedLine(manifest: string, files: string): string {
  return `not compared, as no entry of ${manifest} maps them to a connector: ${files}`
}

/** The same for configs whose manifest entries were left out. */
export function droppedLine(manifest: string, files: string): string {
  return `not compared, as their entries in ${manifest} are left out for a problem (a repeated id or path, a missing id): ${files}`
}

/** Both lines in plain text, for the ones the review has. */
export function notComparedLines(review: Review, manifest: string): string[] {
  const lines: string[] = []
  if (review.unmapped.length > 0) {
    lines.push(unmappedLine(manifest, review.unmapped.join(', ')))
  }
  if (review.dropped !== undefined) {
    lines.push(droppedLine(manifest, review.dropped.join(', ')))
  }
  return lines
}
