import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Finding, Severity } from '../findings/finding.js'
import type { RuleInfo } from '../rules/rule.js'
import { fullMessage } from './describe.js'

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note'
}

/**
 * A SARIF 2.1.0 log of the findings, in the subset GitHub code scanning
 * accepts. Columns are Unicode code points, as everywhere in this tool, and
 * the log says so (`columnKind`).
 */
export function buildSarif(
  findings: readonly Finding[],
  rules: readonly RuleInfo[],
  version: string
): object {
  const used = new Set(findings.map((f) => f.rule))
  const driverRules = rules.filter((rule) => used.has(rule.id))
  const ruleIndex = new Map(driverRules.map((rule, i) => [rule.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plugsync-config',
            version,
            rules: driverRules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              defaultConfiguration: { level: LEVELS[rule.severity] },
              properties: { source: rule.source }
            }))
          }
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ...(ruleIndex.has(finding.rule)
            ? { ruleIndex: ruleIndex.get(finding.rule) }
            : {}),
          level: LEVELS[finding.severity],
          message: { text: fullMessage(finding) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(finding.file),
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn
                }
              }
            }
          ],
          partialFingerprints: {
            'plugsyncFinding/v1': `${finding.rule}:${finding.file}:${finding.pointer}`
          }
        }))
      }
    ]
  }
}

/**
 * Where a finding's file is: relative to the repository root (%SRCROOT%),
 * or, for a file named on the command line outside the root, a file:// URI
 * of its own, since a base cannot lead there.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href }
  const uri = file.split('/').map(encodeURIComponent).join('/')
  return { uri, uriBaseId: '%SRCROOT%' }
}
