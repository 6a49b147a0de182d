import {
  normaliseConfig,
  sortKeys,
  withFlowDefaults,
  type Json,
  type JsonObject
} from '../config/normalise.js'
import { jsonEqual } from './json-equal.js'

/** The two lists that hold nearly all of a large config. */
export type ListKey = 'entities' | 'flows'
export const LISTS: readonly ListKey[] = ['entities', 'flows']

/** The list a top-level key names, if it names one. */
export function listNamed(key: string): ListKey | undefined {
  return LISTS.find((list) => list === key)
}

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
 * The normalised form of one item of `entities` or `flows`, as
 * normaliseConfig gives it: a flow's defaults filled in, keys sorted.
 */
export function normaliseItem(list: ListKey, item: Json): Json {
  return sortKeys(list === 'flows' ? withFlowDefaults(item) : item)
}

/**
 * Writes `JSON.stringify(normaliseConfig(config))`, the canonical text of
 * a config, in pieces: the root, then each item of `entities` and `flows`
 * normalised alone. A hash fed piece by piece never holds the text or the
 * normalised copy of a large config whole.
 */
export function writeCanonical(
  config: JsonObject,
  write: (piece: string) => void
): void {
  const root = normaliseRoot(config)
  const names = Object.keys(root)
  write('{')
  names.forEach((name, index) => {
    if (index > 0) write(',')
    write(`${JSON.stringify(name)}:`)
    const value = root[name]!
    const list = listNamed(name)
    if (list === undefined || !Array.isArray(value)) {
      write(JSON.stringify(value))
      return
    }
    write('[')
    value.forEach((item, at) => {
      if (at > 0) write(',')
      write(JSON.stringify(normaliseItem(list, item)))
    })
    write(']')
  })
  write('}')
}

/**
 * Whether two items of a list are equal once normalised, without copying
 * them: key order never counts, and a flow's defaults count as written.
 * The client fills in the defaults of what PlugSync returns, while a file
 * in git may leave them out.
 */
export function itemsEqual(list: ListKey, a: Json, b: Json): boolean {
  if (list !== 'flows') return jsonEqual(a, b)
  return jsonEqual(withFlowDefaults(a), withFlowDefaults(b))
}
