import type { Random } from './random.js'
import {
  EVENTS,
  FIELDS,
  KINDS,
  SOURCES,
  type RecordKind
} from './vocabulary.js'

/** A JSON object as the generator builds it. */
export type JsonObject = { [key: string]: unknown }

/** A generated config and the names the findings and the diff pick from. */
export interface GeneratedConfig {
  config: JsonObject
  /** How many entities and flows it holds. */
  entities: number
  flows: number
}

/** The `$schema` editors point at; configs in the wild carry it. */
const SCHEMA_URL =
  'https://app.plugsync.com/schemas/connector-config-v3.schema.json'

/**
 * A realistic, clean connector config of about `targetBytes` once written
 * with two-space indentation: entities with a source, a canonical and a
 * HubSpot schema (some simple, HubSpot only), and flows that transform and
 * write them. Units are drawn until the size is reached, and the size never
 * steers a choice, so a smaller target gives a prefix of a larger one.
 */
export function generateConfig(
  random: Random,
  targetBytes: number
): GeneratedConfig {
  const version = random.chance(0.6) ? '3.1' : '3.0'
  const source = random.pick(SOURCES)
  const entities: JsonObject[] = []
  const flows: JsonObject[] = []
  const config: JsonObject = {
    $schema: SCHEMA_URL,
    version,
    entities,
    flows,
    settings: settingsOf(random, source)
  }

  // Two levels of nesting indent every line of an item by four spaces.
  let bytes = 200
  while (bytes < targetBytes) {
    const unit = connectorUnit(random, source, version, entities.length)
    entities.push(unit.entity)
    flows.push(...unit.flows)
    for (const item of [unit.entity, ...unit.flows]) bytes += prettySize(item)
  }
  return { config, entities: entities.length, flows: flows.length }
}

/** The config as a file holds it: two-space indentation, final newline. */
export function serialise(config: JsonObject): string {
  return JSON.stringify(config, null, 2) + '\n'
}

function prettySize(item: unknown): number {
  const text = JSON.stringify(item, null, 2)
  let lines = 1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
    lines++
  return text.length + 4 * lines + 2
}

function settingsOf(random: Random, source: string): JsonObject {
  return {
    owner: `team-${random.pick(['sales', 'ops', 'billing', 'support'])}`,
    timezone: random.pick(['UTC', 'Europe/Berlin', 'America/New_York']),
    retry: { max_attempts: random.int(3, 8), backoff_seconds: 30 },
    [`${source}_account`]: `acct_${random.int(100000, 999999)}`
  }
}

/** One entity and the flows that feed it. */
function connectorUnit(
  random: Random,
  source: string,
  version: string,
  index: number
): { entity: JsonObject; flows: JsonObject[] } {
  const kind = random.pick(KINDS)
  const name = `${kind.name}_${index + 1}`
  const simple = random.chance(0.15)
  const entity = simple
    ? simpleEntity(random, name, kind)
    : federatedEntity(random, name, kind, source)
  const events = EVENTS.filter((_, at) => at === 0 || random.chance(0.6))
  const flows = events.map((event) =>
    flowOf(random, { name, kind, source, simple, version, event })
  )
  return { entity, flows }
}

function simpleEntity(
  random: Random,
  name: string,
  kind: RecordKind
): JsonObject {
  const fields = pickFields(random, random.int(8, 18))
  return {
    name,
    schemas: {
      hubspot: {
        object_type: kind.objectType,
        identity: { strategy: 'match_or_create', property: kind.lookup },
        identity_source_path: `$.payload.${kind.name}_id`,
        identity_response_path: '$.id',
        field_mappings: fields.map((field) => ({
          source: sourcePath(random, '$.payload', field),
          target: hubspotProperty(field)
        }))
      }
    }
  }
}

function federatedEntity(
  random: Random,
  name: string,
  kind: RecordKind,
  source: string
): JsonObject {
  const fields = pickFields(random, random.int(8, 18))
  return {
    name,
    schemas: {
      [source]: {
        object_type: kind.name,
        identity_source_path: `$.payload.${kind.name}_id`
      },
      canonical: {
        field_mappings: fields.map((field) => ({
          source: sourcePath(random, '$.payload', field),
          target: field
        }))
      },
      hubspot: {
        object_type: kind.objectType,
        identity: { strategy: 'match_or_create', property: kind.lookup },
        identity_response_path: '$.id',
        field_mappings: fields.map((field) => ({
          source: `$.canonical.${field}`,
          target: hubspotProperty(field)
        }))
      }
    }
  }
}

/** Distinct fields in a random order: targets in a schema never repeat. */
function pickFields(random: Random, count: number): string[] {
  const pool = [...FIELDS]
  for (let i = 0; i < count; i++) {
    const j = random.int(i, pool.length - 1)
    ;[pool[i], pool[j]] = [pool[j]!, pool[i]!]
  }
  return pool.slice(0, count)
}

/**
 * Mostly dotted paths; some nested, bracketed or indexed, which the
 * JSONPath check cannot wave through with its fast pattern.
 */
function sourcePath(random: Random, root: string, field: string): string {
  const roll = random.next()
  if (roll < 0.05) return `${root}['${field.replace('_', '-')}']`
  if (roll < 0.1) return `${root}.lines[0].${field}`
  if (roll < 0.2) return `${root}.attributes.${field}`
  return `${root}.${field}`
}

function hubspotProperty(field: string): string {
  return field.replace(/_/g, '')
}

interface FlowPlan {
  name: string
  kind: RecordKind
  source: string
  simple: boolean
  version: string
  event: string
}

function flowOf(random: Random, plan: FlowPlan): JsonObject {
  const flow: JsonObject = {
    name: `${plan.source}_${plan.name}_${plan.event}`,
    source: plan.source,
    event_type: `${plan.name}.${plan.event}`
  }
  if (random.chance(0.5)) flow.event_type_from = '$.event'
  if (random.chance(0.3)) flow.enabled = true
  flow.steps = stepsOf(random, plan)
  return flow
}

function stepsOf(random: Random, plan: FlowPlan): JsonObject[] {
  const entity = plan.name
  const steps: JsonObject[] = []
  const data = plan.simple ? '$.payload' : '$.canonical'
  if (!plan.simple) {
    steps.push({
      id: 'to_canonical',
      action: 'transform',
      entity,
      from_schema: plan.source,
      to_schema: 'canonical'
    })
  }
  if (plan.event === 'deleted') {
    steps.push({
      id: 'delete_record',
      action: 'delete',
      target: 'hubspot',
      entity
    })
  } else {
    steps.push(...writeSteps(random, plan, data))
  }
  if (random.chance(0.2)) {
    steps.push({
      id: 'notify_owner',
      action: 'notify',
      when: { field: '$.payload.status', equals: 'failed' },
      channel: '#integrations'
    })
  }
  return steps
}

function writeSteps(
  random: Random,
  plan: FlowPlan,
  data: string
): JsonObject[] {
  const entity = plan.name
  const steps: JsonObject[] = []
  if (random.chance(0.3)) {
    steps.push({
      id: 'find_existing',
      action: 'find',
      target: 'hubspot',
      entity
    })
  }
  if (plan.version === '3.1' && random.chance(0.3)) {
    steps.push({
      id: 'upsert_batch',
      action: 'upsert_many',
      target: 'hubspot',
      entity,
      data,
      items: '$.payload.items',
      chunk_size: random.pick([50, 100, 200]),
      output: 'results',
      reconcile: random.chance(0.5)
    })
  } else {
    const action = plan.event === 'created' ? 'upsert' : 'update'
    steps.push({
      id: `${action}_record`,
      action,
      target: 'hubspot',
      entity,
      data
    })
  }
  if (!plan.simple && random.chance(0.25)) {
    steps.push({
      id: 'write_back',
      action: 'post',
      target: plan.source,
      entity,
      data: '$.canonical'
    })
  }
  return steps
}
