import type { Finding, Severity } from '../findings/finding.js'
import { fullMessage } from '../report/describe.js'
import { inRepository } from '../report/links.js'

/**
 * GitHub shows at most ten annotations of each severity per step (and fifty
 * per job); any more are dropped without a word. We choose which ones show:
 * errors first, each severity in file and line order.
 */
export const ANNOTATIONS_PER_SEVERITY = 10

/** The part of `@actions/core` that writes annotations. */
export interface Annotator {
  error(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
}

/** The properties of one annotation, as `@actions/core` takes them. */
export interface AnnotationProperties {
  title: string
  file: string
  startLine: number
  endLine: number
  startColumn?: number
  endColumn?: number
}

/**
 * The annotations of each severity a step has left for findings. One error
 * is kept back for the run's own failure message, which says why the step
 * failed, and one warning for the run's own warnings (a draft overwritten,
 * a comment it may not write): neither must be the one GitHub drops. One
 * budget serves the whole run, the findings and then any promotion's
 * rejections.
 */
export class AnnotationBudget {
  private readonly left: Record<Severity, number> = {
    error: ANNOTATIONS_PER_SEVERITY - 1,
    warning: ANNOTATIONS_PER_SEVERITY - 1,
    notice: ANNOTATIONS_PER_SEVERITY
  }

  /** Takes one annotation of a severity; false when none is left. */
  take(severity: Severity): boolean {
    if (this.left[severity] === 0) return false
    this.left[severity]--
    return true
  }
}

/**
 * Writes one annotation per finding, errors first, while the budget lasts,
 * and returns how many were left out. `@actions/core` escapes every
 * property and the message, so a file name or a value cannot break out of
 * the command.
 */
export function annotate(
  findings: readonly Finding[],
  annotator: Annotator,
  directory = '',
  budget = new AnnotationBudget()
): number {
  let omitted = 0
  for (const severity of ['error', 'warning', 'notice'] as Severity[]) {
    for (const finding of findings) {
      if (finding.severity !== severity) continue
      if (!budget.take(severity)) {
        omitted++
        continue
      }
      const properties = annotationProperties(finding)
      properties.file = inRepository(directory, finding.file)
      annotator[severity](fullMessage(finding), properties)
    }
  }
  return omitted
}

/**
 * GitHub reads columns only on one-line annotations, and its end column is
 * inclusive where ours is exclusive.
 */
export function annotationProperties(finding: Finding): AnnotationProperties {
  const properties: AnnotationProperties = {
    title: finding.rule,
    file: finding.file,
    startLine: finding.line,
    endLine: finding.endLine
  }
  if (finding.line === finding.endLine) {
    properties.startColumn = finding.column
    properties.endColumn = Math.max(finding.column, finding.endColumn - 1)
  }
  return properties
}
