import { isObject, type Json } from '../config/normalise.js'
import { longestIncreasingRun } from './increasing-run.js'

/**
 * How the items of two versions of a list pair up by identity: which items
 * were removed, which were added, and which kept items moved.
 */
export interface ListMatch {
  /** Before indexes of items that have no partner after, in order. */
  removed: number[]
  /** For each after index, the before index of its partner, or -1. */
  partner: Int32Array
  /** For each after index, whether its item moved relative to the rest. */
  moved: Uint8Array
}

/** Reads an item's identity (a name, a key, an id); undefined if none. */
export type Identity = (item: Json) => string | undefined

/**
 * Pairs the items of two lists by identity, so that inserting one item
 * shows as one addition rather than every later item changing. Items
 * without an identity pair by position; items whose identity is duplicated
 * on either side (invalid but possible) pair by occurrence, first with
 * first. Moves are the kept items outside a longest run that kept its
 * order, so the fewest items are reported as moved.
 */
export function matchList(
  before: readonly Json[],
  after: readonly Json[],
  identity: Identity
): ListMatch {
  const [beforeIds, afterIds] = [before.map(identity), after.map(identity)]
  const duplicated = duplicatedIds(beforeIds, afterIds)
  const beforeIndex = new Map<string, number>()
  pairingKeys(beforeIds, duplicated).forEach((key, index) =>
    beforeIndex.set(key, index)
  )

  const partner = new Int32Array(after.length).fill(-1)
  const kept = new Uint8Array(before.length)
  pairingKeys(afterIds, duplicated).forEach((key, index) => {
    const match = beforeIndex.get(key)
    if (match === undefined) return
    partner[index] = match
    kept[match] = 1
  })

  const removed: number[] = []
  kept.forEach((isKept, index) => {
    if (!isKept) removed.push(index)
  })
  return { removed, partner, moved: findMoves(partner) }
}

/** The identities that occur more than once on either side. */
function duplicatedIds(
  ...sides: Array<ReadonlyArray<string | undefined>>
): Set<string> {
  const duplicated = new Set<string>()
  for (const ids of sides) {
    const seen = new Set<string>()
    for (const id of ids) {
      if (id === undefined) continue
      if (seen.has(id)) duplicated.add(id)
      seen.add(id)
    }
  }
  return duplicated
}

/**
 * Gives each item the key it pairs by: its identity; for a duplicated
 * identity, the identity and its occurrence; without one, its position.
 */
function pairingKeys(
  ids: ReadonlyArray<string | undefined>,
  duplicated: ReadonlySet<string>
): string[] {
  const seen = new Map<string, number>()
  return ids.map((id, index) => {
    if (id === undefined) return `position:${index}`
    if (!duplicated.has(id)) return `id:${id}`
    const occurrence = seen.get(id) ?? 0
    seen.set(id, occurrence + 1)
    return `occurrence:${occurrence}:${id}`
  })
}

/**
 * Marks the paired after items that are not on a longest run that kept
 * the before order: those are the moved ones.
 */
function findMoves(partner: Int32Array): Uint8Array {
  const moved = new Uint8Array(partner.length)
  partner.forEach((beforeIndex, afterIndex) => {
    if (beforeIndex >= 0) moved[afterIndex] = 1
  })
  for (const afterIndex of longestIncreasingRun(partner)) moved[afterIndex] = 0
  return moved
}

/** What to do with each item of two paired lists. */
export interface ListVisitor {
  removed(beforeIndex: number): void
  added(afterIndex: number): void
  kept(beforeIndex: number, afterIndex: number, moved: boolean): void
}

/**
 * Visits the removed items in before order, then every after item in after
 * order: a changelog reads removals first, then the list as it will be.
 */
export function walkList(match: ListMatch, visitor: ListVisitor): void {
  for (const index of match.removed) visitor.removed(index)
  match.partner.forEach((beforeIndex, afterIndex) => {
    if (beforeIndex < 0) visitor.added(afterIndex)
    else visitor.kept(beforeIndex, afterIndex, match.moved[afterIndex] === 1)
  })
}

/** Reads a string member as an item's identity. */
export function memberIdentity(key: string): Identity {
  return (item) => {
    if (!isObject(item)) return undefined
    const value = item[key]
    return typeof value === 'string' ? value : undefined
  }
}

/**
 * Names an item for the changelog: its identity, or its 1-based position
 * (`#3`) when it has none.
 */
export function itemLabel(
  item: Json,
  identity: Identity,
  index: number
): string {
  return identity(item) ?? `#${index + 1}`
}
