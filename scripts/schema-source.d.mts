/** The schema as the validators are compiled from it. */
export function compiledSchema(schema: unknown): Record<string, unknown>
/** The schema without its `pattern` keywords. */
export function withoutPatterns(schema: unknown): Record<string, unknown>
/** The schema with every `$ref` but the flows' and steps' inlined. */
export function inlineRefs(
  node: unknown,
  root: unknown
): Record<string, unknown>
