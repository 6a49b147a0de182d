import { isObject, type JsonObject } from '../config/normalise.js'
import { entityLabel, flowLabel, schemaLabel, stepLabel } from './labels.js'
import { createSuggest, type Suggest } from './did-you-mean.js'
import { childPointer } from './pointer.js'

/** The config's format version, when it is one of the two valid ones. */
export type Version = '3.0' | '3.1'

/** An entity that is an object, with what messages need to name it. */
export interface EntityView {
  index: number
  pointer: string
  value: JsonObject
  /** Its name, when that is a string. */
  name?: string
  /** Its schemas, when they are an object. */
  schemas?: JsonObject
  label: string
}

/** One schema of an entity that is an object. */
export interface SchemaView {
  entity: EntityView
  key: string
  pointer: string
  value: JsonObject
  label: string
}

/** A flow that is an object. */
export interface FlowView {
  index: number
  pointer: string
  value: JsonObject
  name?: string
  /** Its steps that are objects. */
  steps: StepView[]
  label: string
}

/** A step that is an object. */
export interface StepView {
  index: number
  pointer: string
  value: JsonObject
  /** Its action, when that is a string. */
  action?: string
  flow: FlowView
  label: string
}

/**
 * The parts of a config the rules look at, gathered in one pass so that no
 * rule walks the config again or trips over a value of the wrong type:
 * anything that is not the shape the contract expects is left out here
 * (the schema reports it).
 */
export interface ConfigView {
  config: Record<string, unknown>
  version?: Version
  entities: EntityView[]
  schemas: SchemaView[]
  flows: FlowView[]
  steps: StepView[]
  /** The first entity of each name; a later duplicate is a finding. */
  entityByName: Map<string, EntityView>
  /** Did-you-mean for this config, with a budget that keeps it linear. */
  suggest: Suggest
}

/** Gathers the entities, schemas, flows and steps of a config. */
export function viewConfig(config: Record<string, unknown>): ConfigView {
  const version = config.version
  const view: ConfigView = {
    config,
    entities: [],
    schemas: [],
    flows: [],
    steps: [],
    entityByName: new Map(),
    suggest: createSuggest()
  }
  if (version === '3.0' || version === '3.1') view.version = version
  forEachObject(config.entities, '/entities', (value, index, pointer) => {
    addEntity(view, { index, pointer, value, label: entityLabel(value, index) })
  })
  forEachObject(config.flows, '/flows', (value, index, pointer) => {
    addFlow(view, {
      index,
      pointer,
      value,
      steps: [],
      label: flowLabel(value, index)
    })
  })
  return view
}

function addEntity(view: ConfigView, entity: EntityView): void {
  const { name, schemas } = entity.value
  if (typeof name === 'string') {
    entity.name = name
    if (!view.entityByName.has(name)) view.entityByName.set(name, entity)
  }
  if (isObject(schemas)) entity.schemas = schemas
  view.entities.push(entity)

  const schemasPointer = childPointer(entity.pointer, 'schemas')
  for (const key of Object.keys(entity.schemas ?? {})) {
    const value = entity.schemas?.[key]
    if (!isObject(value)) continue
    const pointer = childPointer(schemasPointer, key)
    const label = schemaLabel(key, entity.label)
    view.schemas.push({ entity, key, pointer, value, label })
  }
}

function addFlow(view: ConfigView, flow: FlowView): void {
  if (typeof flow.value.name === 'string') flow.name = flow.value.name
  view.flows.push(flow)
  const stepsPointer = childPointer(flow.pointer, 'steps')
  forEachObject(flow.value.steps, stepsPointer, (value, index, pointer) => {
    const label = stepLabel(value, index, flow.label)
    const step: StepView = { index, pointer, value, flow, label }
    if (typeof value.action === 'string') step.action = value.action
    flow.steps.push(step)
    view.steps.push(step)
  })
}

/** Calls back for each element of an array that is an object. */
export function forEachObject(
  list: unknown,
  pointer: string,
  visit: (value: JsonObject, index: number, pointer: string) => void
): void {
  if (!Array.isArray(list)) return
  for (let index = 0; index < list.length; index++) {
    const value: unknown = list[index]
    if (isObject(value)) visit(value, index, childPointer(pointer, index))
  }
}

/** Whether an object has its own member of this name (not an inherited one). */
export function has(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key)
}
