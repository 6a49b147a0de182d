import {
  normaliseConfig,
  type Json,
  type JsonObject
} from '../config/normalise.js'

/** The two lists that hold nearly all of a large config. */
type ListKey = 'entities' | 'flows'
const LISTS: readonly ListKey[] = ['entities', 'flows']

/**
 * Normalises a config except the items of its two big lists, which are
 * left as they are. Normalising copies every value, which costs more than
 * the whole diff on a 20 MB config; the diff compares raw items first
 * (key order does not count there either) and normalises with
 * normaliseItem only the few that differ, so defaults still come from
 * normaliseConfig alone.
 */
export function normaliseRoot(config: JsonObject): JsonObject {
  const shell: JsonObject = { ...config }
  for (const key of LISTS) {
    if (Array.isArray(shell[key])) shell[key] = []
  }
  const root = normaliseConfig(shell)
  for (const key of LISTS) {
    if (Array.isArray(config[key])) root[key] = config[key]
  }
  return root
}

/**
 * The normalised form of one item of `entities` or `flows`: normalising a
 * config that holds just this item gives it its defaults and sorted keys.
 */
export function normaliseItem(list: ListKey, item: Json): Json {
  const normalised = normaliseConfig({ [list]: [item] })[list]
  return (normalised as Json[])[0]!
}
