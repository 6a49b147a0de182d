import { isObject } from '../config/normalise.js'
import { quote } from './describe.js'

/** How messages name an entity: by its name, else by its place. */
export function entityLabel(entity: unknown, index: number): string {
  const name = isObject(entity) ? entity.name : undefined
  return typeof name === 'string'
    ? `entity ${quote(name)}`
    : `entities[${index}]`
}

/** How messages name a flow: by its name, else by its place. */
export function flowLabel(flow: unknown, index: number): string {
  const name = isObject(flow) ? flow.name : undefined
  return typeof name === 'string' ? `flow ${quote(name)}` : `flows[${index}]`
}

/**
 * How messages name a step: by its id, which authors know it by, else by
 * its place in its flow.
 */
export function stepLabel(step: unknown, index: number, flow: string): string {
  const id = isObject(step) ? step.id : undefined
  return typeof id === 'string'
    ? `step ${quote(id)}`
    : `steps[${index}] of ${flow}`
}

/** How messages name one schema of an entity. */
export function schemaLabel(key: string, entity: string): string {
  return `schema ${quote(key)} of ${entity}`
}

/**
 * How messages name the value at a path of the config, for the shapes the
 * contract defines (an entity, a schema, an identity, a mapping, a flow, a
 * step); other paths are named by the path itself.
 */
export function labelOf(config: unknown, path: readonly string[]): string {
  if (path.length === 0) return 'the config'
  const [top, first, ...rest] = path
  const list = isObject(config) ? config[top ?? ''] : undefined
  const index = Number(first)
  const item = Array.isArray(list) ? list[index] : undefined
  if (top === 'entities' && first !== undefined) {
    return entityPartLabel(entityLabel(item, index), rest)
  }
  if (top === 'flows' && first !== undefined) {
    return flowPartLabel(item, flowLabel(item, index), rest)
  }
  return `"${path.join('.')}"`
}

function entityPartLabel(label: string, rest: readonly string[]): string {
  const [schemas, key, part, index, ...deeper] = rest
  if (schemas === undefined) return label
  if (schemas !== 'schemas') return `"${rest.join('.')}" of ${label}`
  if (key === undefined) return `the schemas of ${label}`
  const schema = schemaLabel(key, label)
  if (part === undefined) return schema
  if (part === 'identity' && index === undefined) {
    return `the identity of ${schema}`
  }
  if (part === 'field_mappings' && index !== undefined && !deeper.length) {
    return `field_mappings[${index}] of ${schema}`
  }
  return `"${rest.slice(2).join('.')}" of ${schema}`
}

function flowPartLabel(
  flow: unknown,
  label: string,
  rest: readonly string[]
): string {
  const [steps, index, ...deeper] = rest
  if (steps === undefined) return label
  if (steps !== 'steps' || index === undefined) {
    return `"${rest.join('.')}" of ${label}`
  }
  const list = isObject(flow) ? flow.steps : undefined
  const step = Array.isArray(list) ? list[Number(index)] : undefined
  const owner = stepLabel(step, Number(index), label)
  return deeper.length ? `"${deeper.join('.')}" of ${owner}` : owner
}
