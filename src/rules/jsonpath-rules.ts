import type { Problem } from '../findings/finding.js'
import type { JsonObject } from '../config/normalise.js'
import { actionFields } from './actions.js'
import { quote } from './describe.js'
import { jsonPathFault, type JsonPathFault } from './jsonpath.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'
import { forEachObject, type ConfigView } from './view.js'

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

type Check = (
  object: JsonObject,
  key: string,
  pointer: string,
  owner: string
) => void

/**
 * Checks every string the contract documents as JSONPath. A query is
 * checked once per config however often it appears.
 */
export function checkJsonPaths(view: ConfigView, out: Problem[]): void {
  const faults = new Map<string, JsonPathFault | undefined>()
  const check: Check = (object, key, pointer, owner) => {
    const text = object[key]
    if (typeof text !== 'string') return
    if (!faults.has(text)) faults.set(text, jsonPathFault(text))
    const fault = faults.get(text)
    if (fault)
      out.push(problem(fault, text, key, childPointer(pointer, key), owner))
  }

  for (const schema of view.schemas) {
    check(schema.value, 'identity_source_path', schema.pointer, schema.label)
    check(schema.value, 'identity_response_path', schema.pointer, schema.label)
    const list = childPointer(schema.pointer, 'field_mappings')
    forEachObject(
      schema.value.field_mappings,
      list,
      (mapping, index, pointer) => {
        check(
          mapping,
          'source',
          pointer,
          `field_mappings[${index}] of ${schema.label}`
        )
      }
    )
  }
  for (const flow of view.flows) {
    check(flow.value, 'event_type_from', flow.pointer, flow.label)
  }
  for (const step of view.steps) {
    const fields =
      step.action === undefined ? undefined : actionFields(step.action)
    if (fields === undefined || fields === 'any') continue
    if (fields.includes('data'))
      check(step.value, 'data', step.pointer, step.label)
    if (fields.includes('items'))
      check(step.value, 'items', step.pointer, step.label)
  }
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
