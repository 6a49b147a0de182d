/** What went wrong with a GitHub call, in the words callers branch on. */
export type GitHubErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'transient'
  | 'network'
  | 'invalid'
  | 'bad-response'

/** A GitHub call that failed, with a message that says what to do. */
export class GitHubError extends Error {
  override name = 'GitHubError'
  readonly kind: GitHubErrorKind
  /** The HTTP status, when GitHub answered. */
  readonly status?: number

  constructor(
    kind: GitHubErrorKind,
    message: string,
    options: { status?: number; cause?: unknown } = {}
  ) {
    super(
      message,
      options.cause === undefined ? undefined : { cause: options.cause }
    )
    this.kind = kind
    if (options.status !== undefined) this.status = options.status
  }

  /**
   * True when the request may have been carried out although it failed
   * (a server error or a lost connection): a write must not be repeated
   * blindly after it.
   */
  get ambiguous(): boolean {
    return this.kind === 'transient' || this.kind === 'network'
  }
}
