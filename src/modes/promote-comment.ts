import type { GitHubApi, IssueComment } from '../github/api.js'
import { GitHubError } from '../github/errors.js'
import { upsertComment } from '../github/sticky-comment.js'
import type { Logger } from '../logger.js'
import { neutraliseMarkers } from '../review/marker.js'

/** What every promotion section of the pull request's comment opens with. */
const SECTION_START = '<!-- plugsync-config:promotion'
const RECORD_START = '<!-- plugsync-config:record'

/**
 * Opens the section a promotion of one environment adds to the pull
 * request's comment, so that staging and production keep a section each.
 */
export function promotionMarker(environment: string): string {
  const name = environment ? ` ${encodeURIComponent(environment)}` : ''
  return `${SECTION_START}${name} -->`
}

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
  /** The environment promoted, whose section is replaced. */
  environment: string
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
      const body = fit(target.marker, [], target)
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
    const { kept, sections } = split(target.comment.body)
    const others = sections.filter(
      (section) => !section.startsWith(promotionMarker(target.environment))
    )
    const body = fit(kept, others, target)
    await github.updateIssueComment(target.comment.id, body)
    logger.info(`updated the comment on pull request #${pull} with the outcome`)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const advice =
      error instanceof GitHubError && error.kind === 'forbidden'
        ? '; give the workflow pull-requests: write to keep the comment up to date'
        : ''
    logger.warning(
      `the outcome could not be written to pull request #${pull}: ${reason}. The job summary has it${advice}`
    )
  }
}

/**
 * A comment as the part promotions never touch (the review and its record,
 * which a re-run needs) and the sections promotions added, one each.
 */
function split(body: string): { kept: string; sections: string[] } {
  const starts: number[] = []
  for (let at = body.indexOf(SECTION_START); at !== -1;) {
    starts.push(at)
    at = body.indexOf(SECTION_START, at + SECTION_START.length)
  }
  if (starts.length === 0) return { kept: body.trimEnd(), sections: [] }
  const sections = starts.map((start, index) =>
    body.slice(start, starts[index + 1]).trim()
  )
  return { kept: body.slice(0, starts[0]).trimEnd(), sections }
}

/**
 * The comment with this run's section, the most detailed that fits. When
 * even the shortest does not, the review gives way to the outcome, all but
 * its headline and its record, which a re-run needs.
 */
function fit(
  kept: string,
  others: readonly string[],
  target: PromotionComment
): string {
  const marker = promotionMarker(target.environment)
  const sections = [
    ...target.sections.map(neutraliseMarkers),
    "The promotion's outcome is too long for this comment: the run's summary has it.\n"
  ]
  for (const review of [kept, shortened(kept)]) {
    const start = [review, ...others].join('\n\n')
    for (const section of sections) {
      const body = `${start}\n\n${marker}\n${section}`
      if (body.length <= COMMENT_LIMIT) return body
    }
  }
  return `${shortened(kept)}\n\n${marker}\n${sections.at(-1)}`
}

/** The review part cut to its first two lines (marker, heading) and record. */
function shortened(kept: string): string {
  const head = kept.split('\n').slice(0, 2).join('\n')
  const at = kept.indexOf(RECORD_START)
  const record = at === -1 ? '' : `\n\n${kept.slice(at).trim()}`
  return `${head}\n\n_The review was cut to make room for the promotion's outcome: the pull request's run has it in its job summary._${record}`
}

function forbidden(message: string): GitHubError {
  return new GitHubError('forbidden', message)
}
