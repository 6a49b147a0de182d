import type { Json, JsonObject } from '../config/normalise.js'

/** Nesting beyond which the comparison stops using the call stack. */
const MAX_RECURSION = 256

/**
 * Tells whether two JSON values are equal: objects by their members (key
 * order does not count), arrays by position. Stops at the first difference
 * and allocates nothing for ordinary nesting, so comparing the equal halves
 * of a large config costs one walk; nesting deeper than MAX_RECURSION
 * continues on an explicit stack, so it cannot exhaust the call stack.
 */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  return equalAt(a, b, 0)
}

/** Compares recursively while the nesting is shallow. */
function equalAt(a: Json | undefined, b: Json | undefined, depth: number) {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object') return false
  if (a === null || b === null) return false
  if (depth >= MAX_RECURSION) return equalOnStack(a, b)
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (!equalAt(a[i], b[i], depth + 1)) return false
    }
    return true
  }
  if (Array.isArray(b)) return false
  // for...in walks the keys without making an array of them.
  let members = 0
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue
    members++
    if (!Object.hasOwn(b, key)) return false
    if (!equalAt(a[key], (b as JsonObject)[key], depth + 1)) return false
  }
  return members === ownKeys(b)
}

/** How many own keys an object has, counted without an array of them. */
function ownKeys(object: JsonObject): number {
  let count = 0
  for (const key in object) if (Object.hasOwn(object, key)) count++
  return count
}

/** The same comparison on an explicit stack, for deep nesting. */
function equalOnStack(a: Json, b: Json): boolean {
  const stack: Array<[Json | undefined, Json | undefined]> = [[a, b]]
  while (stack.length > 0) {
    const [left, right] = stack.pop()!
    if (left === right) continue
    if (typeof left !== 'object' || typeof right !== 'object') return false
    if (left === null || right === null) return false
    if (Array.isArray(left) !== Array.isArray(right)) return false
    const keys = Object.keys(left)
    if (keys.length !== Object.keys(right).length) return false
    for (const key of keys) {
      if (!Object.hasOwn(right, key)) return false
      stack.push([(left as JsonObject)[key], (right as JsonObject)[key]])
    }
  }
  return true
}
