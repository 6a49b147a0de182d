import { isObject, type Json, type JsonObject } from '../config/normalise.js'
import { countChanges, type Change, type ChangeCategory } from './change.js'
import { diffEntities } from './entity-diff.js'
import { diffFlows } from './flow-diff.js'
import { jsonEqual } from './json-equal.js'
import { normaliseRoot } from './normalise-lazily.js'
import { diffLeaves } from './leaf-diff.js'
import { valueChanges } from './value-changes.js'
import { appendAll } from '../append.js'

export type {
  Change,
  ChangeCategory,
  ChangeKind,
  EntityMode
} from './change.js'
export { changeCategory } from './change.js'

/** What will change in production when a config replaces another. */
export interface ConfigDiff {
  /** True when both configs are equal once normalised. */
  unchanged: boolean
  /** True when there was no published version: everything is new. */
  firstPublish: boolean
  counts: Record<ChangeCategory, number>
  /**
   * The changes in changelog order: version, entities, flows, settings,
   * then top-level keys the contract does not know.
   */
  changes: Change[]
}

/** The members the contract gives a meaning to; others diff as values. */
const KNOWN_KEYS = ['version', 'entities', 'flows', 'settings']

/**
 * Computes the semantic diff of two connector configs, both normalised
 * first so that key order and omitted defaults never show as changes.
 * Entities pair by name, schemas by key, field mappings by target, flows by
 * name and steps by id. `before` is null for a connector never published:
 * everything in `after` is then new.
 */
export function diffConfigs(
  before: JsonObject | null,
  after: JsonObject
): ConfigDiff {
  const from = normaliseRoot(before ?? {})
  const to = normaliseRoot(after)
  const changes: Change[] = []

  if (from.version === undefined && to.version !== undefined) {
    changes.push({ kind: 'version-added', path: '/version', after: to.version })
  } else if (!jsonEqual(from.version, to.version)) {
    const change: Change = { kind: 'version-changed', path: '/version' }
    if (from.version !== undefined) change.before = from.version
    if (to.version !== undefined) change.after = to.version
    changes.push(change)
  }
  diffEntities(from.entities, to.entities, changes)
  diffFlows(from.flows, to.flows, changes)
  appendAll(changes, settingChanges(from.settings, to.settings))
  appendAll(changes, otherChanges(from, to))

  return {
    unchanged: before !== null && changes.length === 0,
    firstPublish: before === null,
    counts: countChanges(changes),
    changes
  }
}

/** Diffs the free-form settings key by key, nested objects included. */
function settingChanges(
  before: Json | undefined,
  after: Json | undefined
): Change[] {
  const place = { beforePath: '/settings', afterPath: '/settings' }
  if (!isObject(before) || !isObject(after)) {
    return valueChanges(before, after, place)
  }
  return diffLeaves(before, after, place).map((leaf): Change => {
    if (leaf.before === undefined) return { kind: 'setting-added', ...leaf }
    if (leaf.after === undefined) return { kind: 'setting-removed', ...leaf }
    return { kind: 'setting-changed', ...leaf }
  })
}

/** Diffs the top-level keys the contract does not know, as plain values. */
function otherChanges(before: JsonObject, after: JsonObject): Change[] {
  const place = { beforePath: '', afterPath: '' }
  const strip = (config: JsonObject) =>
    Object.fromEntries(
      Object.entries(config).filter(([key]) => !KNOWN_KEYS.includes(key))
    )
  return valueChanges(strip(before), strip(after), place)
}
