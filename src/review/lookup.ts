import type { GitHubApi, IssueComment, PullRequestRef } from '../github/api.js'
import { findOwnComment } from '../github/sticky-comment.js'
import { decodeRecord, type ReviewRecord } from './record.js'

/** What the review of a commit turned out to be. */
export type ReviewLookup =
  | {
      status: 'found'
      pullRequest: PullRequestRef
      comment: IssueComment
      record: ReviewRecord
    }
  /** No pull request contains the commit: it was pushed directly. */
  | { status: 'no-pull-request' }
  /** The pull request has no comment of this action with this marker. */
  | { status: 'no-comment'; pullRequest: PullRequestRef }
  /** The comment's record was edited or damaged: `problem` says how. */
  | {
      status: 'unreadable'
      pullRequest: PullRequestRef
      comment: IssueComment
      problem: string
    }

/**
 * Finds what was reviewed before a commit landed: the pull request that
 * contains it (a merged one first), this action's own comment on it (by
 * `marker`, written by the token's user), and the record in that comment.
 * GitHub failures are thrown as `GitHubError`; everything else is a status.
 */
export async function findReviewRecord(
  api: GitHubApi,
  sha: string,
  marker: string
): Promise<ReviewLookup> {
  const pulls = await api.pullRequestsForCommit(sha)
  const pullRequest = pulls.find((pull) => pull.mergedAt !== null) ?? pulls[0]
  if (pullRequest === undefined) return { status: 'no-pull-request' }

  const comment = await findOwnComment(api, pullRequest.number, marker)
  if (comment === undefined) return { status: 'no-comment', pullRequest }

  const decoded = decodeRecord(comment.body)
  if (!decoded.ok) {
    return {
      status: 'unreadable',
      pullRequest,
      comment,
      problem: decoded.problem
    }
  }
  return { status: 'found', pullRequest, comment, record: decoded.record }
}
