import type { Problem } from '../findings/finding.js'
import { isObject, type JsonObject } from '../config/normalise.js'
import { actionFields } from './actions.js'
import { quote } from './describe.js'
import { isPlainQuery, jsonPathFault, type JsonPathFault } from './jsonpath.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'
import type { ConfigView, SchemaView } from './view.js'

const INVALID_JSONPATH: RuleInfo = {
  id: 'invalid-jsonpath',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    "A field documented as JSONPath (`data`, `items`, `event_type_from`, a mapping's `source`, `identity_source_path`, `identity_response_path`) that does not parse as an RFC 9535 query starting with `$`.",
  example: {
    bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [{ "source": "$.payload.legal-name", "target": "name" }] } }
  }]
}`,
    good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [{ "source": "$.payload['legal-name']", "target": "name" }] } }
  }]
}`
  }
}

/** The rule about JSONPath fields. */
export const JSONPATH_RULES: readonly RuleInfo[] = [INVALID_JSONPATH]

/**
 * Checks every string the contract documents as JSONPath. Pointers and
 * labels are built only for a query at fault: a clean config has thousands
 * of queries and no fault.
 */
export function checkJsonPaths(view: ConfigView, out: Problem[]): void {
  for (const schema of view.schemas) {
    checkQuery(out, schema.value, 'identity_source_path', schema)
    checkQuery(out, schema.value, 'identity_response_path', schema)
    checkMappings(out, schema)
  }
  for (const flow of view.flows) {
    checkQuery(out, flow.value, 'event_type_from', flow)
  }
  for (const step of view.steps) {
    const fields =
      step.action === undefined ? undefined : actionFields(step.action)
    if (fields === undefined || fields === 'any') continue
    if (fields.includes('data')) checkQuery(out, step.value, 'data', step)
    if (fields.includes('items')) checkQuery(out, step.value, 'items', step)
  }
}

function checkMappings(out: Problem[], schema: SchemaView): void {
  const mappings = schema.value.field_mappings
  if (!Array.isArray(mappings)) return
  for (let index = 0; index < mappings.length; index++) {
    const mapping = mappings[index]
    // A named read, not a keyed one: this runs for every mapping.
    if (!isObject(mapping) || !isFaulty(mapping.source)) continue
    const list = childPointer(schema.pointer, 'field_mappings')
    checkQuery(out, mapping, 'source', {
      pointer: childPointer(list, index),
      label: `field_mappings[${index}] of ${schema.label}`
    })
  }
}

/** Where an object is and how messages name it; read only for a fault. */
interface Place {
  readonly pointer: string
  readonly label: string
}

/** Reports the member `key` of an object when it is not a JSONPath query. */
function checkQuery(
  out: Problem[],
  object: JsonObject,
  key: string,
  owner: Place
): void {
  const text = object[key]
  if (typeof text !== 'string') return
  const fault = faultOf(text)
  if (fault === undefined) return
  const pointer = childPointer(owner.pointer, key)
  out.push(problem(fault, text, key, pointer, owner.label))
}

/** Whether a member is a string that is not a JSONPath query. */
function isFaulty(text: unknown): boolean {
  return typeof text === 'string' && faultOf(text) !== undefined
}

// Queries repeat across the configs of a repository ($.payload.email, $.id):
// each is judged once per run. The bound keeps a run over many distinct
// queries from growing without end.
const faults = new Map<string, JsonPathFault | undefined>()
const MOST_REMEMBERED = 50_000

function faultOf(text: string): JsonPathFault | undefined {
  if (isPlainQuery(text)) return undefined
  if (faults.has(text)) return faults.get(text)
  if (faults.size >= MOST_REMEMBERED) faults.clear()
  const fault = jsonPathFault(text)
  faults.set(text, fault)
  return fault
}

function problem(
  fault: JsonPathFault,
  text: string,
  key: string,
  pointer: string,
  owner: string
): Problem {
  const what = text.startsWith('$')
    ? 'not valid JSONPath (RFC 9535)'
    : 'not a JSONPath'
  const tail =
    fault.suggestion === undefined || fault.reason.includes(fault.suggestion)
      ? ''
      : `; did you mean ${quote(fault.suggestion)}?`
  const result: Problem = {
    rule: INVALID_JSONPATH.id,
    message: `${quote(key)} of ${owner} is ${quote(text)}, which is ${what}: ${fault.reason}${tail}`,
    pointer
  }
  if (fault.suggestion !== undefined) result.suggestion = fault.suggestion
  return result
}
