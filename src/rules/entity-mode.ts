import { isObject } from '../config/normalise.js'
import { forEachObject } from './view.js'

/** How the dashboard edits an entity; derived from its schemas, never stored. */
export type EntityMode = 'simple' | 'federated'

/**
 * The mode of an entity's schemas: simple if and only if there is exactly
 * one schema and its key is `hubspot`; federated otherwise, including a
 * single schema of another system.
 */
export function modeOf(schemas: unknown): EntityMode {
  if (!isObject(schemas)) return 'federated'
  const keys = Object.keys(schemas)
  return keys.length === 1 && keys[0] === 'hubspot' ? 'simple' : 'federated'
}

/**
 * The mode of every entity of a config that is an object with a string
 * name, in config order, with the entity's pointer, for reports.
 */
export function entityModes(
  config: Record<string, unknown>
): Array<{ name: string; mode: EntityMode; pointer: string }> {
  const modes: Array<{ name: string; mode: EntityMode; pointer: string }> = []
  forEachObject(config.entities, '/entities', (entity, _index, pointer) => {
    if (typeof entity.name !== 'string') return
    modes.push({ name: entity.name, mode: modeOf(entity.schemas), pointer })
  })
  return modes
}
