/**
 * The ids of the rules that check the manifest. Their severities and
 * descriptions live in the rule registry, with every other rule's.
 */
export type ManifestRule =
  | 'manifest-invalid'
  | 'manifest-unknown-key'
  | 'manifest-invalid-value'
  | 'manifest-missing-path'
  | 'manifest-path-outside-repo'
  | 'manifest-duplicate-id'
  | 'manifest-duplicate-path'
  | 'manifest-unknown-rule'
