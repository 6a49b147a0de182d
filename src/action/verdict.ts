import { countBySeverity, type Finding } from '../findings/finding.js'
import { countsText, plural, visibleText } from '../report/describe.js'
import type { FailOn } from './inputs.js'

/** Whether the findings fail the run, and the one line that says so. */
export interface Verdict {
  valid: boolean
  counts: { error: number; warning: number; notice: number }
  /** The failure line, when the run fails. */
  line?: string
}

/**
 * Judges the findings against `fail-on`: the run fails once, at the end,
 * with one line that says how many findings and in which files.
 */
export function judge(findings: readonly Finding[], failOn: FailOn): Verdict {
  const counts = countBySeverity(findings)
  const failing = findings.filter((finding) =>
    failOn === 'never'
      ? false
      : failOn === 'warning'
        ? finding.severity !== 'notice'
        : finding.severity === 'error'
  )
  if (failing.length === 0) return { valid: true, counts }
  const files = [...new Set(failing.map((finding) => finding.file))]
  const shown = files.slice(0, 3).map(visibleText).join(', ')
  const more =
    files.length > 3 ? ` and ${plural(files.length - 3, 'more file')}` : ''
  return {
    valid: false,
    counts,
    line: `PlugSync config: ${countsText(countBySeverity(failing))} in ${shown}${more} (fail-on: ${failOn}); see the annotations and the job summary`
  }
}
