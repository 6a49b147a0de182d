import { isObject, type Json } from '../config/normalise.js'
import type { Change } from './change.js'
import { jsonEqual } from './json-equal.js'
import {
  itemLabel,
  matchList,
  memberIdentity,
  walkList,
  type ListMatch
} from './keyed-list.js'
import { diffLeaves, diffMember } from './leaf-diff.js'
import { itemsEqual, normaliseItem } from './normalise-lazily.js'
import { childPlace, pointer, type Place } from './pointer.js'
import { valueChanges } from './value-changes.js'
import { appendAll } from '../append.js'

const flowName = memberIdentity('name')
const stepId = memberIdentity('id')

/** Diffs the `flows` lists, pairing flows by name. */
export function diffFlows(
  before: Json | undefined,
  after: Json | undefined,
  out: Change[]
): void {
  const place = { beforePath: '/flows', afterPath: '/flows' }
  if (!Array.isArray(before) || !Array.isArray(after)) {
    appendAll(out, valueChanges(before, after, place))
    return
  }
  walkList(matchList(before, after, flowName), {
    removed: (index) => {
      const flow = itemLabel(before[index]!, flowName, index)
      out.push({ kind: 'flow-removed', path: pointer('/flows', index), flow })
    },
    added: (index) => out.push(flowAdded(after[index]!, index)),
    kept: (from, to, moved) => {
      const flow = itemLabel(after[to]!, flowName, to)
      const path = pointer('/flows', to)
      if (moved) out.push({ kind: 'flow-moved', path, flow, from, to })
      // Most flows are unchanged: compare them before normalising.
      if (itemsEqual('flows', before[from]!, after[to]!)) return
      const [old, now] = [before[from]!, after[to]!].map(normaliseFlow)
      diffFlow(old!, now!, childPlace(place, from, to), flow, out)
    }
  })
}

/** A flow with its defaults (`enabled`, ...) as normaliseConfig fills them. */
function normaliseFlow(flow: Json): Json {
  return normaliseItem('flows', flow)
}

/** Describes a new flow by what triggers it and how many steps it runs. */
function flowAdded(raw: Json, index: number): Change {
  const flow = normaliseFlow(raw)
  const fields = isObject(flow) ? flow : {}
  const change: Change = {
    kind: 'flow-added',
    path: pointer('/flows', index),
    flow: itemLabel(flow, flowName, index),
    steps: Array.isArray(fields.steps) ? fields.steps.length : 0,
    enabled: fields.enabled !== false
  }
  if (fields.source !== undefined) change.source = fields.source
  if (fields.event_type !== undefined) change.eventType = fields.event_type
  return change
}

/** Diffs two versions of one flow: switched on or off, fields, steps. */
function diffFlow(
  before: Json,
  after: Json,
  place: Place,
  flow: string,
  out: Change[]
): void {
  if (jsonEqual(before, after)) return
  if (!isObject(before) || !isObject(after)) {
    appendAll(out, valueChanges(before, after, place))
    return
  }

  // A non-boolean `enabled` (invalid) shows as a plain field change.
  const switchable =
    typeof before.enabled === 'boolean' && typeof after.enabled === 'boolean'
  if (switchable && before.enabled !== after.enabled) {
    const kind = after.enabled ? 'flow-enabled' : 'flow-disabled'
    out.push({ kind, path: pointer(place.afterPath, 'enabled'), flow })
  }
  const skip = switchable ? ['enabled', 'steps'] : ['steps']
  for (const leaf of diffLeaves(before, after, place, skip)) {
    out.push({ kind: 'flow-field-changed', flow, ...leaf })
  }

  const [from, to] = [before.steps, after.steps]
  if (Array.isArray(from) && Array.isArray(to)) {
    diffSteps(from, to, childPlace(place, 'steps'), flow, out)
    return
  }
  for (const leaf of diffMember(before, after, 'steps', place)) {
    out.push({ kind: 'flow-field-changed', flow, ...leaf })
  }
}

/**
 * Diffs a flow's steps, pairing them by id. Step order is meaningful: one
 * step out of place is reported as that step moving; more than one as the
 * whole reorder, which reads better than a list of moves.
 */
function diffSteps(
  before: Json[],
  after: Json[],
  place: Place,
  flow: string,
  out: Change[]
): void {
  const match = matchList(before, after, stepId)
  const moves = match.moved.reduce((total, moved) => total + moved, 0)
  if (moves > 1) out.push(stepsReordered(before, after, match, place, flow))

  walkList(match, {
    removed: (index) => {
      const step = itemLabel(before[index]!, stepId, index)
      const path = pointer(place.beforePath, index)
      out.push({ kind: 'step-removed', path, flow, step })
    },
    added: (index) => out.push(stepAdded(after[index]!, index)),
    kept: (from, to, moved) => {
      const step = itemLabel(after[to]!, stepId, to)
      const path = pointer(place.afterPath, to)
      if (moved && moves === 1) {
        out.push({ kind: 'step-moved', path, flow, step, from, to })
      }
      const itemPlace = childPlace(place, from, to)
      for (const leaf of diffLeaves(before[from], after[to], itemPlace)) {
        out.push({ kind: 'step-field-changed', flow, step, ...leaf })
      }
    }
  })

  function stepAdded(step: Json, index: number): Change {
    const change: Change = {
      kind: 'step-added',
      path: pointer(place.afterPath, index),
      flow,
      step: itemLabel(step, stepId, index),
      position: index
    }
    if (isObject(step) && step.action !== undefined) change.action = step.action
    return change
  }
}

/** Lists the kept steps in their old and their new order. */
function stepsReordered(
  before: Json[],
  after: Json[],
  match: ListMatch,
  place: Place,
  flow: string
): Change {
  const removed = new Set(match.removed)
  const oldOrder = before.flatMap((step, index) =>
    removed.has(index) ? [] : [itemLabel(step, stepId, index)]
  )
  const newOrder = after.flatMap((step, index) =>
    match.partner[index]! < 0 ? [] : [itemLabel(step, stepId, index)]
  )
  return {
    kind: 'steps-reordered',
    path: place.afterPath,
    flow,
    before: oldOrder,
    after: newOrder
  }
}
