import type { JsonObject } from './config-generator.js'
import type { Random } from './random.js'

/** The mistakes a findings file carries, as authors make them. */
export const MISTAKES = [
  'entity-mode-key',
  'hyphen-in-jsonpath',
  'misspelt-step-field',
  'unknown-entity',
  'version-as-number',
  'duplicate-key'
] as const

/** One of the mistakes. */
export type Mistake = (typeof MISTAKES)[number]

/**
 * Picks two different mistakes for a file. `duplicate-key` is made in the
 * text (JSON.stringify cannot write one), so it is returned for the caller
 * to apply with `duplicateKey`; the others are made in the config here.
 */
export function addMistakes(random: Random, config: JsonObject): Mistake[] {
  const first = random.pick(MISTAKES)
  const rest = MISTAKES.filter((mistake) => mistake !== first)
  const chosen = [first, random.pick(rest)]
  for (const mistake of chosen) makeMistake(random, config, mistake)
  return chosen
}

/** Makes one mistake in a config; `duplicate-key` is left to the text. */
export function makeMistake(
  random: Random,
  config: JsonObject,
  mistake: Mistake
): void {
  const entities = config.entities as JsonObject[]
  const flows = config.flows as JsonObject[]
  const entity = random.pick(entities)
  // A flow's first step always names its entity.
  const step = (random.pick(flows).steps as JsonObject[])[0]!
  switch (mistake) {
    case 'entity-mode-key':
      entity.mode = 'federated'
      return
    case 'hyphen-in-jsonpath':
      firstMapping(entity).source = '$.payload.first-name'
      return
    case 'misspelt-step-field':
      renameKey(step, 'entity', 'entitty')
      return
    case 'unknown-entity':
      step.entity = `${String(step.entity ?? step.entitty)}s`
      return
    case 'version-as-number':
      config.version = Number(config.version)
      return
    case 'duplicate-key':
      return
  }
}

function firstMapping(entity: JsonObject): JsonObject {
  const schemas = entity.schemas as Record<string, JsonObject>
  const hubspot = schemas.hubspot!
  return (hubspot.field_mappings as JsonObject[])[0]!
}

/** Renames a key where it stands, so the file reads as the author wrote it. */
function renameKey(object: JsonObject, from: string, to: string): void {
  const entries = Object.entries(object)
  for (const key of Object.keys(object)) delete object[key]
  for (const [key, value] of entries) object[key === from ? to : key] = value
}

/**
 * Repeats the first `"target"` member of the text on the next line: a
 * duplicate key, the usual trace of a bad merge.
 */
export function duplicateKey(text: string): string {
  const match = /\n( *)"target": ("[^"\n]*")/.exec(text)
  if (match === null) return text
  const [whole, indent, value] = match
  const line = `\n${indent}"target": ${value}`
  const at = match.index + whole.length
  return `${text.slice(0, at)},${line}${text.slice(at)}`
}
