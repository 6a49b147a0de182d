import { FLOW_RULES } from './flows.js'
import { ENTITY_RULES } from './entities.js'
import { API_RULES, FILE_RULES, MANIFEST_RULES } from './external-rules.js'
import { JSONPATH_RULES } from './jsonpath-rules.js'
import { REFERENCE_RULES } from './references.js'
import { ROOT_RULES } from './root.js'
import type { RuleInfo } from './rule.js'
import { SCHEMA_RULES } from './schema-rules.js'
import { SCHEMA_SPEC_RULES } from './schema-specs.js'
import { STEP_FIELD_RULES } from './step-fields.js'
import { STEP_RULES } from './steps.js'
import { UNKNOWN_KEY } from './unknown-keys.js'

/** Every rule of the product, in catalogue order. */
export const RULES: readonly RuleInfo[] = [
  ...FILE_RULES,
  ...SCHEMA_RULES,
  UNKNOWN_KEY,
  ...ROOT_RULES,
  ...ENTITY_RULES,
  ...SCHEMA_SPEC_RULES,
  ...FLOW_RULES,
  ...STEP_RULES,
  ...STEP_FIELD_RULES,
  ...REFERENCE_RULES,
  ...JSONPATH_RULES,
  ...MANIFEST_RULES,
  ...API_RULES
]

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]))

/** The rule with this id; throws for an id no rule has, which is a bug. */
export function ruleInfo(id: string): RuleInfo {
  const rule = BY_ID.get(id)
  if (rule === undefined) throw new Error(`unknown rule id "${id}"`)
  return rule
}

/** Tells whether a rule id exists (for the manifest's `rules` section). */
export function isRuleId(id: string): boolean {
  return BY_ID.has(id)
}
