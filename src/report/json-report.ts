import { countBySeverity, type Finding } from '../findings/finding.js'
import type { FileReport } from '../engine/check-file.js'

/** The JSON report of a validation: what the `report` output points at. */
export interface JsonReport {
  tool: 'plugsync-config'
  valid: boolean
  failOn: string
  counts: { error: number; warning: number; notice: number }
  files: Array<{ file: string; entities: FileReport['entities'] }>
  findings: Finding[]
}

/** Builds the JSON report from the checked files and every finding. */
export function buildJsonReport(
  files: readonly FileReport[],
  findings: readonly Finding[],
  failOn: string,
  valid: boolean
): JsonReport {
  return {
    tool: 'plugsync-config',
    valid,
    failOn,
    counts: countBySeverity(findings),
    files: files.map(({ file, entities }) => ({ file, entities })),
    findings: [...findings]
  }
}
