import {
  isObject,
  memberOf,
  type Json,
  type JsonObject
} from '../config/normalise.js'
import { jsonEqual } from './json-equal.js'
import { pointer, type Place } from './pointer.js'

/**
 * One value that differs inside two versions of an object. An absent
 * `before` means it was added, an absent `after` that it was removed.
 */
export interface Leaf {
  /** The keys leading to the value, joined with dots, for display. */
  field: string
  /** Its JSON Pointer: in the after value, or the before one if removed. */
  path: string
  before?: Json
  after?: Json
}

/**
 * Lists the differences between two values by object key, recursing into
 * objects and comparing anything else (arrays included) as a whole: arrays
 * of unknown shape have no identity to pair their items by. Keys come in
 * sorted order. `skip` names top-level keys the caller diffs itself.
 */
export function diffLeaves(
  before: Json | undefined,
  after: Json | undefined,
  place: Place,
  skip: readonly string[] = []
): Leaf[] {
  return walkLeaves({ before, after }, place, skip)
}

/**
 * Lists the differences inside one member of two objects, as diffLeaves
 * would with every other member skipped.
 */
export function diffMember(
  before: JsonObject,
  after: JsonObject,
  key: string,
  place: Place
): Leaf[] {
  const start = {
    before: memberOf(before, key),
    after: memberOf(after, key),
    key
  }
  return walkLeaves(start, place, [])
}

/**
 * A pair of values still to compare. It links to its parent rather than
 * copying the keys that lead to it, so deep nesting stays linear.
 */
interface Pending {
  before: Json | undefined
  after: Json | undefined
  key?: string
  parent?: Pending
}

/** Walks two values depth first, in sorted key order. */
function walkLeaves(
  start: Pending,
  place: Place,
  skip: readonly string[]
): Leaf[] {
  const leaves: Leaf[] = []
  const stack: Pending[] = [start]
  while (stack.length > 0) {
    const item = stack.pop()!
    const { before, after } = item
    if (!isObject(before) || !isObject(after)) {
      if (!jsonEqual(before, after)) leaves.push(leaf(item, place))
      continue
    }
    const keys = memberNames(before, after, item === start ? skip : [])
    // Pushed in reverse so that they pop, and are listed, in sorted order.
    for (const key of keys.reverse()) {
      stack.push({
        before: memberOf(before, key),
        after: memberOf(after, key),
        key,
        parent: item
      })
    }
  }
  return leaves
}

/** The sorted union of two objects' keys, without the skipped ones. */
function memberNames(
  before: object,
  after: object,
  skip: readonly string[]
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  for (const name of skip) names.delete(name)
  return [...names].sort()
}

/** Builds one leaf, pointing into the before value only for removals. */
function leaf(item: Pending, place: Place): Leaf {
  const keys: string[] = []
  for (let at: Pending | undefined = item; at; at = at.parent) {
    if (at.key !== undefined) keys.push(at.key)
  }
  keys.reverse()
  const { before, after } = item
  const base = after === undefined ? place.beforePath : place.afterPath
  const result: Leaf = { field: keys.join('.'), path: pointer(base, ...keys) }
  if (before !== undefined) result.before = before
  if (after !== undefined) result.after = after
  return result
}
