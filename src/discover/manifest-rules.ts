import type { Severity } from '../findings/finding.js'

/** The ids of the rules that check the manifest, with their severities. */
export const MANIFEST_RULES = {
  /** YAML syntax error, or a manifest that is not a mapping. */
  'manifest-invalid': 'error',
  /** A key the manifest does not know, with the closest known key. */
  'manifest-unknown-key': 'warning',
  /** A value of the wrong type, a bad severity word, an empty id. */
  'manifest-invalid-value': 'error',
  /** A connector path that does not exist. */
  'manifest-missing-path': 'error',
  /** An absolute path, a path with `..` leading out, or a symlink out. */
  'manifest-path-outside-repo': 'error',
  /** The same connector id twice in the same environment. */
  'manifest-duplicate-id': 'error',
  /** The same path twice in the same environment. */
  'manifest-duplicate-path': 'warning',
  /** A rule id under `rules` that no rule has. */
  'manifest-unknown-rule': 'warning'
} as const satisfies Record<string, Severity>

/** The id of a manifest rule. */
export type ManifestRule = keyof typeof MANIFEST_RULES
