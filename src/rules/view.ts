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
  eachObject(config.entities, (value, index) => {
    addEntity(view, new Entity(index, value))
  })
  eachObject(config.flows, (value, index) => {
    addFlow(view, new Flow(index, value))
  })
  return view
}

// Pointers and labels are built on first use: a clean config has thousands
// of items and asks for none of them.

class Entity implements EntityView {
  name?: string
  schemas?: JsonObject
  private where?: string
  private called?: string
  constructor(
    readonly index: number,
    readonly value: JsonObject
  ) {}
  get pointer(): string {
    return (this.where ??= childPointer('/entities', this.index))
  }
  get label(): string {
    return (this.called ??= entityLabel(this.value, this.index))
  }
}

class Schema implements SchemaView {
  private where?: string
  private called?: string
  constructor(
    readonly entity: EntityView,
    readonly key: string,
    readonly value: JsonObject
  ) {}
  get pointer(): string {
    const schemas = () => childPointer(this.entity.pointer, 'schemas')
    return (this.where ??= childPointer(schemas(), this.key))
  }
  get label(): string {
    return (this.called ??= schemaLabel(this.key, this.entity.label))
  }
}

class Flow implements FlowView {
  name?: string
  readonly steps: StepView[] = []
  private where?: string
  private called?: string
  constructor(
    readonly index: number,
    readonly value: JsonObject
  ) {}
  get pointer(): string {
    return (this.where ??= childPointer('/flows', this.index))
  }
  get label(): string {
    return (this.called ??= flowLabel(this.value, this.index))
  }
}

class Step implements StepView {
  action?: string
  private where?: string
  private called?: string
  constructor(
    readonly index: number,
    readonly value: JsonObject,
    readonly flow: FlowView
  ) {}
  get pointer(): string {
    const steps = () => childPointer(this.flow.pointer, 'steps')
    return (this.where ??= childPointer(steps(), this.index))
  }
  get label(): string {
    return (this.called ??= stepLabel(this.value, this.index, this.flow.label))
  }
}

function addEntity(view: ConfigView, entity: Entity): void {
  const { name, schemas } = entity.value
  if (typeof name === 'string') {
    entity.name = name
    if (!view.entityByName.has(name)) view.entityByName.set(name, entity)
  }
  if (isObject(schemas)) entity.schemas = schemas
  view.entities.push(entity)

  for (const key of Object.keys(entity.schemas ?? {})) {
    const value = entity.schemas?.[key]
    if (isObject(value)) view.schemas.push(new Schema(entity, key, value))
  }
}

function addFlow(view: ConfigView, flow: Flow): void {
  if (typeof flow.value.name === 'string') flow.name = flow.value.name
  view.flows.push(flow)
  eachObject(flow.value.steps, (value, index) => {
    const step = new Step(index, value, flow)
    if (typeof value.action === 'string') step.action = value.action
    flow.steps.push(step)
    view.steps.push(step)
  })
}

/** Calls back for each element of an array that is an object. */
function eachObject(
  list: unknown,
  visit: (value: JsonObject, index: number) => void
): void {
  if (!Array.isArray(list)) return
  for (let index = 0; index < list.length; index++) {
    const value: unknown = list[index]
    if (isObject(value)) visit(value, index)
  }
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
