/**
 * Where the user sets what a PlugSync message tells them to change, in the
 * words of the program the client runs in: the action's inputs, or the
 * CLI's options and environment variables.
 */
export interface ClientHints {
  /** Where the token comes from, e.g. "the plugsync-token input". */
  token: string
  /** What sets the per-request timeout, e.g. "the timeout input". */
  timeout: string
  /** What sets how many connectors run at once. */
  concurrency: string
}

/** The action's words, the client's default. */
export const ACTION_HINTS: ClientHints = {
  token: 'the plugsync-token input',
  timeout: 'the timeout input',
  concurrency: 'the concurrency input'
}
