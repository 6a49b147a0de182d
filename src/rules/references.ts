import type { Problem } from '../findings/finding.js'
import type { Suggest } from './did-you-mean.js'
import { actionFields } from './actions.js'
import { didYouMean, listWords, quote } from './describe.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'
import { has, type ConfigView, type EntityView, type StepView } from './view.js'

const CANONICAL = 'canonical'
const MOST_LISTED = 10

const withSteps = (steps: string, schemas = '{ "hubspot": {} }'): string => `{
  "version": "3.0",
  "entities": [{ "name": "company", "schemas": ${schemas} }],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [${steps}]
  }]
}`

const UNKNOWN_ENTITY_REFERENCE: RuleInfo = {
  id: 'unknown-entity-reference',
  severity: 'error',
  source: 'project',
  group: 'config',
  summary:
    "A step's `entity` names no entity of the config; the backend accepts it, but the step fails every time it runs.",
  example: {
    bad: withSteps(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "compnay", "data": "$.payload" }'
    ),
    good: withSteps(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }'
    )
  }
}

const UNKNOWN_SCHEMA_REFERENCE: RuleInfo = {
  id: 'unknown-schema-reference',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    "A step's `target`, `from_schema` or `to_schema` names no schema of the step's entity.",
  example: {
    bad: withSteps(
      '{ "id": "push", "action": "upsert", "target": "hubspto", "entity": "company", "data": "$.payload" }'
    ),
    good: withSteps(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }'
    )
  }
}

const UNDECLARED_CANONICAL_SCHEMA: RuleInfo = {
  id: 'undeclared-canonical-schema',
  severity: 'notice',
  source: 'project',
  group: 'config',
  summary:
    '`"to_schema": "canonical"` for an entity without a `canonical` schema: allowed, but declaring the schema documents the shape that mappings read from `$.canonical`.',
  example: {
    bad: withSteps(
      '{ "id": "map", "action": "transform", "entity": "company", "to_schema": "canonical" }'
    ),
    good: withSteps(
      '{ "id": "map", "action": "transform", "entity": "company", "to_schema": "canonical" }',
      '{ "hubspot": {}, "canonical": {} }'
    )
  }
}

/** The rules about names a step refers to. */
export const REFERENCE_RULES: readonly RuleInfo[] = [
  UNKNOWN_ENTITY_REFERENCE,
  UNKNOWN_SCHEMA_REFERENCE,
  UNDECLARED_CANONICAL_SCHEMA
]

/**
 * Checks that each step's entity exists and that the schemas it names are
 * the entity's. Only the fields the step's action reads are looked at.
 */
export function checkReferences(view: ConfigView, out: Problem[]): void {
  const names = [...view.entityByName.keys()]
  for (const step of view.steps) {
    const fields =
      step.action === undefined ? undefined : actionFields(step.action)
    if (fields === undefined || fields === 'any') continue
    const { entity: name } = step.value
    if (typeof name !== 'string' || name === '') continue
    const entity = view.entityByName.get(name)
    if (entity === undefined) {
      out.push(unknownEntity(step, name, names, view.suggest))
      continue
    }
    for (const field of SCHEMA_FIELDS) {
      if (!fields.includes(field)) continue
      const problem = schemaReference(step, field, entity, view.suggest)
      if (problem) out.push(problem)
    }
  }
}

/** The step fields that name a schema of the step's entity. */
const SCHEMA_FIELDS: readonly string[] = ['target', 'from_schema', 'to_schema']

function unknownEntity(
  step: StepView,
  name: string,
  names: readonly string[],
  suggest: Suggest
): Problem {
  const suggestion = suggest(name, names)
  const known =
    names.length === 0
      ? 'this config defines no entity'
      : `its entities are ${listWords(names, MOST_LISTED)}`
  const problem: Problem = {
    rule: UNKNOWN_ENTITY_REFERENCE.id,
    message: `${step.label} refers to entity ${quote(name)}, which this config does not define, so the step fails when it runs${suggestion === undefined ? `: ${known}` : didYouMean(suggestion)}`,
    pointer: childPointer(step.pointer, 'entity')
  }
  if (suggestion !== undefined) problem.suggestion = suggestion
  return problem
}

function schemaReference(
  step: StepView,
  field: string,
  entity: EntityView,
  suggest: Suggest
): Problem | undefined {
  const value = step.value[field]
  if (typeof value !== 'string' || entity.schemas === undefined)
    return undefined
  if (has(entity.schemas, value)) return undefined
  // find and post targets have rules of their own.
  if (field === 'target' && step.action === 'find' && value !== 'hubspot')
    return undefined
  if (field === 'target' && step.action === 'post' && value === 'hubspot')
    return undefined

  const pointer = childPointer(step.pointer, field)
  if (field === 'to_schema' && value === CANONICAL) {
    return {
      rule: UNDECLARED_CANONICAL_SCHEMA.id,
      message: `${step.label} writes "to_schema": "canonical", which ${entity.label} does not declare; that works, but declaring a "canonical" schema documents the shape later steps read from $.canonical`,
      pointer
    }
  }
  const keys = Object.keys(entity.schemas)
  const suggestion = suggest(value, keys)
  const has_ =
    keys.length === 0 ? 'has no schemas' : `has ${listWords(keys, MOST_LISTED)}`
  const problem: Problem = {
    rule: UNKNOWN_SCHEMA_REFERENCE.id,
    message: `${step.label} has ${field} ${quote(value)}, but ${entity.label} has no ${quote(value)} schema (it ${has_})${suggestion === undefined ? ': add the schema or fix the name' : didYouMean(suggestion)}`,
    pointer
  }
  if (suggestion !== undefined) problem.suggestion = suggestion
  return problem
}
