import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import ajvErrors from 'ajv-errors'
import type { ErrorObject } from 'ajv'
import { acceptsConnectorConfig } from '../../src/generated/lean-validators.js'
import { validateConnectorConfig } from '../../src/generated/validators.js'
import {
  inlineRefs,
  leanSchema,
  withoutMessages,
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

/** The keywords named `key` in a schema, not members of that name. */
function keywordsIn(node: unknown, key: string, parent = ''): number {
  if (typeof node !== 'object' || node === null) return 0
  return Object.entries(node).reduce(
    (count, [name, value]) =>
      count +
      (name === key && parent !== 'properties' ? 1 : 0) +
      keywordsIn(value, key, name),
    0
  )
}

/** A config of the examples' shape, to break in one place at a time. */
const EXAMPLE = JSON.parse(
  readFileSync(new URL('../../_examples/fooshop.json', import.meta.url), 'utf8')
) as Record<string, unknown>

describe('the lean validator', () => {
  test('is compiled with its definitions inlined but the flows and steps, and no messages', () => {
    const lean = leanSchema(written)
    expect([...new Set(refsIn(lean))].sort()).toEqual([
      '#/$defs/Flow',
      '#/$defs/Step'
    ])
    expect(keywordsIn(written, 'errorMessage')).toBeGreaterThan(20)
    expect(keywordsIn(lean, 'errorMessage')).toBe(0)
  })

  test('accepts what the explaining validator accepts, on 2,000 odd configs', () => {
    const next = random(11)
    let rejected = 0
    for (let i = 0; i < 2000; i++) {
      const config = oddConfig(next)
      const valid = validateConnectorConfig(config)
      expect(acceptsConnectorConfig(config)).toBe(valid)
      if (!valid) rejected++
    }
    expect(rejected).toBeGreaterThan(1000)
    expect(rejected).toBeLessThan(2000)
  })

  test.each([
    ['the example', (config: Record<string, unknown>) => config, true],
    [
      'a mapping without an object',
      (config: Record<string, unknown>) => withMapping(config, 'not a mapping'),
      false
    ],
    [
      'a mapping source that is a number',
      (config: Record<string, unknown>) =>
        withMapping(config, { source: 5, target: 'name' }),
      false
    ],
    [
      'a mapping source that is null',
      (config: Record<string, unknown>) =>
        withMapping(config, { source: null, target: 'name' }),
      true
    ]
  ])('answers as the explaining one for %s', (_name, change, valid) => {
    const config = change(structuredClone(EXAMPLE))
    expect(validateConnectorConfig(config)).toBe(valid)
    expect(acceptsConnectorConfig(config)).toBe(valid)
  })
})

/** The config with a mapping added to its first entity's first schema. */
function withMapping(
  config: Record<string, unknown>,
  mapping: unknown
): Record<string, unknown> {
  const entity = (config.entities as Array<Record<string, unknown>>)[0]!
  const schemas = entity.schemas as Record<string, Record<string, unknown>>
  const schema = Object.values(schemas)[0]!
  schema.field_mappings = [
    ...((schema.field_mappings as unknown[]) ?? []),
    mapping
  ]
  return config
}

describe('the schemas the validators are compiled from', () => {
  test('inline a reference next to other keywords as a member of allOf', () => {
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

  test('refuse a reference they cannot inline, rather than drop its check', () => {
    for (const ref of ['other.json#/a', '#/$defs/Missing', '#/$defs/A%20C']) {
      const root = {
        $defs: { 'A B': { type: 'string' } },
        properties: { a: { $ref: ref } }
      }
      expect(() => inlineRefs(root, root)).toThrow(
        `compile-schemas: cannot inline the $ref ${ref}`
      )
    }
  })

  test('inline a reference written percent-encoded or with escapes', () => {
    const root = {
      $defs: { 'A B': { type: 'string' }, 'a/b~c': { type: 'number' } },
      properties: {
        s: { $ref: '#/$defs/A%20B' },
        n: { $ref: '#/$defs/a~1b~0c' }
      }
    }
    expect(inlineRefs(root, root).properties).toEqual({
      s: { type: 'string' },
      n: { type: 'number' }
    })
  })

  test('leave data and member names alone', () => {
    const root = {
      $defs: { D: { type: 'string' } },
      properties: {
        $ref: { type: 'string', errorMessage: 'm' },
        c: { const: { $ref: '#/$defs/D', errorMessage: 'x', pattern: 'p' } },
        e: { enum: [{ errorMessage: 'x' }], default: { pattern: 'p' } },
        x: { examples: [{ $ref: '#/$defs/D' }] }
      }
    }
    const data = root.properties
    expect(inlineRefs(root, root).properties).toEqual(data)
    expect(withoutMessages(root).properties).toEqual({
      ...data,
      $ref: { type: 'string' }
    })
    expect(withoutPatterns(root).properties).toEqual(data)
  })

  test('drop messages and patterns, but not members of those names', () => {
    const schema = {
      errorMessage: 'x',
      pattern: '^a',
      properties: { errorMessage: { type: 'string', errorMessage: 'y' } }
    }
    expect(withoutMessages(schema)).toEqual({
      pattern: '^a',
      properties: { errorMessage: { type: 'string' } }
    })
    expect(withoutPatterns(schema)).toEqual({
      errorMessage: 'x',
      properties: { errorMessage: { type: 'string', errorMessage: 'y' } }
    })
  })

  test('give the explaining validator the errors of the schema as written, error for error, on 2,000 odd configs', () => {
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
