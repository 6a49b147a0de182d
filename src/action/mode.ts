import type { RepositoryCheck } from '../engine/check-repository.js'
import type { Logger } from '../logger.js'
import type { AnnotationBudget } from './annotations.js'
import type { RunEvent } from './event.js'
import type { ActionInputs } from './inputs.js'
import type { ActionRuntime } from './runtime.js'
import type { Verdict } from './verdict.js'

/** What a diff or promotion run starts from: the validation is done. */
export interface ModeContext {
  inputs: ActionInputs
  event: RunEvent
  check: RepositoryCheck
  verdict: Verdict
  runtime: ActionRuntime
  logger: Logger
  env: NodeJS.ProcessEnv
  /**
   * Where the checked root (working-directory) sits in the repository, ''
   * at its top: annotations and links name files from the repository's top.
   */
  directory: string
  /** The validation part of the job summary, for the PR comment. */
  validationMarkdown: string
  /** What is left of the step's annotations after the findings. */
  annotations: AnnotationBudget
}

/** What a mode adds to the run. */
export interface ModeResult {
  /** Its section of the job summary. */
  summary: string
  /** Why the run fails, when the mode failed. */
  failure?: string
}
