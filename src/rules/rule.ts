import type { Severity } from '../findings/finding.js'

/**
 * Where a rule comes from, as `config-v3.md` marks it: the backend rejects
 * the config, the runtime fails or ignores it, or the project judges it a
 * likely mistake.
 */
export type RuleSource = 'backend' | 'runtime' | 'project'

/**
 * What a rule looks at: the bytes of a file, the manifest, the config's
 * content, or PlugSync's answer. The catalogue groups rules by it, and it
 * names the language of the rule's examples.
 */
export type RuleGroup = 'file' | 'manifest' | 'config' | 'api'

/** What the catalogue and the reports know about one rule. */
export interface RuleInfo {
  /** Stable id, kebab-case, e.g. `duplicate-entity-name`. */
  id: string
  /** Default severity; the manifest may override it. */
  severity: Severity
  source: RuleSource
  group: RuleGroup
  /** One sentence: what the rule catches and why it matters. */
  summary: string
  /**
   * The backend's own wording, where it has one; `<x>` stands for a part
   * that varies, such as the offending value.
   */
  backendMessage?: string
  /** A snippet that triggers the rule and one that passes. */
  example: { bad: string; good: string }
}
