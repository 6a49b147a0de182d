import { quote } from './describe.js'
import { jsonPathParser } from './on-demand.js'

/** Why a string is not a JSONPath query, and what it probably meant. */
export interface JsonPathFault {
  /** Plain words, e.g. `it must start with "$"`. */
  reason: string
  /** A corrected query that parses, when one is evident. */
  suggestion?: string
}

/** The functions RFC 9535 defines, with their number of arguments. */
const FUNCTIONS = new Map([
  ['length', 1],
  ['count', 1],
  ['match', 2],
  ['search', 2],
  ['value', 1]
])

// Dotted names and plain indexes: the common case, valid without a parse.
const SIMPLE = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[(?:0|-?[1-9][0-9]{0,14})\])*$/

/**
 * Whether a string is a query of dotted names and plain indexes, such as
 * `$.payload.lines[0].sku`: valid without a parse.
 */
export function isPlainQuery(text: string): boolean {
  return SIMPLE.test(text)
}

/**
 * Checks that a string is a JSONPath query as RFC 9535 defines it (which
 * also makes it start with `$`). Returns undefined when it is one.
 */
export function jsonPathFault(text: string): JsonPathFault | undefined {
  if (isPlainQuery(text)) return undefined
  if (!text.startsWith('$')) return missingRoot(text)
  const parse = jsonPathParser()
  let query: unknown
  try {
    query = parse(text)
  } catch (error) {
    return syntaxFault(text, error)
  }
  return functionFault(query)
}

function missingRoot(text: string): JsonPathFault {
  const fault: JsonPathFault = { reason: 'it must start with "$"' }
  const candidate = /^[.[]/.test(text)
    ? `$${text}`
    : text.startsWith('@')
      ? `$${text.slice(1)}`
      : `$.${text}`
  if (text.trim() !== '' && parses(candidate)) fault.suggestion = candidate
  return fault
}

function parses(text: string): boolean {
  const parse = jsonPathParser()
  try {
    parse(text)
    return true
  } catch {
    return false
  }
}

interface PegError {
  found?: string | null
  location?: { start?: { offset?: number } }
}

function syntaxFault(text: string, error: unknown): JsonPathFault {
  const { found, location } = (error ?? {}) as PegError
  const offset = location?.start?.offset
  if (typeof offset !== 'number') return { reason: 'it cannot be parsed' }
  const column = Array.from(text.slice(0, offset)).length + 1
  const what = typeof found === 'string' ? quote(found) : 'end of text'
  const fault: JsonPathFault = {
    reason: `unexpected ${what} at character ${column}`
  }
  const bracketed = bracketName(text, offset)
  if (bracketed !== undefined) {
    fault.reason += `; a name with such characters needs brackets: ${bracketed}`
    fault.suggestion = bracketed
  }
  return fault
}

/**
 * The query with the dotted name at the error written in brackets
 * (`$.a.first-name` to `$.a['first-name']`), when that parses: the usual
 * mistake behind a parse error inside a name.
 */
function bracketName(text: string, offset: number): string | undefined {
  const dot = text.lastIndexOf('.', offset - 1)
  if (dot < 1 || text[dot - 1] === '.' || offset === dot + 1) return undefined
  const end = text.slice(dot + 1).search(/[.[]/)
  const stop = end === -1 ? text.length : dot + 1 + end
  const name = text.slice(dot + 1, stop)
  if (/['\\]/.test(name) || name.trim() !== name) return undefined
  const candidate = `${text.slice(0, dot)}['${name}']${text.slice(stop)}`
  return parses(candidate) ? candidate : undefined
}

/**
 * Function names and arities and index ranges, which RFC 9535 makes part
 * of well-formedness but the parser leaves unchecked.
 */
function functionFault(query: unknown): JsonPathFault | undefined {
  const stack: unknown[] = [query]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    const fault = nodeFault(node as Record<string, unknown>)
    if (fault) return fault
    for (const child of Object.values(node)) stack.push(child)
  }
  return undefined
}

function nodeFault(node: Record<string, unknown>): JsonPathFault | undefined {
  if (node.type === 'FunctionExpr' && typeof node.name === 'string') {
    const arity = FUNCTIONS.get(node.name)
    const given = Array.isArray(node.arguments) ? node.arguments.length : 0
    if (arity === undefined) {
      return {
        reason: `${quote(node.name)} is not a JSONPath function (RFC 9535 has length, count, match, search and value)`
      }
    }
    if (given !== arity) {
      return {
        reason: `${node.name}() takes ${arity} argument${arity > 1 ? 's' : ''}, not ${given}`
      }
    }
  }
  for (const key of ['value', 'start', 'end', 'step']) {
    const number = node[key]
    const isIndex =
      node.type === 'IndexSelector' || node.type === 'SliceSelector'
    if (
      isIndex &&
      typeof number === 'number' &&
      !Number.isSafeInteger(number)
    ) {
      return { reason: `index ${number} is out of range (at most 2^53 - 1)` }
    }
  }
  return undefined
}
