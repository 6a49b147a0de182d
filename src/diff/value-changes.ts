import type { Json } from '../config/normalise.js'
import type { Change } from './change.js'
import { diffLeaves, type Leaf } from './leaf-diff.js'
import type { Place } from './pointer.js'

/**
 * Reports the differences of two values the contract gives no shape to
 * (unknown top-level keys, an item that is not an object) as plain value
 * changes.
 */
export function valueChanges(
  before: Json | undefined,
  after: Json | undefined,
  place: Place
): Change[] {
  return diffLeaves(before, after, place).map(valueChange)
}

/** Turns one leaf into an added, removed or changed value. */
function valueChange(leaf: Leaf): Change {
  const { path, before, after } = leaf
  // A leaf always has at least one side.
  if (before === undefined) return { kind: 'value-added', path, after: after! }
  if (after === undefined) return { kind: 'value-removed', path, before }
  return { kind: 'value-changed', path, before, after }
}
