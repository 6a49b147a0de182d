import type { Problem } from '../findings/finding.js'
import { quote } from './describe.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'
import { checkUnknownKeys, hasOnlyKeys } from './unknown-keys.js'
import type { ConfigView } from './view.js'

/** The keys of an EntitySchemaSpec. */
export const SCHEMA_SPEC_KEYS: readonly string[] = [
  'object_type',
  'identity',
  'identity_source_path',
  'identity_response_path',
  'field_mappings'
]

const DUPLICATE_ENTITY_NAME: RuleInfo = {
  id: 'duplicate-entity-name',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary:
    'Two entities have the same name; steps refer to entities by name, so the backend rejects the config.',
  backendMessage: 'entity names must be unique within a config',
  example: {
    bad: `{
  "version": "3.0",
  "entities": [
    { "name": "company", "schemas": { "hubspot": {} } },
    { "name": "company", "schemas": { "hubspot": {} } }
  ]
}`,
    good: `{
  "version": "3.0",
  "entities": [
    { "name": "company", "schemas": { "hubspot": {} } },
    { "name": "contact", "schemas": { "hubspot": {} } }
  ]
}`
  }
}

const EMPTY_ENTITY_SCHEMAS: RuleInfo = {
  id: 'empty-entity-schemas',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'An entity whose `schemas` is empty: the backend accepts it, but no step has a schema to read or write.',
  example: {
    bad: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": {} }] }',
    good: '{ "version": "3.0", "entities": [{ "name": "company", "schemas": { "hubspot": {} } }] }'
  }
}

/** The rules about entities as a whole. */
export const ENTITY_RULES: readonly RuleInfo[] = [
  DUPLICATE_ENTITY_NAME,
  EMPTY_ENTITY_SCHEMAS
]

/**
 * Checks that entity names are unique, that each entity has a schema, and
 * the keys of each schema.
 */
export function checkEntities(view: ConfigView, out: Problem[]): void {
  for (const entity of view.entities) {
    const first =
      entity.name === undefined ? undefined : view.entityByName.get(entity.name)
    if (entity.name !== undefined && first !== undefined && first !== entity) {
      out.push({
        rule: DUPLICATE_ENTITY_NAME.id,
        message: `entity name ${quote(entity.name)} is already used by entities[${first.index}]: entity names must be unique, rename one of them`,
        pointer: childPointer(entity.pointer, 'name'),
        backendMessage: DUPLICATE_ENTITY_NAME.backendMessage
      })
    }
    if (entity.schemas && Object.keys(entity.schemas).length === 0) {
      out.push({
        rule: EMPTY_ENTITY_SCHEMAS.id,
        message: `${entity.label} has no schemas, so no step can read or write it: add one, e.g. "hubspot": {}`,
        pointer: childPointer(entity.pointer, 'schemas')
      })
    }
  }
  for (const schema of view.schemas) {
    if (hasOnlyKeys(schema.value, SCHEMA_SPEC_KEYS)) continue
    checkUnknownKeys(
      out,
      view.suggest,
      schema.value,
      schema.pointer,
      SCHEMA_SPEC_KEYS,
      schema.label
    )
  }
}
