import type { Problem } from '../findings/finding.js'
import { isObject } from '../config/normalise.js'
import type { RuleInfo } from './rule.js'
import { checkUnknownKeys } from './unknown-keys.js'
import { has, type ConfigView } from './view.js'

/** The top-level keys of ConnectorConfigV3, `$schema` included. */
export const ROOT_KEYS: readonly string[] = [
  '$schema',
  'version',
  'entities',
  'flows',
  'settings'
]

const SCOPE_OVERRIDES_UNUSED: RuleInfo = {
  id: 'scope-overrides-unused',
  severity: 'warning',
  source: 'runtime',
  group: 'config',
  summary:
    '`settings.scope_overrides` was a v2.1 key; the v3 runtime has no reader for it, so the overrides it holds do nothing.',
  example: {
    bad: '{ "version": "3.0", "settings": { "scope_overrides": { "crm": "read" } } }',
    good: '{ "version": "3.0", "settings": {} }'
  }
}

const EMPTY_CONFIG: RuleInfo = {
  id: 'empty-config',
  severity: 'notice',
  source: 'project',
  group: 'config',
  summary: 'A config with no entities and no flows is valid but does nothing.',
  example: {
    bad: '{ "version": "3.0" }',
    good: `{
  "version": "3.0",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }]
}`
  }
}

/** The rules about the config as a whole. */
export const ROOT_RULES: readonly RuleInfo[] = [
  SCOPE_OVERRIDES_UNUSED,
  EMPTY_CONFIG
]

/** Checks the top-level keys, the settings and whether the config does anything. */
export function checkRoot(view: ConfigView, out: Problem[]): void {
  const { config } = view
  checkUnknownKeys(out, view.suggest, config, '', ROOT_KEYS, 'the config')
  const { settings } = config
  if (isObject(settings) && has(settings, 'scope_overrides')) {
    out.push({
      rule: SCOPE_OVERRIDES_UNUSED.id,
      message:
        '"settings.scope_overrides" is a v2.1 key that nothing reads in v3, so its overrides do nothing: remove it',
      pointer: '/settings/scope_overrides',
      at: 'key'
    })
  }
  if (isEmptyList(config.entities) && isEmptyList(config.flows)) {
    out.push({
      rule: EMPTY_CONFIG.id,
      message:
        'this config has no entities and no flows, so it does nothing: add the entities it syncs and the flows that write them',
      pointer: ''
    })
  }
}

/** Absent or `[]`: a list that holds nothing (a wrong type is another rule's). */
function isEmptyList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0)
}
