import type { Json, JsonObject } from '../../src/config/normalise.js'

/** A step with an id, an action and any other fields. */
export function step(
  id: string,
  action = 'skip',
  fields: JsonObject = {}
): JsonObject {
  return { id, action, ...fields }
}

/** A flow on source `shop` whose event type is its name's. */
export function flow(
  name: string,
  steps: Json[] = [step('only')],
  fields: JsonObject = {}
): JsonObject {
  return { name, source: 'shop', event_type: `${name}.event`, steps, ...fields }
}

/** An entity with the given schemas (a simple one by default). */
export function entity(
  name: string,
  schemas: JsonObject = { hubspot: { object_type: 'companies' } }
): JsonObject {
  return { name, schemas }
}

/** A config of version 3.1 with the given members. */
export function config(members: JsonObject = {}): JsonObject {
  return { version: '3.1', entities: [], flows: [], settings: {}, ...members }
}

/**
 * A large config: `flows` flows of five steps each over `entities`
 * entities with ten field mappings each (about 1.6 kB per flow).
 */
export function largeConfig(flows: number, entities: number): JsonObject {
  const mappings = Array.from({ length: 10 }, (_, index) => ({
    source: `$.payload.field_${index}`,
    target: `property_${index}`
  }))
  return config({
    entities: Array.from({ length: entities }, (_, index) =>
      entity(`entity_${index}`, {
        hubspot: {
          object_type: 'companies',
          identity: { strategy: 'match_or_create', property: 'hs_id' },
          identity_source_path: '$.payload.id',
          field_mappings: mappings
        },
        canonical: { object_type: null }
      })
    ),
    flows: Array.from({ length: flows }, (_, index) =>
      flow(
        `flow_${index}`,
        Array.from({ length: 5 }, (__, position) =>
          step(`step_${position}`, 'upsert', {
            entity: `entity_${index % entities}`,
            target: 'hubspot',
            data: '$.payload',
            when: { path: '$.payload.kind', equals: `kind_${position}` }
          })
        ),
        { event_type: `order.event_${index % 50}` }
      )
    )
  })
}
