import type { RunEvent } from '../action/event.js'
import type { GitHubApi, IssueComment, PullRequestRef } from '../github/api.js'
import { findOwnComment } from '../github/sticky-comment.js'
import type { Logger } from '../logger.js'
import type { ReviewState } from '../promote/review-state.js'
import { decodeRecord } from '../review/record.js'

/** The review a push is held to, and where it was found. */
export interface FoundReview {
  state: ReviewState
  /** The pull request that produced the commit, when one did. */
  pull?: PullRequestRef
  /** This action's comment on it, when there is one. */
  comment?: IssueComment
}

/** What the lookup needs from the run. */
export interface ReviewLookup {
  github: GitHubApi | undefined
  event: RunEvent
  /** The hidden marker of this action's comment. */
  marker: string
  required: boolean
  logger: Logger
}

/**
 * Finds the pull request that produced the pushed commit (by merge, squash
 * or rebase) and reads the review record in this action's comment on it.
 * Finding none is not an error but a state: the promotion then refuses
 * every connector it would publish, unless no review is required.
 */
export async function findReview(lookup: ReviewLookup): Promise<FoundReview> {
  const { github, event, required } = lookup
  const missing = (why: string): FoundReview => {
    if (!required) lookup.logger.info(`${why}; require-review is off`)
    return { state: { required, missing: why, connectors: [] } }
  }
  if (github === undefined) {
    return missing(
      'no github-token was given to look up the pull request that was reviewed'
    )
  }
  try {
    const pull = await mergedPullRequest(github, event)
    if (pull === undefined) {
      return missing(
        `no pull request merged into ${event.defaultBranch ?? 'the default branch'} produced commit ${event.sha.slice(0, 7)}`
      )
    }
    return await recordOf(github, pull, lookup)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return missing(
      `the pull request of commit ${event.sha.slice(0, 7)} could not be looked up (${reason})`
    )
  }
}

/**
 * The merged pull request a commit came from. GitHub lists every pull
 * request that contains the commit, open ones too; the one that merged it
 * into the default branch is the one that was reviewed, the latest if
 * several did.
 */
async function mergedPullRequest(
  github: GitHubApi,
  event: RunEvent
): Promise<PullRequestRef | undefined> {
  const pulls = await github.pullRequestsForCommit(event.sha)
  const merged = pulls.filter(
    (pull) =>
      pull.mergedAt !== null &&
      (event.defaultBranch === undefined ||
        pull.baseRef === event.defaultBranch)
  )
  merged.sort((a, b) => (a.mergedAt! < b.mergedAt! ? 1 : -1))
  return merged[0]
}

/** The record in this action's own comment on the pull request. */
async function recordOf(
  github: GitHubApi,
  pull: PullRequestRef,
  lookup: ReviewLookup
): Promise<FoundReview> {
  const source = `pull request #${pull.number}`
  const base = { required: lookup.required, source, connectors: [] }
  const comment = await findOwnComment(github, pull.number, lookup.marker)
  if (comment === undefined) {
    const why = `${source} has no comment of this action recording its review (did its check run with a plugsync-token?)`
    lookup.logger.info(why)
    return { state: { ...base, missing: why }, pull }
  }
  const decoded = decodeRecord(comment.body)
  if (!decoded.ok) {
    const why = `the comment on ${source} holds no review record this build can read (${decoded.problem})`
    lookup.logger.info(why)
    return { state: { ...base, missing: why }, pull, comment }
  }
  lookup.logger.info(
    `using the review recorded on ${source} (commit ${decoded.record.headSha.slice(0, 7)}): ${decoded.record.connectors.length} connector(s)`
  )
  return {
    state: { ...base, connectors: decoded.record.connectors },
    pull,
    comment
  }
}
