import type { GitHubApi, IssueComment } from '../github/api.js'
import { GitHubError } from '../github/errors.js'
import { upsertComment } from '../github/sticky-comment.js'
import type { Logger } from '../logger.js'

/** Opens the section a promotion adds to the pull request's comment. */
export const PROMOTION_MARKER = '<!-- plugsync-config:promotion -->'

/** GitHub refuses a comment body longer than this. */
export const COMMENT_LIMIT = 65_536

/** Where the outcome goes and what it says, in its longer and shorter form. */
export interface PromotionComment {
  github: GitHubApi
  pull: number
  /** This action's comment, as the review lookup found it. */
  comment?: IssueComment
  /** The hidden marker of this action's comment. */
  marker: string
  /** The section, from the most detailed to the shortest form. */
  sections: string[]
  logger: Logger
}

/**
 * Writes the promotion's outcome into this action's comment on the pull
 * request: replaces the section an earlier run added, keeps the rest (the
 * review record above all, which a re-run needs). Without a comment, makes
 * one, so that a refusal shows where the change was discussed. A comment
 * that cannot be written is a warning: the promotion itself is done.
 */
export async function reportOnPullRequest(
  target: PromotionComment
): Promise<void> {
  const { github, pull, logger } = target
  try {
    if (target.comment === undefined) {
      const body = fit(target.marker, target.sections)
      const outcome = await upsertComment(
        github,
        pull,
        target.marker,
        body,
        logger
      )
      if (outcome.status === 'forbidden') throw forbidden(outcome.message)
      return
    }
    const body = fit(keptPart(target.comment.body), target.sections)
    await github.updateIssueComment(target.comment.id, body)
    logger.info(`updated the comment on pull request #${pull} with the outcome`)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    logger.warning(
      `the outcome could not be written to pull request #${pull}: ${reason}. The job summary has it; give the workflow pull-requests: write to keep the comment up to date`
    )
  }
}

/** The comment without the section an earlier promotion added. */
function keptPart(body: string): string {
  const at = body.indexOf(PROMOTION_MARKER)
  return (at === -1 ? body : body.slice(0, at)).trimEnd()
}

/** The kept part and the most detailed section that fits GitHub's limit. */
function fit(kept: string, sections: readonly string[]): string {
  for (const section of sections) {
    const body = `${kept}\n\n${PROMOTION_MARKER}\n${section}`
    if (body.length <= COMMENT_LIMIT) return body
  }
  return `${kept}\n\n${PROMOTION_MARKER}\nThe promotion's outcome is too long for this comment: the run's summary has it.\n`
}

function forbidden(message: string): GitHubError {
  return new GitHubError('forbidden', message)
}
