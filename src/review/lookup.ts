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
  /** No merged pull request contains the commit: it was pushed directly. */
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
 * Finds what was reviewed before a commit landed: the merged pull request
 * that contains it (the latest merged into `baseRef`, the default branch,
 * when one was), this action's own comment on it (by `marker`, written by
 * the token's user), and the record in that comment. An open pull request
 * proves no review, so it is never used. GitHub failures are thrown as
 * `GitHubError`; everything else is a status.
 */
export async function findReviewRecord(
  api: GitHubApi,
  sha: string,
  marker: string,
  baseRef?: string
): Promise<ReviewLookup> {
  const pullRequest = reviewedPull(
    await api.pullRequestsForCommit(sha),
    baseRef
  )
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

function reviewedPull(
  pulls: readonly PullRequestRef[],
  baseRef: string | undefined
): PullRequestRef | undefined {
  const merged = pulls
    .filter((pull) => pull.mergedAt !== null)
    .sort((a, b) => (a.mergedAt! < b.mergedAt! ? 1 : -1))
  return merged.find((pull) => pull.baseRef === baseRef) ?? merged[0]
}
