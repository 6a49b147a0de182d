/** An issue or pull request comment, as the action reads it. */
export interface IssueComment {
  id: number
  body: string
  /** The login of the comment's author, e.g. `github-actions[bot]`. */
  author: string
  /** The comment's page on GitHub; '' when GitHub gave none. */
  url: string
}

/** A pull request that contains a commit, as far as promotion needs it. */
export interface PullRequestRef {
  number: number
  /** `open` or `closed`. */
  state: string
  /** When it was merged, or null when it was not. */
  mergedAt: string | null
  headSha: string
  /** The branch it targets, e.g. `main`. */
  baseRef: string
}

/**
 * The few GitHub REST calls the action makes, for one repository. Every
 * call retries rate limits and server errors itself, and fails with a
 * `GitHubError`. Modes receive it as a value, so that tests can point it
 * at a stand-in server.
 */
export interface GitHubApi {
  /**
   * The login of the token's user. An Actions `GITHUB_TOKEN` may not read
   * `GET /user`; it then answers `github-actions[bot]`, which is who
   * writes with that token.
   */
  whoAmI(): Promise<string>
  /** Every comment of an issue or pull request, all pages, oldest first. */
  listIssueComments(issue: number): Promise<IssueComment[]>
  /**
   * Adds a comment. Never repeated after an answer that may mean it was
   * made (5xx, network): the caller looks before it tries again.
   */
  createIssueComment(issue: number, body: string): Promise<IssueComment>
  /** Replaces the body of a comment. */
  updateIssueComment(id: number, body: string): Promise<IssueComment>
  /** The pull requests that contain a commit, e.g. the one it merged. */
  pullRequestsForCommit(sha: string): Promise<PullRequestRef[]>
}

/** The login that writes with an Actions `GITHUB_TOKEN`. */
export const ACTIONS_BOT = 'github-actions[bot]'
