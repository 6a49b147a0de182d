import type { Finding, Severity } from '../findings/finding.js'
import { countBySeverity } from '../findings/finding.js'
import type { RepositoryCheck } from '../engine/check-repository.js'
import { LocatedText } from '../engine/located-text.js'
import {
  countsText,
  fullMessage,
  plural,
  visibleText
} from '../report/describe.js'
import { appendAll } from '../append.js'

/** Terminal styles; all empty when colour is off. */
interface Styles {
  error: (s: string) => string
  warning: (s: string) => string
  notice: (s: string) => string
  dim: (s: string) => string
  bold: (s: string) => string
}

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`
const plain = (s: string) => s

/** Picks the styles: ANSI colour only when asked (a TTY without NO_COLOR). */
export function styles(color: boolean): Styles {
  if (!color) {
    return {
      error: plain,
      warning: plain,
      notice: plain,
      dim: plain,
      bold: plain
    }
  }
  return {
    error: ansi('31'),
    warning: ansi('33'),
    notice: ansi('36'),
    dim: ansi('2'),
    bold: ansi('1')
  }
}

/** Gives the text of a file by its path, for the code frames. */
export type SourceLookup = (file: string) => LocatedText | undefined

/** The texts a repository check kept: configs with findings, the manifest. */
export function sourcesOf(check: RepositoryCheck): SourceLookup {
  const sources = new Map(check.files.map((file) => [file.file, file.source]))
  if (check.manifestFile !== undefined && check.manifestText) {
    sources.set(check.manifestFile, new LocatedText(check.manifestText))
  }
  return (file) => sources.get(file)
}

/** The widest slice of a source line shown under a finding. */
const FRAME_WIDTH = 100

/**
 * Findings grouped by file, each with the offending line and a caret under
 * its column, then one closing line with the counts.
 */
export function formatText(
  findings: readonly Finding[],
  fileCount: number,
  source: SourceLookup,
  color: boolean
): string {
  const style = styles(color)
  const out: string[] = []
  let current: string | undefined
  for (const finding of findings) {
    if (finding.file !== current) {
      if (current !== undefined) out.push('')
      out.push(style.bold(visibleText(finding.file)))
      current = finding.file
    }
    const severity = style[finding.severity](finding.severity.padEnd(7))
    out.push(
      `  ${finding.line}:${finding.column}  ${severity} ${fullMessage(finding)}  ${style.dim(finding.rule)}`
    )
    appendAll(out, codeFrame(source(finding.file), finding, style))
  }
  if (out.length > 0) out.push('')
  out.push(closingLine(findings, fileCount, style))
  return out.join('\n') + '\n'
}

function closingLine(
  findings: readonly Finding[],
  fileCount: number,
  style: Styles
): string {
  const files = plural(fileCount, 'file')
  if (findings.length === 0) return `${files} checked: no findings`
  const counts = countBySeverity(findings)
  const worst: Severity =
    counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'notice'
  const withFindings = new Set(findings.map((f) => f.file)).size
  return style[worst](
    `${countsText(counts)} in ${plural(withFindings, 'file')} (${files} checked)`
  )
}

/** The finding's line, cut to fit, with carets under its span. */
export function codeFrame(
  source: LocatedText | undefined,
  finding: Finding,
  style: Styles
): string[] {
  const line = source?.index.lineText(finding.line)
  if (line === undefined) return []
  const chars = Array.from(visibleLine(line))
  const start = finding.column - 1
  const end =
    finding.endLine === finding.line
      ? Math.max(finding.endColumn - 1, start + 1)
      : chars.length
  const from = Math.max(0, Math.min(start - 20, chars.length - FRAME_WIDTH))
  const shown = chars.slice(from, from + FRAME_WIDTH)
  const gutter = String(finding.line)
  const lead = from > 0 ? '…' : ''
  const caretStart = start - from + lead.length
  const caretLength = Math.max(1, Math.min(end, from + FRAME_WIDTH) - start)
  return [
    style.dim(`    ${gutter} | `) + lead + shown.join(''),
    style.dim(`    ${' '.repeat(gutter.length)} | `) +
      ' '.repeat(Math.max(0, caretStart)) +
      style[finding.severity]('^'.repeat(caretLength))
  ]
}

/**
 * A source line as the frame shows it: a tab as one space and every other
 * control character as `?`, so the carets stay under their columns and no
 * escape sequence from a file reaches the terminal.
 */
function visibleLine(line: string): string {
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  return line.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}
