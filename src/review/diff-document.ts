import type { Change, ChangeCategory } from '../diff/config-diff.js'
import {
  unreadableReason,
  type ConnectorReview,
  type Review
} from './compare.js'

/** The state of a connector in the structured diff. */
export type DiffStatus =
  'changed' | 'unchanged' | 'new' | 'unreadable' | 'failed'

/** One connector of the structured diff. */
export interface DiffDocumentConnector {
  /** The connector's name: its config file's base name. */
  connector: string
  id: string
  path: string
  environment?: string
  status: DiffStatus
  /** The version compared against; null when never published. */
  activeVersion?: number | null
  /** The version merging publishes; null when it publishes nothing. */
  nextVersion?: number | null
  configHash?: string
  /** Error findings in the config. */
  errors?: number
  counts?: Record<ChangeCategory, number>
  changes?: Change[]
  /** Why a `failed` connector could not be compared. */
  reason?: string
}

/** The structured diff: the file the `diff` output names. */
export interface DiffDocument {
  version: 1
  connectors: DiffDocumentConnector[]
  /** Config files no manifest entry maps to a connector id. */
  unmapped: string[]
  /** Config files whose manifest entries were left out for a problem. */
  dropped?: string[]
}

/** An entry of the `changed` output. */
export interface ChangedConnector {
  connector: string
  id: string
  environment?: string
}

/** The structured diff of a review, for the `diff` output and `--format json`. */
export function diffDocument(review: Review): DiffDocument {
  return {
    version: 1,
    connectors: review.connectors.map(documentEntry),
    unmapped: review.unmapped,
    ...(review.dropped ? { dropped: review.dropped } : {})
  }
}

/** The connectors merging would change, as the `changed` output lists them. */
export function changedConnectors(review: Review): ChangedConnector[] {
  return review.connectors
    .filter((c) => c.kind === 'compared' && !c.diff.unchanged)
    .map((c) => ({
      connector: c.name,
      id: c.entry.id,
      ...(c.entry.environment ? { environment: c.entry.environment } : {})
    }))
}

/** What merging the pull request does to one connector. */
export type MergeOutcome =
  | { kind: 'publishes'; version: number }
  | { kind: 'unchanged'; version: number | null }
  /** The config has errors that a promotion refuses. */
  | { kind: 'blocked'; errors: number }
  /** The file is not a JSON object. */
  | { kind: 'unreadable'; silenced: boolean }
  /** PlugSync could not be read, so nobody knows. */
  | { kind: 'unknown' }

/**
 * What merging does to a connector: publish the version after the active
 * one, or nothing when the config is unchanged, has errors, or could not
 * be compared.
 */
export function mergeOutcome(review: ConnectorReview): MergeOutcome {
  if (review.kind === 'unreadable') {
    return { kind: 'unreadable', silenced: review.silenced }
  }
  if (review.kind === 'failed') return { kind: 'unknown' }
  if (review.diff.unchanged) {
    return { kind: 'unchanged', version: review.activeVersion }
  }
  if (review.errors > 0) return { kind: 'blocked', errors: review.errors }
  return { kind: 'publishes', version: (review.activeVersion ?? 0) + 1 }
}

/** The version merging publishes, or null when it publishes nothing. */
export function nextVersion(review: ConnectorReview): number | null {
  const outcome = mergeOutcome(review)
  return outcome.kind === 'publishes' ? outcome.version : null
}

/**
 * One sentence on what merging does to a connector, around its `label`
 * and its file's `path` as the caller formats them (Markdown or plain).
 */
export function mergeSentence(
  review: ConnectorReview,
  label: string,
  path: string
): string {
  const outcome = mergeOutcome(review)
  switch (outcome.kind) {
    case 'publishes': {
      const first = outcome.version === 1 ? ', its first version' : ''
      return `merging publishes v${outcome.version} of ${label}${first}`
    }
    case 'unchanged':
      return `merging publishes nothing for ${label}: it equals published v${outcome.version}`
    case 'blocked': {
      const errors =
        outcome.errors === 1
          ? 'its error is'
          : `its ${outcome.errors} errors are`
      return `merging publishes nothing for ${label} until ${errors} fixed`
    }
    case 'unreadable':
      return `merging publishes nothing for ${label}: ${unreadableReason(path, outcome.silenced)}`
    case 'unknown':
      return `what merging does to ${label} is not known: PlugSync could not be read`
  }
}

function documentEntry(review: ConnectorReview): DiffDocumentConnector {
  const base = {
    connector: review.name,
    id: review.entry.id,
    path: review.entry.path,
    ...(review.entry.environment
      ? { environment: review.entry.environment }
      : {})
  }
  if (review.kind === 'unreadable') return { ...base, status: 'unreadable' }
  if (review.kind === 'failed') {
    return { ...base, status: 'failed', reason: review.reason }
  }
  const { diff } = review
  return {
    ...base,
    status: diff.firstPublish
      ? 'new'
      : diff.unchanged
        ? 'unchanged'
        : 'changed',
    activeVersion: review.activeVersion,
    nextVersion: nextVersion(review),
    configHash: review.configHash,
    errors: review.errors,
    counts: diff.counts,
    changes: diff.changes
  }
}
