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
