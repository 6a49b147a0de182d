import type { SeverityLevel } from '../findings/finding.js'

// The manifest's vocabulary, shared by its two readers: the direct one of
// plain-manifest.ts and the YAML library's of manifest-shape.ts, which the
// entry chunk must not import.

/** The keys of the manifest's top level. */
export const TOP_KEYS: readonly string[] = ['connectors', 'rules']

/** The keys of a connector entry. */
export const ENTRY_KEYS = ['path', 'id', 'environment'] as const

/** The severities a rule may be given, in the order messages list them. */
export const LEVELS: readonly SeverityLevel[] = [
  'off',
  'notice',
  'warning',
  'error'
]

/**
 * The rules the manifest cannot change: a manifest that does not parse has
 * no rules to read.
 */
export const FIXED_RULES: readonly string[] = ['manifest-invalid']
