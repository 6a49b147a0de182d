import type { Logger } from '../logger.js'
import type { GitHubApi, IssueComment } from './api.js'
import { GitHubError } from './errors.js'

/** What became of the one comment a run keeps on a pull request. */
export type CommentOutcome =
  | { status: 'created' | 'updated'; comment: IssueComment }
  /** The token may not read or write comments (403): GitHub's words. */
  | { status: 'forbidden'; message: string }

/**
 * Finds the comment of this action among every page of an issue's
 * comments: the oldest that begins with `marker` and was written by the
 * token's own user. Comments by anyone else are never trusted, whatever
 * they hold, since anyone may paste a marker into a comment; and a marker
 * inside a comment is not ours either, since a comment may quote a config.
 */
export async function findOwnComment(
  api: GitHubApi,
  issue: number,
  marker: string
): Promise<IssueComment | undefined> {
  const author = await api.whoAmI()
  const comments = await api.listIssueComments(issue)
  return comments.find(
    (comment) => comment.author === author && comment.body.startsWith(marker)
  )
}

/**
 * Keeps one comment per marker on an issue: updates it in place when it
 * exists, creates it otherwise. A 403 is an outcome, not an error, since a
 * token that may not comment (a fork's) must not fail the run.
 */
export async function upsertComment(
  api: GitHubApi,
  issue: number,
  marker: string,
  body: string,
  logger: Logger
): Promise<CommentOutcome> {
  try {
    const existing = await findOwnComment(api, issue, marker)
    if (existing !== undefined) {
      logger.debug(`updating comment ${existing.id} on #${issue}`)
      const comment = await api.updateIssueComment(existing.id, body)
      return { status: 'updated', comment }
    }
    const comment = await createOnce(api, issue, marker, body, logger)
    return { status: 'created', comment }
  } catch (error) {
    if (error instanceof GitHubError && error.kind === 'forbidden') {
      return { status: 'forbidden', message: error.message }
    }
    throw error
  }
}

/**
 * Creates the comment. After an answer that leaves open whether it was
 * made, looks again before one more try, so that a lost answer never
 * leaves two comments behind.
 */
async function createOnce(
  api: GitHubApi,
  issue: number,
  marker: string,
  body: string,
  logger: Logger
): Promise<IssueComment> {
  try {
    return await api.createIssueComment(issue, body)
  } catch (error) {
    if (!(error instanceof GitHubError) || !error.ambiguous) throw error
    logger.debug(`${error.message}; looking whether the comment was made`)
    const made = await findOwnComment(api, issue, marker)
    if (made !== undefined) return api.updateIssueComment(made.id, body)
    return api.createIssueComment(issue, body)
  }
}
