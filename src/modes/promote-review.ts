import type { RunEvent } from '../action/event.js'
import type { GitHubApi, IssueComment, PullRequestRef } from '../github/api.js'
import type { Logger } from '../logger.js'
import type { ReviewState } from '../promote/review-state.js'
import { findReviewRecord } from '../review/lookup.js'

/** The review a push is held to, and where it was found. */
export interface FoundReview {
  state: ReviewState
  /** The pull request that produced the commit, when one did. */
  pull?: PullRequestRef
  /** This action's comment on it, when there is one. */
  comment?: IssueComment
}

/** What the lookup needs from the run. */
export interface ReviewLookupInput {
  github: GitHubApi | undefined
  event: RunEvent
  /** The hidden marker of this action's comment. */
  marker: string
  required: boolean
  logger: Logger
}

/**
 * Finds the pull request that produced the pushed commit (by merge, squash
 * or rebase) and the review record in this action's comment on it. Finding
 * none is not an error but a state, with the reason in words: the
 * promotion then refuses every connector it would publish, unless no
 * review is required.
 */
export async function findReview(
  input: ReviewLookupInput
): Promise<FoundReview> {
  const { github, event, required, logger } = input
  const sha = event.sha.slice(0, 7)
  const without = (why: string, found: Partial<FoundReview> = {}) => {
    logger.info(`${why}${required ? '' : '; require-review is off'}`)
    return { ...found, state: { required, missing: why, connectors: [] } }
  }
  if (github === undefined) {
    return without(
      'no github-token was given to look up the pull request that was reviewed'
    )
  }
  try {
    const lookup = await findReviewRecord(
      github,
      event.sha,
      input.marker,
      event.defaultBranch
    )
    switch (lookup.status) {
      case 'no-pull-request':
        return without(`no merged pull request produced commit ${sha}`)
      case 'no-comment':
        return without(
          `pull request #${lookup.pullRequest.number} has no comment of this action recording its review (did its check run with a plugsync-token?)`,
          { pull: lookup.pullRequest }
        )
      case 'unreadable':
        return without(
          `the comment on pull request #${lookup.pullRequest.number} holds no review record this build can read (${lookup.problem})`,
          { pull: lookup.pullRequest, comment: lookup.comment }
        )
      case 'found':
        logger.info(
          `using the review recorded on pull request #${lookup.pullRequest.number} (commit ${lookup.record.headSha.slice(0, 7)}): ${lookup.record.connectors.length} connector(s)`
        )
        return {
          state: {
            required,
            source: `pull request #${lookup.pullRequest.number}`,
            connectors: lookup.record.connectors
          },
          pull: lookup.pullRequest,
          comment: lookup.comment
        }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return without(
      `the pull request of commit ${sha} could not be looked up (${reason})`
    )
  }
}
