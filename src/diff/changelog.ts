import type { Json } from '../config/normalise.js'
import type { Change, ChangeKind, EntityMode } from './change.js'
import { showValue } from './value-format.js'
import { countOf } from '../report/describe.js'

/**
 * A piece of a changelog line: fixed wording, or a name or value from the
 * config that each output format quotes in its own way (a Markdown code
 * span, backticks in a terminal).
 */
export type Part = { text: string } | { code: string }

/**
 * Words a change as one changelog line, e.g. "changed step `push` in flow
 * `x`: `data` `$.payload` → `$.canonical`", names and values as code parts.
 */
export function describeChange(change: Change): Part[] {
  const describe = DESCRIBERS[change.kind] as (change: Change) => Part[]
  return describe(change)
}

/** One wording per kind; the type makes sure no kind is forgotten. */
type Describers = {
  [K in ChangeKind]: (change: Extract<Change, { kind: K }>) => Part[]
}

const DESCRIBERS: Describers = {
  'version-added': (c) => [text('version '), value(c.after)],
  'version-changed': (c) => versionChanged(c.before, c.after),
  'setting-added': (c) => [
    text('added setting '),
    name(c.field),
    text(': '),
    value(c.after)
  ],
  'setting-removed': (c) => [
    text('removed setting '),
    name(c.field),
    ...was(c.before)
  ],
  'setting-changed': (c) => [
    text('changed setting '),
    name(c.field),
    ...transition(c.before, c.after)
  ],
  'value-added': (c) => [
    text('added '),
    name(c.path),
    text(': '),
    value(c.after)
  ],
  'value-removed': (c) => [text('removed '), name(c.path), ...was(c.before)],
  'value-changed': (c) => [
    text('changed '),
    name(c.path),
    ...transition(c.before, c.after)
  ],
  'entity-added': (c) => [
    text('added entity '),
    name(c.entity),
    ...entityShape(c.mode, c.schemas)
  ],
  'entity-removed': (c) => [text('removed entity '), name(c.entity)],
  'entity-moved': (c) => [
    text('moved entity '),
    name(c.entity),
    ...positions(c)
  ],
  'entity-mode-changed': (c) => [
    text('entity '),
    name(c.entity),
    text(` mode ${c.before} → ${c.after}`)
  ],
  'entity-field-changed': (c) => [
    text('changed entity '),
    name(c.entity),
    ...fieldChange(c)
  ],
  'schema-added': (c) => [
    text('added schema '),
    name(c.schema),
    text(' to entity '),
    name(c.entity),
    ...schemaShape(c.objectType, c.fieldMappings)
  ],
  'schema-removed': (c) => [
    text('removed schema '),
    name(c.schema),
    text(' from entity '),
    name(c.entity)
  ],
  'schema-field-changed': (c) => [
    text('changed '),
    ...schemaOf(c),
    ...fieldChange(c)
  ],
  'field-mapping-added': (c) => [
    text('added field mapping to '),
    name(c.target),
    text(' from '),
    value(c.source),
    text(' in '),
    ...schemaOf(c)
  ],
  'field-mapping-removed': (c) => [
    text('removed field mapping to '),
    name(c.target),
    text(' from '),
    ...schemaOf(c)
  ],
  'field-mapping-moved': (c) => [
    text('moved field mapping to '),
    name(c.target),
    text(' in '),
    ...schemaOf(c),
    ...positions(c)
  ],
  'field-mapping-changed': (c) => [
    text('changed field mapping to '),
    name(c.target),
    text(' in '),
    ...schemaOf(c),
    ...fieldChange(c)
  ],
  'flow-added': (c) => [text('added flow '), name(c.flow), ...flowShape(c)],
  'flow-removed': (c) => [text('removed flow '), name(c.flow)],
  'flow-moved': (c) => [text('moved flow '), name(c.flow), ...positions(c)],
  'flow-enabled': (c) => [text('flow '), name(c.flow), text(' switched on')],
  'flow-disabled': (c) => [text('flow '), name(c.flow), text(' switched off')],
  'flow-field-changed': (c) => [
    text('changed flow '),
    name(c.flow),
    ...fieldChange(c)
  ],
  'step-added': (c) => [
    text('added step '),
    name(c.step),
    ...actionOf(c.action),
    text(' to flow '),
    name(c.flow),
    text(` at position ${c.position + 1}`)
  ],
  'step-removed': (c) => [
    text('removed step '),
    name(c.step),
    text(' from flow '),
    name(c.flow)
  ],
  'step-moved': (c) => [
    text('moved step '),
    name(c.step),
    text(' in flow '),
    name(c.flow),
    ...positions(c)
  ],
  'steps-reordered': (c) => [
    text('reordered steps of flow '),
    name(c.flow),
    text(': '),
    ...nameList(c.before),
    text(' → '),
    ...nameList(c.after)
  ],
  'step-field-changed': (c) => [
    text('changed step '),
    name(c.step),
    text(' in flow '),
    name(c.flow),
    ...fieldChange(c)
  ]
}

/** Fixed wording. */
function text(words: string): Part {
  return { text: words }
}

/** A name or key, shown in code. */
function name(identity: string): Part {
  return { code: showValue(identity) }
}

/** A config value, or `(none)` where it is absent. */
function value(json: Json | undefined): Part {
  return json === undefined ? text('(none)') : { code: showValue(json) }
}

/** "version `"3.0"` → `"3.1"`", or just the new one on a first publish. */
function versionChanged(before?: Json, after?: Json): Part[] {
  if (before === undefined) return [text('version '), value(after)]
  return [text('changed version'), ...transition(before, after)]
}

/** ": `old` → `new`" */
function transition(before?: Json, after?: Json): Part[] {
  return [text(': '), value(before), text(' → '), value(after)]
}

/** " (was `old`)" */
function was(before?: Json): Part[] {
  return [text(' (was '), value(before), text(')')]
}

/** ": `field` `old` → `new`", or the transition alone for a whole item. */
function fieldChange(change: {
  field: string
  before?: Json
  after?: Json
}): Part[] {
  const { field, before, after } = change
  if (field === '') return transition(before, after)
  return [
    text(': '),
    name(field),
    text(' '),
    value(before),
    text(' → '),
    value(after)
  ]
}

/** "schema `hubspot` of entity `company`" */
function schemaOf(change: { schema: string; entity: string }): Part[] {
  return [
    text('schema '),
    name(change.schema),
    text(' of entity '),
    name(change.entity)
  ]
}

/** " from position 3 to 1" (1-based, as people count). */
function positions(change: { from: number; to: number }): Part[] {
  return [text(` from position ${change.from + 1} to ${change.to + 1}`)]
}

/** " (federated, schemas `canonical`, `hubspot`)" */
function entityShape(mode: EntityMode, schemas: string[]): Part[] {
  if (schemas.length === 0) return [text(` (${mode}, no schemas)`)]
  const label = schemas.length === 1 ? 'schema' : 'schemas'
  return [text(` (${mode}, ${label} `), ...nameList(schemas), text(')')]
}

/** " (object type `companies`, 3 field mappings)" */
function schemaShape(objectType: Json | undefined, mappings: number): Part[] {
  const count = countOf(mappings, 'field mapping')
  if (objectType === undefined) return [text(` (${count})`)]
  return [text(' (object type '), value(objectType), text(`, ${count})`)]
}

/** " (source `fooshop`, event `order.created`, 3 steps)" */
function flowShape(change: Extract<Change, { kind: 'flow-added' }>): Part[] {
  const off = change.enabled ? '' : ', switched off'
  return [
    text(' (source '),
    value(change.source),
    text(', event '),
    value(change.eventType),
    text(`, ${countOf(change.steps, 'step')}${off})`)
  ]
}

/** " (`upsert`)", or nothing when the step has no action. */
function actionOf(action: Json | undefined): Part[] {
  return action === undefined ? [] : [text(' ('), value(action), text(')')]
}

/** "`a`, `b`, `c`" */
function nameList(names: readonly string[]): Part[] {
  return names.flatMap((each, index) =>
    index === 0 ? [name(each)] : [text(', '), name(each)]
  )
}
