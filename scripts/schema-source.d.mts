/** The schema the explaining validator is compiled from. */
export function explainingSchema(schema: unknown): Record<string, unknown>
/** The schema the lean validator is compiled from. */
export function leanSchema(schema: unknown): Record<string, unknown>
/** The schema without its `pattern` keywords. */
export function withoutPatterns(schema: unknown): Record<string, unknown>
/** The schema without its `errorMessage` keywords. */
export function withoutMessages(schema: unknown): Record<string, unknown>
/** The schema with every `$ref` but the flows' and steps' inlined. */
export function inlineRefs(
  node: unknown,
  root: unknown
): Record<string, unknown>
