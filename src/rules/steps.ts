import type { Problem } from '../findings/finding.js'
import type { Suggest } from './did-you-mean.js'
import {
  ACTIONS,
  actionFields,
  isAction,
  isBulkAction,
  singleActionOf
} from './actions.js'
import { didYouMean, listWords, noneOf, quote } from './describe.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'
import type { ConfigView, StepView, Version } from './view.js'

const ACTION_LIST = `[${ACTIONS.map((action) => `'${action}'`).join(', ')}]`

const ENTITY =
  '{ "name": "company", "schemas": { "hubspot": {}, "canonical": {} } }'

/** A config around one step, for the examples. */
function withStep(step: string, version = '3.0'): string {
  return `{
  "version": "${version}",
  "entities": [${ENTITY}],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [${step}]
  }]
}`
}

const UNKNOWN_ACTION: RuleInfo = {
  id: 'unknown-action',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary:
    'A step action outside the closed set of 15 actions; this includes `associate`, which is reserved for a future release (use `associate_many` under "3.1").',
  backendMessage: `Unknown action '<x>'; must be one of ${ACTION_LIST}`,
  example: {
    bad: withStep(
      '{ "id": "push", "action": "upsertt", "target": "hubspot", "entity": "company", "data": "$.payload" }'
    ),
    good: withStep(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }'
    )
  }
}

const BULK_ACTION_REQUIRES_3_1: RuleInfo = {
  id: 'bulk-action-requires-3-1',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary:
    'A bulk action (`upsert_many`, `create_many`, `update_many`, `delete_many`, `associate_many`) in a config whose version is "3.0"; the backend allows them only under "3.1".',
  example: {
    bad: withStep(
      '{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items" }'
    ),
    good: withStep(
      '{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items" }',
      '3.1'
    )
  }
}

const TRANSFORM_MISSING_FIELD: RuleInfo = {
  id: 'transform-missing-field',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary:
    'A `transform` step without `entity` or without `to_schema`, which the backend rejects.',
  backendMessage: 'transform step requires entity and to_schema',
  example: {
    bad: withStep(
      '{ "id": "map", "action": "transform", "entity": "company" }'
    ),
    good: withStep(
      '{ "id": "map", "action": "transform", "entity": "company", "to_schema": "canonical" }'
    )
  }
}

const STEP_MISSING_FIELD: RuleInfo = {
  id: 'step-missing-field',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'A step that acts on a record (`upsert`, `create`, `update`, `delete`, `find`, `post` and their bulk forms) without `entity` or without `target`: it has no record type or no system to act on.',
  example: {
    bad: withStep(
      '{ "id": "push", "action": "upsert", "entity": "company", "data": "$.payload" }'
    ),
    good: withStep(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }'
    )
  }
}

const FIND_TARGET_NOT_HUBSPOT: RuleInfo = {
  id: 'find-target-not-hubspot',
  severity: 'error',
  source: 'runtime',
  group: 'config',
  summary:
    'A `find` step whose `target` is not `hubspot`: find works with HubSpot only, and the worker fails such a step with a permanent error.',
  example: {
    bad: withStep(
      '{ "id": "lookup", "action": "find", "target": "canonical", "entity": "company" }'
    ),
    good: withStep(
      '{ "id": "lookup", "action": "find", "target": "hubspot", "entity": "company" }'
    )
  }
}

const POST_TO_HUBSPOT: RuleInfo = {
  id: 'post-to-hubspot',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'A `post` step whose `target` is `hubspot`: post is the way to write to other systems; HubSpot writes go through `upsert`, `create` or `update`.',
  example: {
    bad: withStep(
      '{ "id": "push", "action": "post", "target": "hubspot", "entity": "company", "data": "$.payload" }'
    ),
    good: withStep(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }'
    )
  }
}

/** The rules about a step's action and the fields it needs. */
export const STEP_RULES: readonly RuleInfo[] = [
  UNKNOWN_ACTION,
  BULK_ACTION_REQUIRES_3_1,
  TRANSFORM_MISSING_FIELD,
  STEP_MISSING_FIELD,
  FIND_TARGET_NOT_HUBSPOT,
  POST_TO_HUBSPOT
]

/** Checks each step's action against the action set and the version. */
export function checkSteps(view: ConfigView, out: Problem[]): void {
  for (const step of view.steps) {
    const { action } = step
    if (action === undefined) continue
    if (!isAction(action)) {
      out.push(unknownAction(step, action, view.version, view.suggest))
      continue
    }
    if (view.version === '3.0' && isBulkAction(action)) {
      out.push(bulkUnder30(step, action))
    }
    checkRequiredFields(step, action, out)
    checkTarget(step, action, out)
  }
}

function unknownAction(
  step: StepView,
  action: string,
  version: Version | undefined,
  suggest: Suggest
): Problem {
  const backendMessage = `Unknown action '${action}'; must be one of ${ACTION_LIST}`
  const pointer = childPointer(step.pointer, 'action')
  if (action === 'associate') {
    const fix =
      version === '3.1'
        ? 'use "associate_many"'
        : 'use "associate_many" and set "version": "3.1"'
    return {
      rule: UNKNOWN_ACTION.id,
      message: `${step.label} has action "associate", which is reserved for a future release and rejected today: ${fix}`,
      pointer,
      backendMessage,
      suggestion: 'associate_many'
    }
  }
  const suggestion = suggest(action, ACTIONS)
  const problem: Problem = {
    rule: UNKNOWN_ACTION.id,
    message: `${step.label} has action ${quote(action)}, which is not an action${didYouMean(suggestion)}${suggestion === undefined ? `: use one of ${listWords(ACTIONS)}` : ''}`,
    pointer,
    backendMessage
  }
  if (suggestion !== undefined) problem.suggestion = suggestion
  return problem
}

function bulkUnder30(step: StepView, action: string): Problem {
  const single = singleActionOf(action)
  const or = isAction(single) ? ` or use ${quote(single)}` : ''
  return {
    rule: BULK_ACTION_REQUIRES_3_1.id,
    message: `${step.label} uses action ${quote(action)}, which needs version "3.1"; this config is "3.0": set "version": "3.1"${or}`,
    pointer: childPointer(step.pointer, 'action')
  }
}

/** Whether a field is absent: missing, null or an empty string. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

function checkRequiredFields(
  step: StepView,
  action: string,
  out: Problem[]
): void {
  if (action === 'transform') {
    const missing = blanks(step, TRANSFORM_FIELDS)
    if (missing.length === 0) return
    out.push({
      rule: TRANSFORM_MISSING_FIELD.id,
      message: `${step.label} (transform) has ${noneOf(missing)}: add ${missing.map(transformHint).join(' and ')}`,
      pointer: childPointer(step.pointer, 'action'),
      backendMessage: TRANSFORM_MISSING_FIELD.backendMessage
    })
    return
  }
  const fields = actionFields(action)
  if (fields === 'any' || fields === undefined || !fields.includes('target'))
    return
  const missing = blanks(step, RECORD_FIELDS)
  if (missing.length === 0) return
  out.push({
    rule: STEP_MISSING_FIELD.id,
    message: `${step.label} (${action}) has ${noneOf(missing)}: add ${missing.map(recordHint).join(' and ')}`,
    pointer: childPointer(step.pointer, 'action')
  })
}

const TRANSFORM_FIELDS: readonly string[] = ['entity', 'to_schema']
const RECORD_FIELDS: readonly string[] = ['entity', 'target']

const NONE: readonly string[] = []

/** The fields a step leaves blank; the shared empty list when none is. */
function blanks(step: StepView, fields: readonly string[]): readonly string[] {
  if (!fields.some((key) => isBlank(step.value[key]))) return NONE
  return fields.filter((key) => isBlank(step.value[key]))
}

function transformHint(field: string): string {
  return field === 'entity'
    ? '"entity" (the entity to transform)'
    : '"to_schema" (the schema to write, usually "canonical")'
}

function recordHint(field: string): string {
  return field === 'entity'
    ? '"entity" (the entity it acts on)'
    : '"target" (the system to act on, e.g. "hubspot")'
}

function checkTarget(step: StepView, action: string, out: Problem[]): void {
  const { target } = step.value
  if (typeof target !== 'string') return
  const pointer = () => childPointer(step.pointer, 'target')
  if (action === 'find' && target !== 'hubspot') {
    out.push({
      rule: FIND_TARGET_NOT_HUBSPOT.id,
      message: `${step.label} (find) has target ${quote(target)}, but find works only with "hubspot"; the worker fails this step with a permanent error: set "target": "hubspot"`,
      pointer: pointer(),
      suggestion: 'hubspot'
    })
  }
  if (action === 'post' && target === 'hubspot') {
    out.push({
      rule: POST_TO_HUBSPOT.id,
      message: `${step.label} (post) has target "hubspot", but post is for other systems; HubSpot writes go through "upsert", "create" or "update": use one of those`,
      pointer: pointer()
    })
  }
}
