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
 * Writes one annotation per finding, up to GitHub's limit per severity, and
 * returns how many were left out. `@actions/core` escapes every property and
 * the message, so a file name or a value cannot break out of the command.
 */
export function annotate(
  findings: readonly Finding[],
  annotator: Annotator,
  directory = ''
): number {
  let omitted = 0
  for (const severity of ['error', 'warning', 'notice'] as Severity[]) {
    const ofSeverity = findings.filter((f) => f.severity === severity)
    for (const finding of ofSeverity.slice(0, ANNOTATIONS_PER_SEVERITY)) {
      const properties = annotationProperties(finding)
      properties.file = inRepository(directory, finding.file)
      annotator[severity](fullMessage(finding), properties)
    }
    omitted += Math.max(0, ofSeverity.length - ANNOTATIONS_PER_SEVERITY)
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
