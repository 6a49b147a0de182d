import { appendAll } from '../append.js'
import type { Problem } from '../findings/finding.js'
import { acceptsConnectorConfig } from '../generated/lean-validators.js'
import { checkEntities } from './entities.js'
import { checkFlows } from './flows.js'
import { checkJsonPaths } from './jsonpath-rules.js'
import { explainingValidator } from './on-demand.js'
import { checkReferences } from './references.js'
import { ruleInfo } from './registry.js'
import { checkRoot } from './root.js'
import { schemaProblems } from './schema-problems.js'
import { checkSchemaSpecs } from './schema-specs.js'
import { checkStepFields } from './step-fields.js'
import { checkSteps } from './steps.js'
import { viewConfig } from './view.js'

export { entityModes, type EntityMode } from './entity-mode.js'
export { RULES, ruleInfo, isRuleId } from './registry.js'
export type { RuleInfo, RuleSource, RuleGroup } from './rule.js'

/**
 * Checks a parsed config against every config rule: the JSON Schema first,
 * then the rules the schema cannot express (uniqueness, versions, actions,
 * references, JSONPath). Never throws, whatever the config holds; each
 * problem appears once.
 */
export function checkConfig(config: Record<string, unknown>): Problem[] {
  const problems: Problem[] = []
  const view = viewConfig(config)
  // The lean validator answers for a clean config, the common case; the
  // one that gathers every error with its message runs only on a no.
  if (!acceptsConnectorConfig(config)) {
    const validate = explainingValidator()
    validate(config)
    const errors = validate.errors ?? []
    appendAll(problems, schemaProblems(config, errors, view.suggest))
  }
  checkRoot(view, problems)
  checkEntities(view, problems)
  checkSchemaSpecs(view, problems)
  checkFlows(view, problems)
  checkSteps(view, problems)
  checkStepFields(view, problems)
  checkReferences(view, problems)
  checkJsonPaths(view, problems)
  return unique(problems)
}

/**
 * The problems the PlugSync backend itself rejects a config for, with its
 * own messages: what the local sandbox answers with a 422.
 */
export function backendProblems(config: Record<string, unknown>): Problem[] {
  return checkConfig(config).filter(
    (problem) => ruleInfo(problem.rule).source === 'backend'
  )
}

/** One problem per rule and place: the first one found. */
function unique(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = `${problem.rule} ${problem.at ?? 'value'} ${problem.pointer}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
