import {
  countBySeverity,
  type Finding,
  type Severity
} from '../findings/finding.js'
import type { FileReport } from '../engine/check-file.js'
import { countsText, fullMessage, plural } from './describe.js'
import { lineLink, type CommitLinks } from './links.js'
import { escapeMarkdown } from './markdown.js'

const ICONS: Record<Severity, string> = {
  error: '❌',
  warning: '⚠️',
  notice: 'ℹ️'
}

/** What the validation summary is made from. */
export interface ValidationSummaryInput {
  files: readonly FileReport[]
  /** Every finding, including those in the manifest and from discovery. */
  findings: readonly Finding[]
  links?: CommitLinks
}

/**
 * The job summary of a validation in Markdown: a headline, a table with one
 * row per file (counts and each entity's mode), then every finding, linked
 * to its line on the commit.
 */
export function renderValidationSummary(input: ValidationSummaryInput): string {
  const counts = countBySeverity(input.findings)
  const byFile = groupByFile(input.findings)
  const paths = [
    ...new Set([...input.files.map((f) => f.file), ...byFile.keys()])
  ].sort()
  const out: string[] = [
    `### Validation: ${plural(input.files.length, 'config')}, ${countsText(counts)}`
  ]
  if (paths.length === 0) {
    out.push(
      '',
      'No connector config was found: a config is a JSON object with a "version" key and "entities" or "flows", or a file the manifest lists.'
    )
    return out.join('\n') + '\n'
  }
  out.push(
    '',
    '| file | errors | warnings | notices | entities |',
    '| --- | ---: | ---: | ---: | --- |'
  )
  const modes = new Map(input.files.map((f) => [f.file, f.entities]))
  for (const path of paths) {
    const c = countBySeverity(byFile.get(path) ?? [])
    const entities = (modes.get(path) ?? [])
      .map((e) => `${escapeMarkdown(e.name)} (${e.mode})`)
      .join(', ')
    out.push(
      `| ${fileCell(path, input.links)} | ${c.error} | ${c.warning} | ${c.notice} | ${entities} |`
    )
  }
  for (const path of paths) {
    const findings = byFile.get(path)
    if (!findings) continue
    out.push('', `#### ${escapeMarkdown(path)}`, '')
    for (const finding of findings) out.push(findingLine(finding, input.links))
  }
  return out.join('\n') + '\n'
}

/** One finding as a Markdown list item, linked to its line. */
export function findingLine(finding: Finding, links?: CommitLinks): string {
  const where = `line ${finding.line}, column ${finding.column}`
  const url = lineLink(links, finding.file, finding.line)
  const place = url ? `[${where}](${url})` : where
  return `- ${ICONS[finding.severity]} **${finding.severity}** \`${finding.rule}\` ${place}: ${escapeMarkdown(fullMessage(finding))}`
}

function fileCell(path: string, links?: CommitLinks): string {
  const url = lineLink(links, path, 1)
  const name = escapeMarkdown(path)
  return url ? `[${name}](${url.replace(/#L1$/, '')})` : name
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>()
  for (const finding of findings) {
    const group = groups.get(finding.file)
    if (group) group.push(finding)
    else groups.set(finding.file, [finding])
  }
  return groups
}
