import { checkConfig, entityModes } from '../../src/rules/index.js'
import { entity, expectClean, expectProblems, withSchemas } from './helpers.js'

describe('duplicate-entity-name', () => {
  test('the second entity of a name is reported at its name', () => {
    const config = {
      version: '3.0',
      entities: [entity('company'), entity('contact'), entity('company')]
    }
    expectProblems(config, 'duplicate-entity-name', {
      rule: 'duplicate-entity-name',
      severity: 'error',
      pointer: '/entities/2/name',
      message:
        'entity name "company" is already used by entities[0]: entity names must be unique, rename one of them',
      backendMessage: 'entity names must be unique within a config'
    })
  })

  test('each later duplicate is reported against the first', () => {
    const config = {
      version: '3.0',
      entities: [entity('a'), entity('a'), entity('a')]
    }
    expect(
      checkConfig(config)
        .filter((p) => p.rule === 'duplicate-entity-name')
        .map((p) => p.pointer)
    ).toEqual(['/entities/1/name', '/entities/2/name'])
  })

  test('names differing in case are distinct', () => {
    expectClean(
      { version: '3.0', entities: [entity('company'), entity('Company')] },
      'duplicate-entity-name'
    )
  })
})

describe('unknown-entity-key', () => {
  test('a mode key is rejected, and the message says the derived mode', () => {
    const config = {
      version: '3.0',
      entities: [entity('company', { hubspot: {} }, { mode: 'federated' })]
    }
    expectProblems(config, 'unknown-entity-key', {
      rule: 'unknown-entity-key',
      severity: 'error',
      pointer: '/entities/0/mode',
      at: 'key',
      message:
        'entity "company" has a "mode" key, which entities do not accept: remove it; the mode is derived from the schemas (this entity is simple)',
      backendMessage: 'Extra inputs are not permitted'
    })
  })

  test('a misspelt key suggests the closest entity key', () => {
    const config = {
      version: '3.0',
      entities: [{ name: 'company', schemas: { hubspot: {} }, schema: {} }]
    }
    expectProblems(config, 'unknown-entity-key', {
      rule: 'unknown-entity-key',
      severity: 'error',
      pointer: '/entities/0/schema',
      at: 'key',
      message:
        'entity "company" has a key "schema", which entities do not accept (only "name" and "schemas"); did you mean "schemas"?',
      suggestion: 'schemas',
      backendMessage: 'Extra inputs are not permitted'
    })
  })

  test('an unrelated key is to be removed; an unnamed entity is named by place', () => {
    const config = { version: '3.0', entities: [{ schemas: {}, owner: 'x' }] }
    expectProblems(config, 'unknown-entity-key', {
      rule: 'unknown-entity-key',
      severity: 'error',
      pointer: '/entities/0/owner',
      at: 'key',
      message:
        'entities[0] has a key "owner", which entities do not accept (only "name" and "schemas"): remove it',
      backendMessage: 'Extra inputs are not permitted'
    })
  })

  test('name and schemas pass', () => {
    expectClean(withSchemas({ hubspot: {} }), 'unknown-entity-key')
  })
})

describe('empty-entity-schemas', () => {
  test('an empty schemas object is reported at schemas', () => {
    expectProblems(withSchemas({}), 'empty-entity-schemas', {
      rule: 'empty-entity-schemas',
      severity: 'warning',
      pointer: '/entities/0/schemas',
      message:
        'entity "company" has no schemas, so no step can read or write it: add one, e.g. "hubspot": {}'
    })
  })

  test('one schema is enough', () => {
    expectClean(withSchemas({ salesforce: {} }), 'empty-entity-schemas')
  })
})

describe('unknown-key in a schema', () => {
  test('a misspelt schema key suggests the closest', () => {
    expectProblems(
      withSchemas({ hubspot: { objet_type: 'companies' } }),
      'unknown-key',
      {
        rule: 'unknown-key',
        severity: 'warning',
        pointer: '/entities/0/schemas/hubspot/objet_type',
        at: 'key',
        message:
          'schema "hubspot" of entity "company" has an unknown key "objet_type", which the backend keeps but nothing reads; did you mean "object_type"?',
        suggestion: 'object_type'
      }
    )
  })

  test('the documented keys pass', () => {
    const schema = {
      object_type: '0-2',
      identity: { strategy: 'match_or_create', property: 'domain' },
      identity_source_path: '$.payload.id',
      identity_response_path: '$.id',
      field_mappings: [{ source: '$.payload.name', target: 'name' }]
    }
    expectClean(withSchemas({ hubspot: schema }))
  })
})

describe('entityModes', () => {
  test('one hubspot schema is simple; anything else is federated', () => {
    const config = {
      version: '3.0',
      entities: [
        entity('simple', { hubspot: {} }),
        entity('two', { hubspot: {}, canonical: {} }),
        entity('other', { salesforce: {} }),
        entity('none', {}),
        entity('broken', 'x' as never),
        { schemas: { hubspot: {} } },
        'not an entity'
      ]
    }
    expect(entityModes(config)).toEqual([
      { name: 'simple', mode: 'simple', pointer: '/entities/0' },
      { name: 'two', mode: 'federated', pointer: '/entities/1' },
      { name: 'other', mode: 'federated', pointer: '/entities/2' },
      { name: 'none', mode: 'federated', pointer: '/entities/3' },
      { name: 'broken', mode: 'federated', pointer: '/entities/4' }
    ])
  })

  test('a config without entities has no modes', () => {
    expect(entityModes({ version: '3.0', entities: 5 })).toEqual([])
  })
})
