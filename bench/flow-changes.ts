import type { JsonObject } from './config-generator.js'
import type { Random } from './random.js'

/** The edits a new version makes to a flow. */
export const FLOW_EDITS = [
  'disable',
  'event-type',
  'add-step',
  'remove-step',
  'step-field',
  'rename'
] as const

/** One of the edits. */
export type FlowEdit = (typeof FLOW_EDITS)[number]

/**
 * A new version of a config with `fraction` of its flows edited, each by
 * one edit. Only the edited flows are copied: the rest of the new version
 * shares its values with the old one, as a 20 MB config is costly to copy.
 */
export function changeFlows(
  random: Random,
  config: JsonObject,
  fraction: number
): { config: JsonObject; edited: number } {
  const flows = config.flows as JsonObject[]
  const count = Math.max(1, Math.round(flows.length * fraction))
  const next = [...flows]
  for (const index of distinctIndexes(random, flows.length, count)) {
    const flow = structuredClone(flows[index]!)
    editFlow(random, flow, random.pick(FLOW_EDITS))
    next[index] = flow
  }
  return { config: { ...config, flows: next }, edited: count }
}

function distinctIndexes(
  random: Random,
  length: number,
  count: number
): number[] {
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, length)) {
    chosen.add(random.int(0, length - 1))
  }
  return [...chosen].sort((a, b) => a - b)
}

function editFlow(random: Random, flow: JsonObject, edit: FlowEdit): void {
  const steps = flow.steps as JsonObject[]
  switch (edit) {
    case 'disable':
      flow.enabled = false
      return
    case 'event-type':
      flow.event_type = `${String(flow.event_type)}.v2`
      return
    case 'add-step':
      steps.push({ id: 'audit_log', action: 'plugin', plugin: 'audit' })
      return
    case 'remove-step':
      if (steps.length > 1) steps.splice(random.int(0, steps.length - 2), 1)
      else flow.enabled = false
      return
    case 'step-field':
      ;(steps.find((step) => 'data' in step) ?? steps[0]!).data =
        '$.payload.record'
      return
    case 'rename':
      flow.name = `${String(flow.name)}_v2`
      return
  }
}
