import type { RuleInfo } from './rule.js'

/** `version` missing or not one of the two strings. */
export const INVALID_VERSION: RuleInfo = {
  id: 'invalid-version',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary:
    '`version` is missing or is not the string "3.0" or "3.1" (a number such as 3.0 is wrong).',
  backendMessage: "Input should be '3.0' or '3.1'",
  example: { bad: '{ "version": 3.0 }', good: '{ "version": "3.0" }' }
}

/** A required field of an entity, a flow or a step is missing. */
export const MISSING_REQUIRED_FIELD: RuleInfo = {
  id: 'missing-required-field',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary:
    'An entity without `name` or `schemas`, a flow without `name`, `source`, `event_type` or `steps`, or a step without `id` or `action`.',
  backendMessage: 'Field required',
  example: {
    bad: '{ "version": "3.0", "entities": [{ "name": "company" }] }',
    good: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": { "hubspot": {} } }] }'
  }
}

/** A value of another type than the contract states. */
export const WRONG_TYPE: RuleInfo = {
  id: 'wrong-type',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary:
    'A field whose type the contract states has a value of another type, e.g. `"entities": {}` or `"enabled": "yes"`; the backend (pydantic) rejects it.',
  backendMessage: 'Input should be a valid <type>',
  example: {
    bad: '{ "version": "3.0", "entities": { "name": "company", "schemas": { "hubspot": {} } } }',
    good: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": { "hubspot": {} } }] }'
  }
}

/** A key an entity does not accept. */
export const UNKNOWN_ENTITY_KEY: RuleInfo = {
  id: 'unknown-entity-key',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary:
    'An entity key other than `name` and `schemas`; EntityV3 accepts no other key. A `mode` key is the classic mistake: the mode is derived from the schemas, never stored.',
  backendMessage: 'Extra inputs are not permitted',
  example: {
    bad: '{ "version": "3.0", "entities": [{ "name": "company", "mode": "simple", "schemas": { "hubspot": {} } }] }',
    good: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": { "hubspot": {} } }] }'
  }
}

/** A per-action step field of the wrong (assumed) type. */
export const INVALID_STEP_FIELD: RuleInfo = {
  id: 'invalid-step-field',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'A step field of the wrong type for its action (`target`, `entity`, `data`, `items` and `output` are strings, `chunk_size` a whole number of 1 or more, `reconcile` true or false); these types are assumed, so this is a warning.',
  example: {
    bad: `{
  "version": "3.1",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items", "chunk_size": 0 }]
  }]
}`,
    good: `{
  "version": "3.1",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items", "chunk_size": 100 }]
  }]
}`
  }
}

/** A step's `when` that is not an object. */
export const INVALID_WHEN: RuleInfo = {
  id: 'invalid-when',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    "A step's `when` that is not an object; its grammar (WhenCondition) is not public, so only its being an object is checked.",
  example: {
    bad: `{
  "version": "3.0",
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "a", "action": "skip", "when": "$.payload.deleted" }]
  }]
}`,
    good: `{
  "version": "3.0",
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "a", "action": "skip", "when": {} }]
  }]
}`
  }
}

/** The rules the JSON Schema checks. */
export const SCHEMA_RULES: readonly RuleInfo[] = [
  INVALID_VERSION,
  MISSING_REQUIRED_FIELD,
  WRONG_TYPE,
  UNKNOWN_ENTITY_KEY,
  INVALID_STEP_FIELD,
  INVALID_WHEN
]
