import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import ajvErrors from 'ajv-errors'
import type { ErrorObject } from 'ajv'
import { validateConnectorConfig } from '../../src/generated/validators.js'
import {
  compiledSchema,
  inlineRefs,
  withoutPatterns
} from '../../scripts/schema-source.mjs'
import { oddConfig } from './helpers.js'
import { random } from '../random.js'

const written = JSON.parse(
  readFileSync(
    new URL('../../schemas/connector-config-v3.schema.json', import.meta.url),
    'utf8'
  )
) as Record<string, unknown>

/** The schema as written, less its patterns, compiled here by ajv. */
function compileWritten() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, messages: true })
  ajvErrors.default(ajv)
  return ajv.compile(withoutPatterns(written))
}

/** What an error says, and where: all that the engine reads of it. */
function said(errors: readonly ErrorObject[] | null | undefined) {
  return (errors ?? []).map((error) => ({
    at: error.instancePath,
    keyword: error.keyword,
    message: error.message,
    inner:
      error.keyword === 'errorMessage'
        ? (error.params.errors as ErrorObject[]).map((inner) => [
            inner.instancePath,
            inner.keyword,
            inner.message
          ])
        : []
  }))
}

/** The `$ref`s left in a schema. */
function refsIn(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' ? [value as string] : refsIn(value)
  )
}

describe('the schema the validators are compiled from', () => {
  test('keeps as references only the flows and the steps', () => {
    const compiled = compiledSchema(written)
    expect([...new Set(refsIn(compiled))].sort()).toEqual([
      '#/$defs/Flow',
      '#/$defs/Step'
    ])
  })

  test('turns a reference next to other keywords into a member of allOf', () => {
    const root = {
      $defs: { Leaf: { type: 'string' }, Named: { $ref: '#/$defs/Leaf' } },
      properties: {
        a: { description: 'alone', $ref: '#/$defs/Named' },
        b: { $ref: '#/$defs/Leaf', maxLength: 3, allOf: [{ minLength: 1 }] }
      }
    }
    expect(inlineRefs(root, root).properties).toEqual({
      a: { type: 'string' },
      b: { maxLength: 3, allOf: [{ minLength: 1 }, { type: 'string' }] }
    })
  })

  test('refuses a reference it cannot inline', () => {
    const root = { properties: { a: { $ref: 'other.json#/a' } } }
    expect(() => inlineRefs(root, root)).toThrow(
      'compile-schemas: cannot inline the $ref other.json#/a'
    )
  })

  test('reports what the schema as written reports, error for error, on 2,000 odd configs', () => {
    const reference = compileWritten()
    const next = random(7)
    let errors = 0
    for (let i = 0; i < 2000; i++) {
      const config = oddConfig(next)
      const valid = validateConnectorConfig(config)
      expect(reference(config)).toBe(valid)
      expect(said(validateConnectorConfig.errors)).toEqual(
        said(reference.errors)
      )
      errors += reference.errors?.length ?? 0
    }
    expect(errors).toBeGreaterThan(2000)
  })
})
