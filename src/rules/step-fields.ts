import type { Problem } from '../findings/finding.js'
import type { Suggest } from './did-you-mean.js'
import {
  BULK_FIELDS,
  COMMON_STEP_FIELDS,
  actionFields,
  bulkActionOf
} from './actions.js'
import { didYouMean, listWords, quote } from './describe.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'
import type { ConfigView, StepView } from './view.js'

const STEP_CONFIG = (step: string, version: string): string => `{
  "version": "${version}",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }],
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [${step}]
  }]
}`

const UNKNOWN_STEP_FIELD: RuleInfo = {
  id: 'unknown-step-field',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'A step key its action does not read: the backend keeps unknown step keys silently, so a misspelt field (`entitty`, `to_shema`) is invisible until run time. Steps of `notify`, `plugin`, `skip` and `associate_many` accept any key.',
  example: {
    bad: STEP_CONFIG(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entitty": "company", "data": "$.payload" }',
      '3.0'
    ),
    good: STEP_CONFIG(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload" }',
      '3.0'
    )
  }
}

const BULK_FIELD_REQUIRES_3_1: RuleInfo = {
  id: 'bulk-field-requires-3-1',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'A step field that only bulk actions read (`items`, `chunk_size`, `output`, `reconcile`) in a config whose version is "3.0", where no bulk action exists.',
  example: {
    bad: STEP_CONFIG(
      '{ "id": "push", "action": "upsert", "target": "hubspot", "entity": "company", "data": "$.payload", "chunk_size": 50 }',
      '3.0'
    ),
    good: STEP_CONFIG(
      '{ "id": "push", "action": "upsert_many", "target": "hubspot", "entity": "company", "items": "$.payload.items", "chunk_size": 50 }',
      '3.1'
    )
  }
}

/** The rules about the keys of a step. */
export const STEP_FIELD_RULES: readonly RuleInfo[] = [
  UNKNOWN_STEP_FIELD,
  BULK_FIELD_REQUIRES_3_1
]

/**
 * Checks each key of each step against the fields its action reads. Steps
 * whose action is not an action are left alone: which fields they should
 * have is unknown.
 */
export function checkStepFields(view: ConfigView, out: Problem[]): void {
  for (const step of view.steps) {
    if (step.action === undefined) continue
    const fields = actionFields(step.action)
    if (fields === undefined) continue
    for (const key in step.value) {
      if (!Object.hasOwn(step.value, key)) continue
      if (COMMON_STEP_FIELDS.includes(key)) continue
      const problem = fieldProblem(
        view.suggest,
        step,
        step.action,
        fields,
        key,
        view.version
      )
      if (problem) out.push(problem)
    }
  }
}

function fieldProblem(
  suggest: Suggest,
  step: StepView,
  action: string,
  fields: readonly string[] | 'any',
  key: string,
  version: string | undefined
): Problem | undefined {
  const bulkUnder30 = BULK_FIELDS.includes(key) && version === '3.0'
  if (!bulkUnder30 && (fields === 'any' || fields.includes(key))) {
    return undefined
  }
  const pointer = childPointer(step.pointer, key)
  if (bulkUnder30) {
    return {
      rule: BULK_FIELD_REQUIRES_3_1.id,
      message: `${step.label} has ${quote(key)}, which only bulk actions read, and bulk actions need version "3.1"; this config is "3.0": remove it or set "version": "3.1"`,
      pointer,
      at: 'key'
    }
  }
  if (fields === 'any') return undefined
  if (BULK_FIELDS.includes(key)) {
    const bulk = bulkActionOf(action)
    const fix =
      bulk === undefined ? 'remove it' : `use ${quote(bulk)} or remove it`
    return {
      rule: UNKNOWN_STEP_FIELD.id,
      message: `${step.label} (${action}) has ${quote(key)}, which only bulk actions read: ${fix}`,
      pointer,
      at: 'key'
    }
  }
  const known = [...COMMON_STEP_FIELDS, ...fields]
  const suggestion = suggest(key, known)
  const problem: Problem = {
    rule: UNKNOWN_STEP_FIELD.id,
    message: `${step.label} (${action}) has ${quote(key)}, which ${action} does not read and the backend ignores${suggestion === undefined ? `: remove it (${action} reads ${listWords(fields)})` : didYouMean(suggestion)}`,
    pointer,
    at: 'key'
  }
  if (suggestion !== undefined) problem.suggestion = suggestion
  return problem
}
