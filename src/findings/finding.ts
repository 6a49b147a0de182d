/** How much a finding matters; `off` silences a rule entirely. */
export type Severity = 'error' | 'warning' | 'notice'

/** A severity a user may give a rule in the manifest. */
export type SeverityLevel = Severity | 'off'

/** The order of severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

/**
 * A place in a text file as an editor shows it: 1-based lines and 1-based
 * columns counted in Unicode code points. `endColumn` is exclusive (the
 * column just after the last character), as in SARIF.
 */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/**
 * A problem found by a rule before it is placed in its file: the rule names
 * the value by JSON Pointer, the engine turns the pointer into a span.
 */
export interface Problem {
  /** Stable rule id, e.g. `duplicate-entity-name`. */
  rule: string
  /** Plain words that quote the offending value and say what to do. */
  message: string
  /** JSON Pointer (RFC 6901) of the offending value; '' is the root. */
  pointer: string
  /** Point at the member's key rather than its value (for key problems). */
  at?: 'key' | 'value'
  /** The backend's own wording, where it has one. */
  backendMessage?: string
  /** A replacement the author probably meant (a key or a name). */
  suggestion?: string
  /** Overrides the rule's default severity for this one problem. */
  severity?: Severity
}

/** A problem placed in its file, with its final severity. */
export interface Finding extends Span {
  rule: string
  severity: Severity
  message: string
  /** Path relative to the repository root, with forward slashes. */
  file: string
  pointer: string
  backendMessage?: string
  suggestion?: string
}

/** Orders findings by file, then position, then severity, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  if (a.line !== b.line) return a.line - b.line
  if (a.column !== b.column) return a.column - b.column
  const rank = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
  if (rank !== 0) return rank
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0
}

/** Counts findings per severity. */
export function countBySeverity(
  findings: readonly Finding[]
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const finding of findings) counts[finding.severity]++
  return counts
}

/**
 * A finding about a whole file (one that cannot be read, a symlink not
 * followed), placed at its first character.
 */
export function fileFinding(
  rule: string,
  file: string,
  message: string
): Finding {
  return {
    rule,
    severity: 'error',
    message,
    file,
    pointer: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1
  }
}
