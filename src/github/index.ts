/** The GitHub side of the action: the REST calls and the one PR comment. */
export {
  ACTIONS_BOT,
  type GitHubApi,
  type IssueComment,
  type PullRequestRef
} from './api.js'
export { GitHubError, type GitHubErrorKind } from './errors.js'
export { openGitHubApi, type GitHubApiOptions } from './octokit-api.js'
export type { RetryPolicy } from './retry.js'
export {
  findOwnComment,
  upsertComment,
  type CommentOutcome
} from './sticky-comment.js'
