import type { ErrorObject } from 'ajv'
import type { Problem } from '../findings/finding.js'
import { isObject } from '../config/normalise.js'
import { didYouMean, noneOf, quote, show } from './describe.js'
import type { Suggest } from './did-you-mean.js'
import { modeOf } from './entity-mode.js'
import { labelOf } from './labels.js'
import { childPointer, pointerSegments, toPointer } from './pointer.js'
import {
  INVALID_STEP_FIELD,
  INVALID_VERSION,
  INVALID_WHEN,
  MISSING_REQUIRED_FIELD,
  UNKNOWN_ENTITY_KEY,
  WRONG_TYPE
} from './schema-rules.js'
import { appendAll } from '../append.js'

/** What the schema found wrong at one place of the config. */
interface Place {
  path: string[]
  type?: string[]
  missing: string[]
  extra: string[]
  minimum?: number
  versionValue?: boolean
}

/**
 * Turns the schema validator's errors into problems: one problem per
 * place, named after the rule, in plain words. Errors the semantic rules
 * report better (actions, JSONPath, find targets, transform fields) are
 * left to them.
 */
export function schemaProblems(
  config: Record<string, unknown>,
  errors: readonly ErrorObject[],
  suggest: Suggest
): Problem[] {
  const places = new Map<string, Place>()
  for (const error of unwrap(errors)) {
    const place = placeOf(places, error.instancePath)
    record(place, error)
  }
  const problems: Problem[] = []
  for (const place of places.values())
    describePlace(config, place, suggest, problems)
  return problems
}

/** The original errors behind ajv-errors' custom messages. */
function unwrap(errors: readonly ErrorObject[]): ErrorObject[] {
  const originals: ErrorObject[] = []
  for (const error of errors) {
    const inner =
      error.keyword === 'errorMessage' ? error.params.errors : undefined
    if (Array.isArray(inner)) appendAll(originals, inner as ErrorObject[])
    else originals.push(error)
  }
  return originals
}

function placeOf(places: Map<string, Place>, pointer: string): Place {
  let place = places.get(pointer)
  if (place === undefined) {
    place = { path: pointerSegments(pointer), missing: [], extra: [] }
    places.set(pointer, place)
  }
  return place
}

function record(place: Place, error: ErrorObject): void {
  const { params } = error
  switch (error.keyword) {
    case 'type':
      place.type = [params.type as string | string[]].flat()
      break
    case 'required':
      if (!place.missing.includes(params.missingProperty)) {
        place.missing.push(params.missingProperty as string)
      }
      break
    case 'additionalProperties':
      place.extra.push(params.additionalProperty as string)
      break
    case 'minimum':
      place.minimum = params.limit as number
      break
    case 'enum':
      if (place.path.length === 1 && place.path[0] === 'version') {
        place.versionValue = true
      }
      break
  }
}

function describePlace(
  config: Record<string, unknown>,
  place: Place,
  suggest: Suggest,
  out: Problem[]
): void {
  const { path } = place
  const pointer = toPointer(path)
  if (path.length === 1 && path[0] === 'version') {
    if (place.type || place.versionValue)
      out.push(invalidVersion(config.version))
    return
  }
  if (place.type) {
    const problem = typeProblem(config, path, place.type)
    if (problem) out.push(problem)
    return
  }
  if (place.minimum !== undefined) {
    out.push(
      stepFieldProblem(
        config,
        path,
        `a whole number of ${place.minimum} or more`
      )
    )
  }
  const required = requiredFields(path, place.missing)
  if (path.length === 0 && required.includes('version')) {
    out.push(invalidVersion(undefined))
  } else if (required.length > 0) {
    out.push(missingFields(config, path, required))
  }
  for (const key of place.extra)
    out.push(unknownEntityKey(config, pointer, path, key, suggest))
}

function invalidVersion(value: unknown): Problem {
  const problem: Problem = {
    rule: INVALID_VERSION.id,
    message: '',
    pointer: '/version',
    backendMessage: INVALID_VERSION.backendMessage
  }
  if (value === undefined) {
    problem.pointer = ''
    problem.message =
      'the config has no "version": add "version": "3.0" (or "3.1" to use bulk actions)'
    return problem
  }
  const text =
    typeof value === 'number'
      ? value === 3
        ? '3.0'
        : String(value)
      : undefined
  if (text === '3.0' || text === '3.1') {
    // JSON.parse reads 3 and 3.0 alike, so the message names no digits.
    problem.message = `"version" is a number; it must be the string "${text}": write "version": "${text}"`
    problem.suggestion = text
    return problem
  }
  problem.message = `"version" is ${show(value)}; it must be the string "3.0" or "3.1"`
  return problem
}

/**
 * The missing fields the schema rule reports: a transform step's entity and
 * to_schema have a rule of their own, with the backend's own message.
 */
function requiredFields(
  path: readonly string[],
  missing: readonly string[]
): string[] {
  if (!isStepPath(path)) return [...missing]
  return missing.filter((key) => key === 'id' || key === 'action')
}

function missingFields(
  config: Record<string, unknown>,
  path: readonly string[],
  missing: readonly string[]
): Problem {
  const what =
    path[0] === 'entities'
      ? 'an entity'
      : isStepPath(path)
        ? 'a step'
        : 'a flow'
  return {
    rule: MISSING_REQUIRED_FIELD.id,
    message: `${labelOf(config, path)} has ${noneOf(missing)}, which ${what} requires: add ${missing.length > 1 ? 'them' : 'it'}`,
    pointer: toPointer(path),
    backendMessage: MISSING_REQUIRED_FIELD.backendMessage
  }
}

function unknownEntityKey(
  config: Record<string, unknown>,
  pointer: string,
  path: readonly string[],
  key: string,
  suggest: Suggest
): Problem {
  const entity = valueAt(config, path)
  const label = labelOf(config, path)
  const problem: Problem = {
    rule: UNKNOWN_ENTITY_KEY.id,
    message: '',
    pointer: childPointer(pointer, key),
    at: 'key',
    backendMessage: UNKNOWN_ENTITY_KEY.backendMessage
  }
  if (key === 'mode') {
    const mode = modeOf(isObject(entity) ? entity.schemas : undefined)
    problem.message = `${label} has a "mode" key, which entities do not accept: remove it; the mode is derived from the schemas (this entity is ${mode})`
    return problem
  }
  const suggestion = suggest(key, ['name', 'schemas'])
  problem.message = `${label} has a key ${quote(key)}, which entities do not accept (only "name" and "schemas")${suggestion === undefined ? ': remove it' : didYouMean(suggestion)}`
  if (suggestion !== undefined) problem.suggestion = suggestion
  return problem
}

function isStepPath(path: readonly string[]): boolean {
  return path.length === 4 && path[0] === 'flows' && path[2] === 'steps'
}

/** A step field other than id, action and when: its type is assumed. */
function isAssumedStepField(path: readonly string[]): boolean {
  const field = path[4]
  return (
    path.length === 5 &&
    isStepPath(path.slice(0, 4)) &&
    field !== 'id' &&
    field !== 'action' &&
    field !== 'when'
  )
}

function typeProblem(
  config: Record<string, unknown>,
  path: readonly string[],
  types: readonly string[]
): Problem | undefined {
  if (path.length === 0) return undefined
  const expected = expectation(path, types)
  if (isAssumedStepField(path)) return stepFieldProblem(config, path, expected)
  const value = valueAt(config, path)
  const field = path[path.length - 1] ?? ''
  if (path.length === 5 && field === 'when' && isStepPath(path.slice(0, 4))) {
    return {
      rule: INVALID_WHEN.id,
      message: `${labelOf(config, path.slice(0, 4))} has "when": ${show(value)}; it must be an object (a condition) or null`,
      pointer: toPointer(path)
    }
  }
  return {
    rule: WRONG_TYPE.id,
    message: `${subject(config, path, value)}; it must be ${expected}`,
    pointer: toPointer(path),
    backendMessage: pydanticMessage(path, types)
  }
}

function stepFieldProblem(
  config: Record<string, unknown>,
  path: readonly string[],
  expected: string
): Problem {
  const value = valueAt(config, path)
  return {
    rule: INVALID_STEP_FIELD.id,
    message: `${subject(config, path, value)}; it must be ${expected}`,
    pointer: toPointer(path)
  }
}

/** `flow "sync" has "enabled": "yes"`, `"entities" is "x"`, `entities[1] is 5`. */
function subject(
  config: Record<string, unknown>,
  path: readonly string[],
  value: unknown
): string {
  const field = path[path.length - 1] ?? ''
  if (path.length === 1) return `${quote(field)} is ${show(value)}`
  if (/^\d+$/.test(field) || isSchemaPath(path)) {
    return `${labelOf(config, path)} is ${show(value)}`
  }
  return `${labelOf(config, path.slice(0, -1))} has ${quote(field)}: ${show(value)}`
}

function isSchemaPath(path: readonly string[]): boolean {
  return path.length === 4 && path[0] === 'entities' && path[2] === 'schemas'
}

const TYPE_WORDS = new Map([
  ['string', 'a string'],
  ['array', 'an array'],
  ['object', 'an object'],
  ['boolean', 'true or false'],
  ['integer', 'a whole number'],
  ['number', 'a number'],
  ['null', 'null']
])

// Maps, not object literals: a config's key may be "__proto__".
const ELEMENT_SHAPES = new Map([
  ['entities', 'an object with "name" and "schemas"'],
  ['flows', 'an object with "name", "source", "event_type" and "steps"'],
  ['steps', 'an object with "id" and "action"'],
  ['field_mappings', 'an object with "source" and "target"']
])

const LIST_SHAPES = new Map([
  ['entities', 'an array of entities'],
  ['flows', 'an array of flows'],
  ['steps', 'an array of steps'],
  ['field_mappings', 'an array of field mappings']
])

/** What the value should have been, in words. */
function expectation(
  path: readonly string[],
  types: readonly string[]
): string {
  const field = path[path.length - 1] ?? ''
  const parent = path[path.length - 2] ?? ''
  const isElement = /^\d+$/.test(field)
  const main = isElement ? ELEMENT_SHAPES.get(parent) : LIST_SHAPES.get(field)
  const words = types.map((type) =>
    type === 'array' || type === 'object'
      ? (main ?? TYPE_WORDS.get(type))
      : TYPE_WORDS.get(type)
  )
  return words.filter((word) => word !== undefined).join(' or ')
}

const MODELS: Array<[RegExp, string]> = [
  [/^entities\/\d+$/, 'EntityV3'],
  [/^entities\/\d+\/schemas\/[^/]*$/, 'EntitySchemaSpec'],
  [/^entities\/\d+\/schemas\/[^/]*\/identity$/, 'IdentityConfig'],
  [/^entities\/\d+\/schemas\/[^/]*\/field_mappings\/\d+$/, 'FieldMapping'],
  [/^flows\/\d+$/, 'FlowV3'],
  [/^flows\/\d+\/steps\/\d+$/, 'StepV3']
]

/** The message pydantic gives for a value of the wrong type there. */
function pydanticMessage(
  path: readonly string[],
  types: readonly string[]
): string {
  const type = types[0]
  if (type === 'object') {
    const joined = path.map((segment) => segment.replace(/\//g, '~1')).join('/')
    const model = MODELS.find(([pattern]) => pattern.test(joined))?.[1]
    return model === undefined
      ? 'Input should be a valid dictionary'
      : `Input should be a valid dictionary or instance of ${model}`
  }
  if (type === 'array') return 'Input should be a valid list'
  if (type === 'boolean') return 'Input should be a valid boolean'
  return 'Input should be a valid string'
}

/** The value at a path of the config, or undefined; never an inherited member. */
function valueAt(config: unknown, path: readonly string[]): unknown {
  let value: unknown = config
  for (const segment of path) {
    if (Array.isArray(value)) value = value[Number(segment)]
    else if (
      isObject(value) &&
      Object.prototype.hasOwnProperty.call(value, segment)
    ) {
      value = value[segment]
    } else return undefined
  }
  return value
}
