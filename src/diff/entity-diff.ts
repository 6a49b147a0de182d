import { isObject, type Json, type JsonObject } from '../config/normalise.js'
import type { Change, EntityMode } from './change.js'
import { jsonEqual } from './json-equal.js'
import { itemLabel, matchList, memberIdentity, walkList } from './keyed-list.js'
import { diffLeaves, diffMember } from './leaf-diff.js'
import { normaliseItem } from './normalise-lazily.js'
import { childPlace, pointer, type Place } from './pointer.js'
import { valueChanges } from './value-changes.js'
import { appendAll } from '../append.js'

const entityName = memberIdentity('name')
const mappingTarget = memberIdentity('target')

/**
 * The spec's rule: an entity is simple iff it has exactly one schema and
 * that schema's key is `hubspot`; every other entity is federated.
 */
export function entityMode(entity: Json | undefined): EntityMode {
  const schemas = isObject(entity) ? entity.schemas : undefined
  if (!isObject(schemas)) return 'federated'
  const keys = Object.keys(schemas)
  return keys.length === 1 && keys[0] === 'hubspot' ? 'simple' : 'federated'
}

/** Diffs the `entities` lists, pairing entities by name. */
export function diffEntities(
  before: Json | undefined,
  after: Json | undefined,
  out: Change[]
): void {
  const place = { beforePath: '/entities', afterPath: '/entities' }
  if (!Array.isArray(before) || !Array.isArray(after)) {
    appendAll(out, valueChanges(before, after, place))
    return
  }
  walkList(matchList(before, after, entityName), {
    removed: (index) => {
      out.push({
        kind: 'entity-removed',
        path: pointer('/entities', index),
        entity: itemLabel(before[index]!, entityName, index),
        mode: entityMode(before[index])
      })
    },
    added: (index) => out.push(entityAdded(after[index]!, index)),
    kept: (from, to, moved) => {
      const entity = itemLabel(after[to]!, entityName, to)
      const path = pointer('/entities', to)
      if (moved) out.push({ kind: 'entity-moved', path, entity, from, to })
      // Most entities are unchanged: compare before normalising.
      if (jsonEqual(before[from], after[to])) return
      const [old, now] = [before[from]!, after[to]!].map(normaliseEntity)
      diffEntity(old!, now!, childPlace(place, from, to), entity, out)
    }
  })
}

/** An entity with its defaults, as normaliseConfig gives them. */
function normaliseEntity(entity: Json): Json {
  return normaliseItem('entities', entity)
}

/** Describes a new entity by its mode and schema keys. */
function entityAdded(raw: Json, index: number): Change {
  const entity = normaliseEntity(raw)
  const schemas = isObject(entity) ? entity.schemas : undefined
  return {
    kind: 'entity-added',
    path: pointer('/entities', index),
    entity: itemLabel(entity, entityName, index),
    mode: entityMode(entity),
    schemas: isObject(schemas) ? Object.keys(schemas) : []
  }
}

/** Diffs two versions of one entity: its mode, fields and schemas. */
function diffEntity(
  before: Json,
  after: Json,
  place: Place,
  entity: string,
  out: Change[]
): void {
  if (jsonEqual(before, after)) return
  if (!isObject(before) || !isObject(after)) {
    appendAll(out, valueChanges(before, after, place))
    return
  }

  const [beforeMode, afterMode] = [entityMode(before), entityMode(after)]
  if (beforeMode !== afterMode) {
    const path = place.afterPath
    out.push({
      kind: 'entity-mode-changed',
      path,
      entity,
      before: beforeMode,
      after: afterMode
    })
  }

  for (const leaf of diffLeaves(before, after, place, ['schemas'])) {
    out.push({ kind: 'entity-field-changed', entity, ...leaf })
  }
  diffSchemas(before, after, place, entity, out)
}

/** Diffs an entity's schemas, pairing them by key. */
function diffSchemas(
  before: JsonObject,
  after: JsonObject,
  place: Place,
  entity: string,
  out: Change[]
): void {
  const [from, to] = [before.schemas, after.schemas]
  if (!isObject(from) || !isObject(to)) {
    for (const leaf of diffMember(before, after, 'schemas', place)) {
      out.push({ kind: 'entity-field-changed', entity, ...leaf })
    }
    return
  }

  // As in lists: removals first, then the schemas as they will be.
  const schemasPlace = childPlace(place, 'schemas')
  for (const schema of Object.keys(from).sort()) {
    if (Object.hasOwn(to, schema)) continue
    const path = childPlace(schemasPlace, schema).beforePath
    out.push({ kind: 'schema-removed', path, entity, schema })
  }
  for (const schema of Object.keys(to).sort()) {
    const schemaPlace = childPlace(schemasPlace, schema)
    if (!Object.hasOwn(from, schema)) {
      out.push(schemaAdded(to[schema]!, schemaPlace.afterPath, entity, schema))
    } else {
      const names = { entity, schema }
      diffSchema(from[schema]!, to[schema]!, schemaPlace, names, out)
    }
  }
}

/** Describes a new schema by its object type and mapping count. */
function schemaAdded(
  spec: Json,
  path: string,
  entity: string,
  schema: string
): Change {
  const mappings = isObject(spec) ? spec.field_mappings : undefined
  const change: Change = {
    kind: 'schema-added',
    path,
    entity,
    schema,
    fieldMappings: Array.isArray(mappings) ? mappings.length : 0
  }
  if (isObject(spec) && spec.object_type !== undefined) {
    change.objectType = spec.object_type
  }
  return change
}

/** Diffs two versions of one schema: its fields, then its field mappings. */
function diffSchema(
  before: Json,
  after: Json,
  place: Place,
  names: { entity: string; schema: string },
  out: Change[]
): void {
  if (jsonEqual(before, after)) return
  if (!isObject(before) || !isObject(after)) {
    for (const leaf of diffLeaves(before, after, place)) {
      out.push({ kind: 'schema-field-changed', ...names, ...leaf })
    }
    return
  }

  for (const leaf of diffLeaves(before, after, place, ['field_mappings'])) {
    out.push({ kind: 'schema-field-changed', ...names, ...leaf })
  }
  const [from, to] = [before.field_mappings, after.field_mappings]
  if (Array.isArray(from) && Array.isArray(to)) {
    diffMappings(from, to, childPlace(place, 'field_mappings'), names, out)
    return
  }
  for (const leaf of diffMember(before, after, 'field_mappings', place)) {
    out.push({ kind: 'schema-field-changed', ...names, ...leaf })
  }
}

/** Diffs a schema's field mappings, pairing them by target. */
function diffMappings(
  before: Json[],
  after: Json[],
  place: Place,
  names: { entity: string; schema: string },
  out: Change[]
): void {
  walkList(matchList(before, after, mappingTarget), {
    removed: (index) => {
      const target = itemLabel(before[index]!, mappingTarget, index)
      const path = pointer(place.beforePath, index)
      out.push({ kind: 'field-mapping-removed', path, ...names, target })
    },
    added: (index) => out.push(mappingAdded(after[index]!, index)),
    kept: (from, to, moved) => {
      const target = itemLabel(after[to]!, mappingTarget, to)
      const path = pointer(place.afterPath, to)
      if (moved) {
        out.push({
          kind: 'field-mapping-moved',
          path,
          ...names,
          target,
          from,
          to
        })
      }
      const itemPlace = childPlace(place, from, to)
      for (const leaf of diffLeaves(before[from], after[to], itemPlace)) {
        out.push({ kind: 'field-mapping-changed', ...names, target, ...leaf })
      }
    }
  })

  function mappingAdded(mapping: Json, index: number): Change {
    const change: Change = {
      kind: 'field-mapping-added',
      path: pointer(place.afterPath, index),
      ...names,
      target: itemLabel(mapping, mappingTarget, index)
    }
    if (isObject(mapping) && mapping.source !== undefined) {
      change.source = mapping.source
    }
    return change
  }
}
