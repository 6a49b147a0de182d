import type { Problem } from '../findings/finding.js'
import { isObject, type JsonObject } from '../config/normalise.js'
import type { Suggest } from './did-you-mean.js'
import { didYouMean, noneOf, quote } from './describe.js'
import { FirstSeen } from './first-seen.js'
import { childPointer } from './pointer.js'
import type { RuleInfo } from './rule.js'
import { checkUnknownKeys, hasOnlyKeys } from './unknown-keys.js'
import type { ConfigView, SchemaView } from './view.js'

const MATCH_OR_CREATE = 'match_or_create'

const UNDOCUMENTED_IDENTITY_STRATEGY: RuleInfo = {
  id: 'undocumented-identity-strategy',
  severity: 'notice',
  source: 'project',
  group: 'config',
  summary:
    'An identity strategy other than `match_or_create`, the one documented strategy; it may be right, but nothing public says what it does.',
  example: {
    bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "identity": { "strategy": "match", "property": "domain" } } }
  }]
}`,
    good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "identity": { "strategy": "match_or_create", "property": "domain" } } }
  }]
}`
  }
}

const IDENTITY_MISSING_PROPERTY: RuleInfo = {
  id: 'identity-missing-property',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    '`match_or_create` without `property`: the strategy looks records up by that property, so without it nothing can match.',
  example: {
    bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "identity": { "strategy": "match_or_create" } } }
  }]
}`,
    good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "identity": { "strategy": "match_or_create", "property": "domain" } } }
  }]
}`
  }
}

const MAPPING_MISSING_FIELD: RuleInfo = {
  id: 'mapping-missing-field',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'A field mapping without `source` or without `target`: it cannot copy anything.',
  example: {
    bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [{ "source": "$.payload.name" }] } }
  }]
}`,
    good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [{ "source": "$.payload.name", "target": "name" }] } }
  }]
}`
  }
}

const DUPLICATE_MAPPING_TARGET: RuleInfo = {
  id: 'duplicate-mapping-target',
  severity: 'warning',
  source: 'project',
  group: 'config',
  summary:
    'Two field mappings of one schema write the same target property; the later one wins, so the earlier one is dead.',
  example: {
    bad: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [
      { "source": "$.payload.name", "target": "name" },
      { "source": "$.payload.legal_name", "target": "name" }
    ] } }
  }]
}`,
    good: `{
  "version": "3.0",
  "entities": [{
    "name": "company",
    "schemas": { "hubspot": { "field_mappings": [
      { "source": "$.payload.name", "target": "name" },
      { "source": "$.payload.legal_name", "target": "legal_name" }
    ] } }
  }]
}`
  }
}

/** The rules about identities and field mappings. */
export const SCHEMA_SPEC_RULES: readonly RuleInfo[] = [
  UNDOCUMENTED_IDENTITY_STRATEGY,
  IDENTITY_MISSING_PROPERTY,
  MAPPING_MISSING_FIELD,
  DUPLICATE_MAPPING_TARGET
]

/** Checks the identity and the field mappings of every schema. */
export function checkSchemaSpecs(view: ConfigView, out: Problem[]): void {
  for (const schema of view.schemas) {
    checkIdentity(schema, view.suggest, out)
    checkMappings(schema, view.suggest, out)
  }
}

function checkIdentity(
  schema: SchemaView,
  suggest: Suggest,
  out: Problem[]
): void {
  const identity = schema.value.identity
  if (!isObject(identity)) return
  // Built only for an identity with a problem.
  const pointer = () => childPointer(schema.pointer, 'identity')
  const owner = () => `the identity of ${schema.label}`
  if (!hasOnlyKeys(identity, IDENTITY_KEYS)) {
    checkUnknownKeys(out, suggest, identity, pointer(), IDENTITY_KEYS, owner())
  }
  const { strategy } = identity

  if (typeof strategy === 'string' && strategy !== MATCH_OR_CREATE) {
    const suggestion = suggest(strategy, [MATCH_OR_CREATE])
    const problem: Problem = {
      rule: UNDOCUMENTED_IDENTITY_STRATEGY.id,
      message: `${owner()} uses strategy ${quote(strategy)}, which is not a documented strategy; the documented one is "match_or_create"${didYouMean(suggestion)}`,
      pointer: childPointer(pointer(), 'strategy')
    }
    if (suggestion !== undefined) problem.suggestion = suggestion
    out.push(problem)
  }
  if (
    strategy === MATCH_OR_CREATE &&
    (identity.property === undefined || identity.property === null)
  ) {
    out.push({
      rule: IDENTITY_MISSING_PROPERTY.id,
      message: `${owner()} uses "match_or_create" without "property", so it has nothing to match records on: add the target property to look up, e.g. "property": "domain"`,
      pointer: pointer()
    })
  }
}

function checkMappings(
  schema: SchemaView,
  suggest: Suggest,
  out: Problem[]
): void {
  const mappings = schema.value.field_mappings
  if (!Array.isArray(mappings)) return
  // Places and labels are built only for a mapping with a problem.
  const pointerOf = (index: number) =>
    childPointer(childPointer(schema.pointer, 'field_mappings'), index)
  const labelOf = (index: number) =>
    `field_mappings[${index}] of ${schema.label}`
  const targets = new FirstSeen()
  for (let index = 0; index < mappings.length; index++) {
    const mapping: unknown = mappings[index]
    if (!isObject(mapping)) continue
    if (!hasOnlyKeys(mapping, MAPPING_KEYS)) {
      const [pointer, label] = [pointerOf(index), labelOf(index)]
      checkUnknownKeys(out, suggest, mapping, pointer, MAPPING_KEYS, label)
    }
    // Named, not keyed, reads: the rules' hottest loop on a large config.
    const { source, target } = mapping
    if (isNullish(source) || isNullish(target)) {
      out.push(missingMappingFields(mapping, labelOf(index), pointerOf(index)))
    }

    if (typeof target !== 'string') continue
    const first = targets.firstIndex(target, index)
    if (first === -1) continue
    out.push({
      rule: DUPLICATE_MAPPING_TARGET.id,
      message: `field_mappings[${first}] and [${index}] of ${schema.label} both write target ${quote(target)}; the later one wins: remove one or change its target`,
      pointer: childPointer(pointerOf(index), 'target')
    })
  }
}

const IDENTITY_KEYS: readonly string[] = ['strategy', 'property']
const MAPPING_KEYS: readonly string[] = ['source', 'target']

function isMissing(mapping: JsonObject, key: string): boolean {
  return isNullish(mapping[key])
}

function isNullish(value: unknown): boolean {
  return value === undefined || value === null
}

function missingMappingFields(
  mapping: JsonObject,
  label: string,
  pointer: string
): Problem {
  const missing = MAPPING_KEYS.filter((key) => isMissing(mapping, key))
  return {
    rule: MAPPING_MISSING_FIELD.id,
    message: `${label} has ${noneOf(missing)}, so it copies nothing: ${missingFix(missing)}`,
    pointer
  }
}

function missingFix(missing: readonly string[]): string {
  if (missing.length === 2) {
    return 'add "source" (where to read, e.g. "$.payload.name") and "target" (the property to write)'
  }
  return missing[0] === 'source'
    ? 'add "source", where to read, e.g. "$.payload.name"'
    : 'add "target", the property to write'
}
