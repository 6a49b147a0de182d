import type { Problem, Severity } from '../../src/findings/finding.js'
import { checkConfig } from '../../src/rules/index.js'
import { ruleInfo } from '../../src/rules/registry.js'

/** A problem as a test states it, with its final severity. */
export interface Expected {
  rule: string
  severity: Severity
  pointer: string
  message: string
  at?: 'key'
  suggestion?: string
  backendMessage?: string
}

/** The problems a config raises, each with its final severity. */
export function problemsOf(
  config: Record<string, unknown>,
  rule?: string
): Expected[] {
  return checkConfig(config)
    .filter((problem) => rule === undefined || problem.rule === rule)
    .map(expected)
}

/** Asserts the problems of one rule that a config raises, exactly. */
export function expectProblems(
  config: Record<string, unknown>,
  rule: string,
  ...problems: Expected[]
): void {
  expect(problemsOf(config, rule)).toEqual(problems)
}

/** Asserts that a config raises no problem of this rule. */
export function expectClean(
  config: Record<string, unknown>,
  rule?: string
): void {
  expect(problemsOf(config, rule)).toEqual([])
}

function expected(problem: Problem): Expected {
  const result: Expected = {
    rule: problem.rule,
    severity: problem.severity ?? ruleInfo(problem.rule).severity,
    pointer: problem.pointer,
    message: problem.message
  }
  if (problem.at === 'key') result.at = 'key'
  if (problem.suggestion !== undefined) result.suggestion = problem.suggestion
  if (problem.backendMessage !== undefined)
    result.backendMessage = problem.backendMessage
  return result
}

type Json = Record<string, unknown>

/** An entity with a name and schemas (by default one `hubspot` schema). */
export function entity(
  name: string,
  schemas: Json = { hubspot: {} },
  extra: Json = {}
): Json {
  return { name, schemas, ...extra }
}

/** A flow on stripe's customer.updated, with the given steps. */
export function flow(name: string, steps: unknown, extra: Json = {}): Json {
  return {
    name,
    source: 'stripe',
    event_type: 'customer.updated',
    steps,
    ...extra
  }
}

/** A clean step that skips, for flows that need one. */
export const SKIP = { id: 'skip', action: 'skip' }

/** The usual entity of the step tests: company, with hubspot and canonical. */
export const COMPANY = entity('company', { hubspot: {}, canonical: {} })

/** A config whose one flow `sync` has these steps. */
export function withSteps(
  steps: unknown[],
  {
    version = '3.0',
    entities = [COMPANY]
  }: { version?: string; entities?: unknown[] } = {}
): Json {
  return { version, entities, flows: [flow('sync', steps)] }
}

/** A config whose one entity `company` has these schemas. */
export function withSchemas(schemas: Json): Json {
  return { version: '3.0', entities: [entity('company', schemas)] }
}

const ODD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  2.5,
  '',
  'x',
  '$',
  'hubspot',
  'canonical',
  '__proto__',
  'constructor',
  'upsert_many',
  'associate',
  [],
  [null],
  {},
  { __proto__: null }
]

/** A config of the right shape with an odd value in random places. */
export function oddConfig(next: () => number): Record<string, unknown> {
  const pick = (): unknown => ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]
  const maybe = (value: unknown): unknown => (next() < 0.3 ? pick() : value)
  const step = {
    id: maybe('s'),
    action: maybe(
      ['upsert', 'find', 'transform', 'post', 'upsert_many'][
        Math.floor(next() * 5)
      ]
    ),
    entity: maybe('company'),
    target: maybe('hubspot'),
    to_schema: maybe('canonical'),
    data: maybe('$.payload'),
    items: maybe('$.items'),
    chunk_size: maybe(10),
    when: maybe({})
  }
  const schema = {
    object_type: maybe('companies'),
    identity: maybe({
      strategy: maybe('match_or_create'),
      property: maybe('domain')
    }),
    identity_source_path: maybe('$.payload.id'),
    field_mappings: maybe([maybe({ source: maybe('$.a'), target: maybe('a') })])
  }
  return {
    version: maybe('3.0'),
    entities: maybe([
      maybe({
        name: maybe('company'),
        schemas: maybe({ hubspot: maybe(schema) })
      })
    ]),
    flows: maybe([
      maybe({
        name: maybe('sync'),
        source: maybe('stripe'),
        event_type: maybe('e'),
        enabled: maybe(true),
        event_type_from: maybe(null),
        steps: maybe([maybe(step), maybe(step)])
      })
    ]),
    settings: maybe({})
  }
}
