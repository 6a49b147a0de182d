import type { Json } from '../config/normalise.js'

/** How an entity is edited in the dashboard, derived from its schemas. */
export type EntityMode = 'simple' | 'federated'

/**
 * The members every change carries. `path` is a JSON Pointer into the after
 * config, except for removals (`*-removed`, and field changes whose `after`
 * is absent), where it points into the before config.
 */
interface ChangeBase {
  path: string
}

/**
 * A field that differs between two versions of one item. An absent `before`
 * means the field was added, an absent `after` that it was removed. `field`
 * names the field for display: nested keys are joined with dots
 * (`identity.property`); `path` holds the exact location.
 */
interface FieldChange extends ChangeBase {
  field: string
  before?: Json
  after?: Json
}

/** A move inside an ordered list; positions are 0-based array indexes. */
interface Move extends ChangeBase {
  from: number
  to: number
}

/** Where a field mapping lives: its entity and its schema's key. */
interface MappingPlace {
  entity: string
  schema: string
  target: string
}

/**
 * One change between two configs, as the changelog shows it. Items are
 * named by identity (entity and flow names, schema keys, mapping targets,
 * step ids); an item without a usable identity is named by its 1-based
 * position, e.g. `#3`.
 */
export type Change =
  | (ChangeBase & { kind: 'version-added'; after: Json })
  | (ChangeBase & { kind: 'version-changed'; before?: Json; after?: Json })
  | (FieldChange & { kind: 'setting-added' })
  | (FieldChange & { kind: 'setting-removed' })
  | (FieldChange & { kind: 'setting-changed' })
  | (ChangeBase & { kind: 'value-added'; after: Json })
  | (ChangeBase & { kind: 'value-removed'; before: Json })
  | (ChangeBase & { kind: 'value-changed'; before: Json; after: Json })
  | (ChangeBase & {
      kind: 'entity-added'
      entity: string
      mode: EntityMode
      schemas: string[]
    })
  | (ChangeBase & { kind: 'entity-removed'; entity: string; mode: EntityMode })
  | (Move & { kind: 'entity-moved'; entity: string })
  | (ChangeBase & {
      kind: 'entity-mode-changed'
      entity: string
      before: EntityMode
      after: EntityMode
    })
  | (FieldChange & { kind: 'entity-field-changed'; entity: string })
  | (ChangeBase & {
      kind: 'schema-added'
      entity: string
      schema: string
      objectType?: Json
      fieldMappings: number
    })
  | (ChangeBase & { kind: 'schema-removed'; entity: string; schema: string })
  | (FieldChange & {
      kind: 'schema-field-changed'
      entity: string
      schema: string
    })
  | (ChangeBase & MappingPlace & { kind: 'field-mapping-added'; source?: Json })
  | (ChangeBase & MappingPlace & { kind: 'field-mapping-removed' })
  | (Move & MappingPlace & { kind: 'field-mapping-moved' })
  | (FieldChange & MappingPlace & { kind: 'field-mapping-changed' })
  | (ChangeBase & {
      kind: 'flow-added'
      flow: string
      source?: Json
      eventType?: Json
      steps: number
      enabled: boolean
    })
  | (ChangeBase & { kind: 'flow-removed'; flow: string })
  | (Move & { kind: 'flow-moved'; flow: string })
  | (ChangeBase & { kind: 'flow-enabled'; flow: string })
  | (ChangeBase & { kind: 'flow-disabled'; flow: string })
  | (FieldChange & { kind: 'flow-field-changed'; flow: string })
  | (ChangeBase & {
      kind: 'step-added'
      flow: string
      step: string
      action?: Json
      position: number
    })
  | (ChangeBase & { kind: 'step-removed'; flow: string; step: string })
  | (Move & { kind: 'step-moved'; flow: string; step: string })
  | (ChangeBase & {
      kind: 'steps-reordered'
      flow: string
      before: string[]
      after: string[]
    })
  | (FieldChange & { kind: 'step-field-changed'; flow: string; step: string })

/** The stable name of a change's type. */
export type ChangeKind = Change['kind']

/** The four totals a diff headline shows. */
export type ChangeCategory = 'added' | 'removed' | 'changed' | 'moved'

/** Puts a change in one of the four headline totals, by its kind alone. */
export function changeCategory(kind: ChangeKind): ChangeCategory {
  if (kind.endsWith('-added')) return 'added'
  if (kind.endsWith('-removed')) return 'removed'
  if (kind.endsWith('-moved') || kind === 'steps-reordered') return 'moved'
  return 'changed'
}

/** Counts changes per headline category. */
export function countChanges(
  changes: readonly Change[]
): Record<ChangeCategory, number> {
  const counts = { added: 0, removed: 0, changed: 0, moved: 0 }
  for (const change of changes) counts[changeCategory(change.kind)]++
  return counts
}
