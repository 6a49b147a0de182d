import type { JsonObject } from '../../config/normalise.js'
import { backendProblems } from '../../rules/index.js'
import { pointerToLoc, type BackendDetail } from '../backend-detail.js'

/** Where the sandbox validates a config, which decides the `loc` prefix. */
export interface ValidationScope {
  /**
   * Only keys a PATCH wrote are judged, as a partial model would: a draft
   * may be saved half-finished, a publish may not.
   */
  keys?: readonly string[]
  /** FastAPI prefixes errors found in a request body with `body`. */
  inBody?: boolean
}

/**
 * The 422 details the PlugSync backend would give for a config: the
 * `[backend]` rules of the contract with the backend's own messages, each
 * at the pydantic `loc` of its value.
 */
export function backendDetail(
  config: JsonObject,
  scope: ValidationScope = {}
): BackendDetail[] {
  const detail: BackendDetail[] = []
  for (const problem of backendProblems(config)) {
    const loc = pointerToLoc(problem.pointer, config)
    const key = loc[0]
    if (scope.keys && (typeof key !== 'string' || !scope.keys.includes(key))) {
      continue
    }
    const msg = problem.backendMessage ?? problem.message
    detail.push({
      loc: scope.inBody ? ['body', ...loc] : loc,
      msg,
      type: pydanticType(msg)
    })
  }
  return detail
}

/** pydantic's type names for "Input should be a valid <x>". */
const TYPE_ERRORS: Record<string, string> = {
  dictionary: 'dict_type',
  list: 'list_type',
  string: 'string_type',
  integer: 'int_type',
  number: 'float_type',
  boolean: 'bool_type'
}

/** The pydantic error type that goes with a message of the backend. */
function pydanticType(msg: string): string {
  const typeError = /^Input should be a valid (\w+)/.exec(msg)
  if (typeError) return TYPE_ERRORS[typeError[1] ?? ''] ?? 'value_error'
  if (msg.startsWith('Input should be')) return 'literal_error'
  if (msg === 'Field required') return 'missing'
  if (msg === 'Extra inputs are not permitted') return 'extra_forbidden'
  return 'value_error'
}
