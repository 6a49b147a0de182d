import type { Problem } from '../findings/finding.js'
import type { Suggest } from './did-you-mean.js'
import { didYouMean, quote } from './describe.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'

/** The rule for keys the backend keeps but nothing reads. */
export const UNKNOWN_KEY: RuleInfo = {
  id: 'unknown-key',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'A key the contract does not define at the top level, in a flow, in a schema, an identity or a field mapping: the backend keeps it and nothing reads it, so a misspelt key silently drops what it meant to set.',
  example: {
    bad: '{ "version": "3.0", "entites": [] }',
    good: '{ "version": "3.0", "entities": [] }'
  }
}

/**
 * Whether every key of an object is one of the known keys: the common case,
 * checked before building the place and name a report would need.
 */
export function hasOnlyKeys(
  object: Record<string, unknown>,
  known: readonly string[]
): boolean {
  // for...in lists the keys without making an array of them.
  for (const key in object) {
    if (Object.hasOwn(object, key) && !known.includes(key)) return false
  }
  return true
}

/**
 * Reports to `out` each key of an object that is not one of the known keys, at the
 * key, with the closest known key as a suggestion.
 */
export function checkUnknownKeys(
  out: Problem[],
  suggest: Suggest,
  object: Record<string, unknown>,
  pointer: string,
  known: readonly string[],
  owner: string
): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue
    const suggestion = suggest(key, known)
    const fix =
      suggestion === undefined
        ? `: remove it or use one of ${known.map(quote).join(', ')}`
        : didYouMean(suggestion)
    const problem: Problem = {
      rule: UNKNOWN_KEY.id,
      message: `${owner} has an unknown key ${quote(key)}, which the backend keeps but nothing reads${fix}`,
      pointer: childPointer(pointer, key),
      at: 'key'
    }
    if (suggestion !== undefined) problem.suggestion = suggestion
    out.push(problem)
  }
}
