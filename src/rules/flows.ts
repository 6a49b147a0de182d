import type { Problem } from '../findings/finding.js'
import { quote } from './describe.js'
import { FirstSeen } from './first-seen.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'
import { checkUnknownKeys, hasOnlyKeys } from './unknown-keys.js'
import type { ConfigView, FlowView } from './view.js'

/** The keys of a FlowV3. */
export const FLOW_KEYS: readonly string[] = [
  'name',
  'source',
  'event_type',
  'event_type_from',
  'enabled',
  'steps'
]

const FLOW = `{
      "name": "sync_company",
      "source": "stripe",
      "event_type": "customer.updated",
      "steps": [{ "id": "skip", "action": "skip" }]
    }`

const DUPLICATE_FLOW_NAME: RuleInfo = {
  id: 'duplicate-flow-name',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary: 'Two flows have the same name, which the backend rejects.',
  backendMessage: 'flow names must be unique within a config',
  example: {
    bad: `{
  "version": "3.0",
  "flows": [
    { "name": "sync", "source": "stripe", "event_type": "customer.created", "steps": [{ "id": "a", "action": "skip" }] },
    { "name": "sync", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] }
  ]
}`,
    good: `{
  "version": "3.0",
  "flows": [
    { "name": "on_create", "source": "stripe", "event_type": "customer.created", "steps": [{ "id": "a", "action": "skip" }] },
    { "name": "on_update", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] }
  ]
}`
  }
}

const DUPLICATE_STEP_ID: RuleInfo = {
  id: 'duplicate-step-id',
  severity: 'error',
  source: 'backend',
  group: 'config',
  summary: 'Two steps of one flow have the same id, which the backend rejects.',
  backendMessage: 'step ids within a flow must be unique',
  example: {
    bad: `{
  "version": "3.0",
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "a", "action": "skip" }, { "id": "a", "action": "notify" }]
  }]
}`,
    good: `{
  "version": "3.0",
  "flows": [{
    "name": "sync", "source": "stripe", "event_type": "customer.updated",
    "steps": [{ "id": "a", "action": "skip" }, { "id": "b", "action": "notify" }]
  }]
}`
  }
}

const OVERLAPPING_FLOWS: RuleInfo = {
  id: 'overlapping-flows',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'Two enabled flows have the same `source` and `event_type`: the worker runs every matching flow, so both run on each such event, in config order.',
  example: {
    bad: `{
  "version": "3.0",
  "flows": [
    { "name": "a", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] },
    { "name": "b", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] }
  ]
}`,
    good: `{
  "version": "3.0",
  "flows": [
    { "name": "a", "source": "stripe", "event_type": "customer.updated", "steps": [{ "id": "a", "action": "skip" }] },
    { "name": "b", "source": "stripe", "event_type": "customer.updated", "enabled": false, "steps": [{ "id": "a", "action": "skip" }] }
  ]
}`
  }
}

const EMPTY_FLOW: RuleInfo = {
  id: 'empty-flow',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary: 'A flow with no steps does nothing when its event arrives.',
  example: {
    bad: `{
  "version": "3.0",
  "flows": [{ "name": "sync", "source": "stripe", "event_type": "customer.updated", "steps": [] }]
}`,
    good: `{
  "version": "3.0",
  "flows": [${FLOW}]
}`
  }
}

const DISABLED_FLOW: RuleInfo = {
  id: 'disabled-flow',
  severity: 'notice',
  source: 'project',
  group: 'config',
  summary:
    'A flow with `"enabled": false` is paused and will not run; a reminder, in case it was disabled for a test.',
  example: {
    bad: `{
  "version": "3.0",
  "flows": [{ "name": "sync", "source": "stripe", "event_type": "customer.updated", "enabled": false, "steps": [{ "id": "a", "action": "skip" }] }]
}`,
    good: `{
  "version": "3.0",
  "flows": [{ "name": "sync", "source": "stripe", "event_type": "customer.updated", "enabled": true, "steps": [{ "id": "a", "action": "skip" }] }]
}`
  }
}

/** The rules about flows as a whole. */
export const FLOW_RULES: readonly RuleInfo[] = [
  DUPLICATE_FLOW_NAME,
  DUPLICATE_STEP_ID,
  OVERLAPPING_FLOWS,
  EMPTY_FLOW,
  DISABLED_FLOW
]

/**
 * Checks flow names and step ids for uniqueness, flows that run on the same
 * events, and flows that do nothing.
 */
export function checkFlows(view: ConfigView, out: Problem[]): void {
  const firstByName = new Map<string, FlowView>()
  const firstByEvent = new Map<string, Map<string, FlowView>>()
  for (const flow of view.flows) {
    if (!hasOnlyKeys(flow.value, FLOW_KEYS)) {
      checkUnknownKeys(
        out,
        view.suggest,
        flow.value,
        flow.pointer,
        FLOW_KEYS,
        flow.label
      )
    }
    duplicateName(flow, firstByName, out)
    duplicateStepIds(flow, out)
    overlap(flow, firstByEvent, out)
    idleFlow(flow, out)
  }
}

function duplicateName(
  flow: FlowView,
  firstByName: Map<string, FlowView>,
  out: Problem[]
): void {
  if (flow.name === undefined) return
  const first = firstByName.get(flow.name)
  if (first === undefined) {
    firstByName.set(flow.name, flow)
    return
  }
  out.push({
    rule: DUPLICATE_FLOW_NAME.id,
    message: `flow name ${quote(flow.name)} is already used by flows[${first.index}]: flow names must be unique, rename one of them`,
    pointer: childPointer(flow.pointer, 'name'),
    backendMessage: DUPLICATE_FLOW_NAME.backendMessage
  })
}

function duplicateStepIds(flow: FlowView, out: Problem[]): void {
  const ids = new FirstSeen()
  for (const step of flow.steps) {
    const { id } = step.value
    if (typeof id !== 'string') continue
    const first = ids.firstIndex(id, step.index)
    if (first === -1) continue
    out.push({
      rule: DUPLICATE_STEP_ID.id,
      message: `step id ${quote(id)} is already used by steps[${first}] of ${flow.label}: step ids must be unique within a flow, rename one of them`,
      pointer: childPointer(step.pointer, 'id'),
      backendMessage: DUPLICATE_STEP_ID.backendMessage
    })
  }
}

/** Two enabled flows on one source and event type: both run on each event. */
function overlap(
  flow: FlowView,
  firstByEvent: Map<string, Map<string, FlowView>>,
  out: Problem[]
): void {
  const { source, event_type: eventType, enabled } = flow.value
  if (enabled === false) return
  if (typeof source !== 'string' || typeof eventType !== 'string') return
  let bySource = firstByEvent.get(source)
  if (bySource === undefined) firstByEvent.set(source, (bySource = new Map()))
  const first = bySource.get(eventType)
  if (first === undefined) {
    bySource.set(eventType, flow)
    return
  }
  // Two flows of one name need their places to tell them apart.
  const [one, two] =
    first.label === flow.label
      ? [`flows[${first.index}]`, `flows[${flow.index}]`]
      : [first.label, flow.label]
  out.push({
    rule: OVERLAPPING_FLOWS.id,
    message: `${one} and ${two} both handle source ${quote(source)} and event_type ${quote(eventType)}, so every such event runs both, in that order: merge them, or disable or change one`,
    pointer: childPointer(flow.pointer, 'event_type')
  })
}

function idleFlow(flow: FlowView, out: Problem[]): void {
  const { steps, enabled } = flow.value
  if (Array.isArray(steps) && steps.length === 0) {
    out.push({
      rule: EMPTY_FLOW.id,
      message: `${flow.label} has no steps, so it does nothing: add its steps or remove the flow`,
      pointer: childPointer(flow.pointer, 'steps')
    })
  }
  if (enabled === false) {
    out.push({
      rule: DISABLED_FLOW.id,
      message: `${flow.label} is disabled ("enabled": false) and will not run: remove "enabled": false when it should run`,
      pointer: childPointer(flow.pointer, 'enabled')
    })
  }
}
