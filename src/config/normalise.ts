/**
 * A JSON value as the configs and the PlugSync API carry it.
 */
export type Json =
  null | boolean | number | string | Json[] | { [key: string]: Json }

/** A JSON object. */
export type JsonObject = { [key: string]: Json }

/** Tells whether a value is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Brings a config to the form that comparisons and diffs use: `$schema`
 * dropped, the defaults of the contract filled in (`entities`, `flows`,
 * `settings`, a flow's `enabled` and `event_type_from`), and every object's
 * keys sorted so that key order never counts. Array order is kept: the order
 * of steps is meaningful. The input is not modified.
 */
export function normaliseConfig(config: JsonObject): JsonObject {
  const root: JsonObject = { ...config }
  delete root.$schema
  root.entities ??= []
  root.flows ??= []
  root.settings ??= {}
  if (Array.isArray(root.flows)) root.flows = root.flows.map(withFlowDefaults)
  return sortKeys(root) as JsonObject
}

/**
 * A flow with the defaults of the contract filled in, `enabled` and
 * `event_type_from`; what is not an object is left as it is.
 */
export function withFlowDefaults(flow: Json): Json {
  return isObject(flow)
    ? { enabled: true, event_type_from: null, ...flow }
    : flow
}

/** Nesting past which the copy switches from recursion to a loop. */
const RECURSION_LIMIT = 200

/**
 * Returns a copy of a JSON value whose objects have their keys in sorted
 * order. Recursive while the nesting is shallow (fast), iterative past
 * that, so that deeply nested free-form settings cannot exhaust the stack.
 */
export function sortKeys(value: Json): Json {
  return copySorted(value, 0)
}

function copySorted(value: Json, depth: number): Json {
  if (typeof value !== 'object' || value === null) return value
  if (depth > RECURSION_LIMIT) return copySortedIteratively(value)
  if (Array.isArray(value)) return value.map((v) => copySorted(v, depth + 1))
  const copy: JsonObject = {}
  for (const key of Object.keys(value).sort()) {
    setMember(copy, key, copySorted(value[key] as Json, depth + 1))
  }
  return copy
}

function copySortedIteratively(value: Json): Json {
  const rootCopy: Json = Array.isArray(value) ? [] : {}
  const stack: Array<{ from: Json; to: Json }> = [{ from: value, to: rootCopy }]
  while (stack.length > 0) {
    const { from, to } = stack.pop()!
    const entries: Array<[string | number, Json]> = Array.isArray(from)
      ? from.map((item, index) => [index, item])
      : Object.keys(from as JsonObject)
          .sort()
          .map((key) => [key, (from as JsonObject)[key] as Json])
    for (const [key, child] of entries) {
      let copy = child
      if (typeof child === 'object' && child !== null) {
        copy = Array.isArray(child) ? [] : {}
        stack.push({ from: child, to: copy })
      }
      if (Array.isArray(to)) to[key as number] = copy
      else setMember(to as JsonObject, key as string, copy)
    }
  }
  return rootCopy
}

/**
 * An object's own member, or undefined. A plain `object[key]` would find
 * `Object.prototype`'s methods for keys such as `toString` or
 * `constructor`, which a config may well use as setting names.
 */
export function memberOf(object: JsonObject, key: string): Json | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/**
 * Sets a member by plain assignment (fast), except `__proto__`, which would
 * change the prototype instead: JSON.parse makes it an own property, and so
 * do we.
 */
function setMember(target: JsonObject, key: string, value: Json): void {
  if (key === '__proto__') defineMember(target, key, value)
  else target[key] = value
}

/** Adds a member even when its name is `__proto__`, as JSON.parse does. */
function defineMember(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

/** Compares two normalised configs: equal when their canonical JSON is. */
export function configsEqual(a: JsonObject, b: JsonObject): boolean {
  return canonicalJson(normaliseConfig(a)) === canonicalJson(normaliseConfig(b))
}

/** The canonical text of a JSON value: sorted keys, no white space. */
export function canonicalJson(value: Json): string {
  return JSON.stringify(sortKeys(value))
}
