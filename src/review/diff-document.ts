import type { Change, ChangeCategory } from '../diff/config-diff.js'
import type { ConnectorReview, Review } from './compare.js'

/** The state of a connector in the structured diff. */
export type DiffStatus =
  'changed' | 'unchanged' | 'new' | 'unreadable' | 'failed'

/** One connector of the structured diff. */
export interface DiffDocumentConnector {
  /** PlugSync's name of the connector (its id when it could not be read). */
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
    unmapped: review.unmapped
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

/**
 * The version merging publishes: the next after the active one, or null
 * when the config is unchanged or has errors a promotion refuses.
 */
export function nextVersion(review: ConnectorReview): number | null {
  if (review.kind !== 'compared' || review.diff.unchanged) return null
  if (review.errors > 0) return null
  return (review.activeVersion ?? 0) + 1
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
