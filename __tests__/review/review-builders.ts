import type { JsonObject } from '../../src/config/normalise.js'
import { diffConfigs } from '../../src/diff/config-diff.js'
import { unifiedConfigDiff } from '../../src/diff/unified.js'
import type { Finding } from '../../src/findings/finding.js'
import type {
  ComparedConnector,
  ConnectorReview
} from '../../src/review/compare.js'
import { configHash } from '../../src/review/record.js'

const SPAN = { line: 1, column: 1, endLine: 1, endColumn: 2 }

/** A connector compared with PlugSync, as reviewConnectors makes it. */
export function compared(
  name: string,
  before: JsonObject | null,
  after: JsonObject,
  activeVersion: number | null = before === null ? null : 7,
  errors = 0
): ComparedConnector {
  return {
    kind: 'compared',
    entry: { path: `connectors/${name}.json`, id: `cn_${name}`, span: SPAN },
    name,
    activeVersion,
    config: after,
    diff: diffConfigs(before, after),
    unified: unifiedConfigDiff(before, after, { maxLines: 20_000 }),
    configHash: configHash(after),
    errors
  }
}

/** A connector PlugSync could not be read for. */
export function failed(name: string, reason: string): ConnectorReview {
  return {
    kind: 'failed',
    entry: { path: `connectors/${name}.json`, id: `cn_${name}`, span: SPAN },
    name: `cn_${name}`,
    reason
  }
}

/** A connector whose file is not a JSON object. */
export function unreadable(name: string, silenced = false): ConnectorReview {
  return {
    kind: 'unreadable',
    entry: { path: `connectors/${name}.json`, id: `cn_${name}`, span: SPAN },
    name: `cn_${name}`,
    silenced
  }
}

/** A config with `count` entities, each with one field mapping. */
export function bigConfig(count: number, prefix = 'e'): JsonObject {
  return {
    version: '3.1',
    entities: Array.from({ length: count }, (_, n) => ({
      name: `${prefix}${n}`,
      schemas: {
        hubspot: {
          object_type: 'companies',
          field_mappings: [{ source: `$.payload.f${n}`, target: `f${n}` }]
        }
      }
    }))
  }
}

/** An error finding in a file. */
export function finding(
  file: string,
  line: number,
  rule = 'unknown-action'
): Finding {
  return {
    rule,
    severity: 'error',
    message: `bad thing on line ${line}`,
    file,
    pointer: '/flows/0',
    line,
    column: 3,
    endLine: line,
    endColumn: 9
  }
}
