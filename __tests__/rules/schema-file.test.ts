import { readFileSync } from 'node:fs'
import { validateConnectorConfig } from '../../src/generated/validators.js'

const schema = JSON.parse(
  readFileSync(
    new URL('../../schemas/connector-config-v3.schema.json', import.meta.url),
    'utf8'
  )
) as Record<string, unknown>

/** Every schema under a `properties` keyword, with its path. */
function properties(
  node: unknown,
  path = '#'
): Array<[string, Record<string, unknown>]> {
  const found: Array<[string, Record<string, unknown>]> = []
  const stack: Array<[unknown, string]> = [[node, path]]
  while (stack.length > 0) {
    const [value, at] = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${at}/${key}`
      if (key === 'properties' && typeof child === 'object' && child !== null) {
        for (const [name, property] of Object.entries(child)) {
          found.push([
            `${childPath}/${name}`,
            property as Record<string, unknown>
          ])
        }
      }
      stack.push([child, childPath])
    }
  }
  return found
}

describe('the JSON Schema', () => {
  test('keeps its id and title', () => {
    expect(schema.$id).toBe(
      'https://app.plugsync.com/schemas/connector-config-v3.schema.json'
    )
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.title).toBe('PlugSync ConnectorConfigV3')
  })

  test('describes every property, for editors', () => {
    const all = properties(schema)
    expect(all.length).toBeGreaterThan(40)
    const undescribed = all.filter(
      ([, property]) => typeof property.description !== 'string'
    )
    expect(undescribed.map(([path]) => path)).toEqual([])
  })

  test('uses no anyOf or oneOf, so errors map to rules', () => {
    expect(JSON.stringify(schema)).not.toMatch(/"(anyOf|oneOf)"/)
  })

  test('accepts unknown keys everywhere but in an entity', () => {
    const config = {
      version: '3.0',
      extra: 1,
      entities: [
        {
          name: 'c',
          schemas: {
            hubspot: {
              extra: 1,
              identity: { extra: 1 },
              field_mappings: [{ extra: 1 }]
            }
          }
        }
      ],
      flows: [
        {
          name: 'f',
          source: 's',
          event_type: 'e',
          steps: [{ id: 'a', action: 'upsert', extra: 1 }],
          extra: 1
        }
      ],
      settings: { anything: { deep: [1] } }
    }
    expect(validateConnectorConfig(config)).toBe(true)
    expect(
      validateConnectorConfig({
        version: '3.0',
        entities: [{ name: 'c', schemas: {}, mode: 'simple' }]
      })
    ).toBe(false)
  })

  test('accepts the examples of the project', () => {
    for (const name of ['fooshop', 'compass-light']) {
      const text = readFileSync(
        new URL(`../../_examples/${name}.json`, import.meta.url),
        'utf8'
      )
      expect(validateConnectorConfig(JSON.parse(text))).toBe(true)
    }
  })
})
