import type { Problem } from '../findings/finding.js'
import { isObject, type Json } from '../config/normalise.js'
import { formatPointer, parsePointer } from '../json/pointer.js'
import type { RuleInfo } from '../rules/rule.js'
import { RULES } from '../rules/registry.js'

/** One item of a 422 `detail` list, as a pydantic backend reports it. */
export interface BackendDetail {
  /** The path into the request body: object keys and array indexes. */
  loc: (string | number)[]
  msg: string
  type: string
}

/** The rule id of a rejection that no local rule explains. */
export const BACKEND_REJECTED = 'backend-rejected'

/**
 * Turns the details of a 422 into problems the engine places in the file,
 * like local findings. Each takes the id of the local rule that carries the
 * same backend message, so the dashboard's words and ours line up.
 */
export function detailToProblems(
  detail: readonly BackendDetail[],
  rules: readonly RuleInfo[] = RULES
): Problem[] {
  return detail.map((item) => {
    const problem: Problem = {
      rule: ruleFor(item.msg, rules),
      message: `PlugSync rejected the config: ${item.msg}`,
      pointer: locToPointer(item.loc),
      backendMessage: item.msg,
      severity: 'error'
    }
    // pydantic points an unknown key's error at the key itself.
    if (item.type === 'extra_forbidden') problem.at = 'key'
    return problem
  })
}

/**
 * The JSON Pointer of a pydantic `loc`. FastAPI prefixes errors in a
 * request body with a `body` segment, which is not part of the config.
 */
export function locToPointer(loc: readonly (string | number)[]): string {
  return formatPointer(loc[0] === 'body' ? loc.slice(1) : loc)
}

/**
 * The pydantic `loc` of a JSON Pointer into a config: a segment is a number
 * where the value it indexes is an array, so `settings` keys such as "0"
 * stay strings.
 */
export function pointerToLoc(
  pointer: string,
  config: Json
): (string | number)[] {
  const loc: (string | number)[] = []
  let value: Json | undefined = config
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(segment)) {
      loc.push(Number(segment))
      value = value[Number(segment)]
    } else {
      loc.push(segment)
      value =
        isObject(value) && Object.hasOwn(value, segment)
          ? value[segment]
          : undefined
    }
  }
  return loc
}

/**
 * The local rule whose backend message the backend's `msg` carries. The
 * longest match wins, so a message that contains a shorter one is not
 * mistaken for it; `<x>` placeholders in a rule's message match any text.
 */
function ruleFor(msg: string, rules: readonly RuleInfo[]): string {
  let best: RuleInfo | undefined
  for (const rule of rules) {
    const expected = rule.backendMessage
    if (expected === undefined || !messageMatches(msg, expected)) continue
    if (!best || expected.length > (best.backendMessage ?? '').length) {
      best = rule
    }
  }
  return best?.id ?? BACKEND_REJECTED
}

function messageMatches(msg: string, expected: string): boolean {
  if (msg.includes(expected)) return true
  const parts = expected.split(/<[^<>]+>/)
  if (parts.length === 1) return false
  const pattern = parts.map(escapeRegExp).join('.+?')
  return new RegExp(pattern, 's').test(msg)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
