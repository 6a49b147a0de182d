/**
 * Where the engine says what it decided and why. The action backs it with
 * `@actions/core`; the CLI with standard error; tests with an array.
 */
export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
}

/** A logger that drops everything, for callers that want silence. */
export const silentLogger: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined
}
