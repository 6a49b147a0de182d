import { placeProblems } from '../engine/check-file.js'
import type { Finding } from '../findings/finding.js'
import { detailToProblems } from '../plugsync/backend-detail.js'
import { PlugSyncError } from '../plugsync/errors.js'
import type { PromotionOutcome, PromotionStep } from './outcome.js'
import type { PromotionTarget } from './target.js'

/** A step of a promotion that threw: which step, and what it threw. */
export class StepFailure extends Error {
  override name = 'StepFailure'

  constructor(
    readonly step: PromotionStep,
    readonly error: unknown
  ) {
    super(messageOf(error), { cause: error })
  }
}

/**
 * Runs one step, so that whatever it throws names the step; a step inside
 * it that failed keeps its own name.
 */
export async function step<T>(
  name: PromotionStep,
  work: () => Promise<T> | T
): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof StepFailure) throw error
    throw new StepFailure(name, error)
  }
}

/** The words a failure uses for each step. */
export const STEP_WORDS: Record<PromotionStep, string> = {
  'read-config': 'reading the config',
  'read-active': 'reading the active version',
  'read-reviewed': 'reading the reviewed version',
  'read-draft': 'reading the draft',
  'write-draft': 'writing the draft',
  'verify-draft': 'checking the draft written',
  publish: 'publishing',
  'verify-active': 'checking the published version'
}

/**
 * The outcome of a step that threw. A 422 from PlugSync becomes findings at
 * their line and column of the config file, like local findings.
 */
export function failedOutcome(
  target: PromotionTarget,
  failure: StepFailure
): PromotionOutcome {
  return {
    status: 'failed',
    step: failure.step,
    message: failure.message,
    findings: rejectionFindings(target, failure.error)
  }
}

/** The findings a PlugSync rejection (422 with details) carries, placed. */
function rejectionFindings(target: PromotionTarget, error: unknown): Finding[] {
  if (!(error instanceof PlugSyncError) || error.detail === undefined) {
    return []
  }
  if (target.source === undefined) return []
  return placeProblems(
    target.file,
    target.source,
    detailToProblems(error.detail)
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
