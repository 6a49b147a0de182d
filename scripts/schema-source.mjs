// The schemas that scripts/compile-schemas.mjs compiles from one in
// schemas/. Two validators come of each: a lean one that only says whether
// a config is valid, fast on the clean configs that are the rule, and one
// that explains, run only when the lean one says no.

/**
 * The schema the explaining validator is compiled from (all errors, with
 * ajv-errors' messages): the schema as written, less its patterns.
 */
export function explainingSchema(schema) {
  return withoutPatterns(schema)
}

/**
 * The schema the lean validator is compiled from (first error only, no
 * messages): it accepts what the explaining one accepts, with its messages
 * dropped and its definitions inlined.
 */
export function leanSchema(schema) {
  const checked = withoutMessages(withoutPatterns(schema))
  return inlineRefs(checked, checked)
}

/**
 * Drops the `pattern` keywords: they are there for editors (JSONPath fields
 * must start with `$`), while the engine checks JSONPath itself with a real
 * parser. Compiled in, each failing pattern adds an error that ajv-errors
 * then matches against every other error, which made a config with 20,000
 * bad paths take seconds.
 */
export function withoutPatterns(schema) {
  return withoutKeyword(schema, 'pattern')
}

/** Drops the `errorMessage` keywords, which change no answer. */
export function withoutMessages(schema) {
  return withoutKeyword(schema, 'errorMessage')
}

/** Keywords whose members are names, not keywords. */
const NAMING = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs'
])

/** Keywords whose values are data, not schemas. */
const DATA = new Set(['const', 'enum', 'default', 'examples'])

/**
 * A copy of the schema without one keyword: not a member of that name,
 * which a `properties` or `$defs` may hold, nor anything in data.
 */
function withoutKeyword(node, keyword, parentKey) {
  if (Array.isArray(node)) {
    return node.map((item) => withoutKeyword(item, keyword))
  }
  if (typeof node !== 'object' || node === null) return node
  const named = NAMING.has(parentKey)
  const copy = {}
  for (const [key, value] of Object.entries(node)) {
    if (named) copy[key] = withoutKeyword(value, keyword)
    else if (DATA.has(key)) copy[key] = value
    else if (key !== keyword) copy[key] = withoutKeyword(value, keyword, key)
  }
  return copy
}

/**
 * The definitions that stay functions of their own in the lean validator.
 * Every other `$ref` is replaced by its definition, so that ajv inlines its
 * checks: a call to a definition builds its options and the instance path
 * of its value, valid or not: on a config of 100,000 field mappings, about
 * 15 of the 195 ms its rules took at best. Flows and steps stay functions:
 * inlined, they make one function too large for V8 to optimise well.
 *
 * The explaining validator is not inlined: ajv-errors puts code at each
 * schema with a message that rescans every error its function has found,
 * so one function holding the whole entities list made a config with
 * thousands of errors quadratic (5 s became 117 s for 16,000 entities).
 */
const FUNCTIONS = new Set(['#/$defs/Flow', '#/$defs/Step'])

/**
 * Replaces each `$ref` not in FUNCTIONS with its definition. The schema
 * has no recursion. Under draft 2020-12 a `$ref` next to other keywords
 * applies together with them, as one more member of `allOf` does.
 */
export function inlineRefs(node, root, parentKey) {
  if (Array.isArray(node)) return node.map((item) => inlineRefs(item, root))
  if (typeof node !== 'object' || node === null) return node
  const named = NAMING.has(parentKey)
  const copy = {}
  let target
  for (const [key, value] of Object.entries(node)) {
    if (named) {
      copy[key] = inlineRefs(value, root)
    } else if (DATA.has(key)) {
      copy[key] = value
    } else if (key === '$ref' && !FUNCTIONS.has(value)) {
      target = inlineRefs(definition(root, value), root)
    } else {
      copy[key] = inlineRefs(value, root, key)
    }
  }
  if (target === undefined) return copy
  if (Object.keys(copy).every((key) => key === 'description')) return target
  copy.allOf = [...(copy.allOf ?? []), target]
  return copy
}

/**
 * The definition a local `$ref` points at: a JSON Pointer in the URI's
 * fragment, percent-decoded first. Anything else fails the build rather
 * than drop a check.
 */
function definition(root, ref) {
  const found =
    typeof ref === 'string' && ref.startsWith('#/')
      ? decodeURIComponent(ref.slice(2))
          .split('/')
          .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
          .reduce(
            (node, part) =>
              typeof node === 'object' &&
              node !== null &&
              Object.hasOwn(node, part)
                ? node[part]
                : undefined,
            root
          )
      : undefined
  if (typeof found !== 'object' || found === null) {
    throw new Error(`compile-schemas: cannot inline the $ref ${ref}`)
  }
  return found
}
