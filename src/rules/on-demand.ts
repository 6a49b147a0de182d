import type { ValidateFunction } from 'ajv'

/**
 * The two parts of the rules that a clean config of plain JSONPaths never
 * uses: the validator that explains why a config is invalid (the lean one
 * answers for a valid config) and the RFC 9535 parser (a query of dotted
 * names and indexes is valid without one). Together they are about 190 KB
 * of code, which every start paid to compile, so the bundle keeps each in
 * a chunk of its own and loads it the first time a check asks for it
 * (issue 6, cold start).
 *
 * The rules are synchronous and a chunk loads asynchronously, so a rule
 * that needs a part not loaded yet throws `PartNotLoaded`, and `withRules`
 * loads the part and runs the check again. A check is free of effects
 * until it returns, so running it again is safe.
 */

/** Parses an RFC 9535 query; throws the parser's error on a bad one. */
export type JsonPathParser = (text: string) => unknown

let explaining: ValidateFunction | undefined
let jsonPath: JsonPathParser | undefined

/** A check asked for a part of the rules that is not loaded yet. */
export class PartNotLoaded extends Error {
  override name = 'PartNotLoaded'
  constructor(
    readonly part: string,
    readonly load: () => Promise<void>
  ) {
    super(
      `the ${part} of the rules is not loaded: run the check through withRules`
    )
  }
}

/** The validator that gathers every schema error with its message. */
export function explainingValidator(): ValidateFunction {
  if (explaining === undefined) {
    throw new PartNotLoaded('explaining validator', loadExplaining)
  }
  return explaining
}

/**
 * The JSONPath parser. Ask for it before a `try` that catches the parser's
 * errors, so that `PartNotLoaded` is not taken for one.
 */
export function jsonPathParser(): JsonPathParser {
  if (jsonPath === undefined) {
    throw new PartNotLoaded('JSONPath parser', loadJsonPath)
  }
  return jsonPath
}

async function loadExplaining(): Promise<void> {
  if (explaining !== undefined) return
  const { validateConnectorConfig } = await import('../generated/validators.js')
  explaining = validateConnectorConfig
}

async function loadJsonPath(): Promise<void> {
  if (jsonPath !== undefined) return
  const { default: parse } = await import('jsonpath-rfc9535/parser')
  jsonPath = parse
}

/** Loads every part, for a caller that runs the rules directly. */
export async function loadRules(): Promise<void> {
  await Promise.all([loadExplaining(), loadJsonPath()])
}

/**
 * Runs a synchronous check that uses the rules, loading each part it asks
 * for and running it again, as often as it asks for a new part.
 */
export async function withRules<T>(check: () => T): Promise<T> {
  const loaded = new Set<string>()
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (!(error instanceof PartNotLoaded) || loaded.has(error.part)) {
        throw error
      }
      loaded.add(error.part)
      await error.load()
    }
  }
}
