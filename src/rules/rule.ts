import type { Severity } from '../findings/finding.js'

/**
 * Where a rule comes from, as `config-v3.md` marks it: the backend rejects
 * the config, the runtime fails or ignores it, or the project judges it a
 * likely mistake.
 */
export type RuleSource = 'backend' | 'runtime' | 'project'

/** What the catalogue and the reports know about one rule. */
export interface RuleInfo {
  /** Stable id, kebab-case, e.g. `duplicate-entity-name`. */
  id: string
  /** Default severity; the manifest may override it. */
  severity: Severity
  source: RuleSource
  /** One sentence: what the rule catches and why it matters. */
  summary: string
  /** The backend's own wording, where it has one. */
  backendMessage?: string
  /** A snippet that triggers the rule and one that passes. */
  example: { bad: string; good: string }
}
