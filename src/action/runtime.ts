import type { Annotator } from './annotations.js'

/**
 * The part of `@actions/core` the action uses, passed in so that the
 * orchestration can be tested without a runner.
 */
export interface ActionRuntime extends Annotator {
  getInput(name: string): string
  setSecret(secret: string): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  info(message: string): void
  debug(message: string): void
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>
}
