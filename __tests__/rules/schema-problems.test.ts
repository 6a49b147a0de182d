import { checkConfig } from '../../src/rules/index.js'
import {
  COMPANY,
  SKIP,
  entity,
  expectClean,
  expectProblems,
  flow,
  withSchemas,
  withSteps
} from './helpers.js'

const wrongType = (
  pointer: string,
  message: string,
  backendMessage: string
) => ({
  rule: 'wrong-type',
  severity: 'error' as const,
  pointer,
  message,
  backendMessage
})

describe('wrong-type', () => {
  test.each([
    [
      { entities: { name: 'company' } },
      '/entities',
      '"entities" is an object; it must be an array of entities',
      'Input should be a valid list'
    ],
    [
      { flows: 'x' },
      '/flows',
      '"flows" is "x"; it must be an array of flows',
      'Input should be a valid list'
    ],
    [
      { settings: [] },
      '/settings',
      '"settings" is []; it must be an object',
      'Input should be a valid dictionary'
    ],
    [
      { entities: ['company'] },
      '/entities/0',
      'entities[0] is "company"; it must be an object with "name" and "schemas"',
      'Input should be a valid dictionary or instance of EntityV3'
    ],
    [
      { entities: [{ name: 7, schemas: {} }] },
      '/entities/0/name',
      'entities[0] has "name": 7; it must be a string',
      'Input should be a valid string'
    ],
    [
      { entities: [entity('company', [] as never)] },
      '/entities/0/schemas',
      'entity "company" has "schemas": []; it must be an object',
      'Input should be a valid dictionary'
    ],
    [
      { entities: [entity('company', { hubspot: true })] },
      '/entities/0/schemas/hubspot',
      'schema "hubspot" of entity "company" is true; it must be an object',
      'Input should be a valid dictionary or instance of EntitySchemaSpec'
    ],
    [
      { entities: [entity('company', { hubspot: { object_type: 2 } })] },
      '/entities/0/schemas/hubspot/object_type',
      'schema "hubspot" of entity "company" has "object_type": 2; it must be a string or null',
      'Input should be a valid string'
    ],
    [
      { entities: [entity('company', { hubspot: { identity: 'email' } })] },
      '/entities/0/schemas/hubspot/identity',
      'schema "hubspot" of entity "company" has "identity": "email"; it must be an object or null',
      'Input should be a valid dictionary or instance of IdentityConfig'
    ],
    [
      { entities: [entity('company', { hubspot: { field_mappings: {} } })] },
      '/entities/0/schemas/hubspot/field_mappings',
      'schema "hubspot" of entity "company" has "field_mappings": {}; it must be an array of field mappings or null',
      'Input should be a valid list'
    ],
    [
      { entities: [entity('company', { hubspot: { field_mappings: [1] } })] },
      '/entities/0/schemas/hubspot/field_mappings/0',
      'field_mappings[0] of schema "hubspot" of entity "company" is 1; it must be an object with "source" and "target"',
      'Input should be a valid dictionary or instance of FieldMapping'
    ],
    [
      {
        entities: [
          entity('company', { hubspot: { identity: { property: false } } })
        ]
      },
      '/entities/0/schemas/hubspot/identity/property',
      'the identity of schema "hubspot" of entity "company" has "property": false; it must be a string or null',
      'Input should be a valid string'
    ],
    [
      { flows: [null] },
      '/flows/0',
      'flows[0] is null; it must be an object with "name", "source", "event_type" and "steps"',
      'Input should be a valid dictionary or instance of FlowV3'
    ],
    [
      { flows: [flow('sync', [SKIP], { enabled: 'yes' })] },
      '/flows/0/enabled',
      'flow "sync" has "enabled": "yes"; it must be true or false',
      'Input should be a valid boolean'
    ],
    [
      { flows: [flow('sync', [SKIP], { event_type_from: 1 })] },
      '/flows/0/event_type_from',
      'flow "sync" has "event_type_from": 1; it must be a string or null',
      'Input should be a valid string'
    ],
    [
      { flows: [flow('sync', 5)] },
      '/flows/0/steps',
      'flow "sync" has "steps": 5; it must be an array of steps',
      'Input should be a valid list'
    ],
    [
      { flows: [flow('sync', [[]])] },
      '/flows/0/steps/0',
      'steps[0] of flow "sync" is []; it must be an object with "id" and "action"',
      'Input should be a valid dictionary or instance of StepV3'
    ],
    [
      { flows: [flow('sync', [{ id: 1, action: 'skip' }])] },
      '/flows/0/steps/0/id',
      'steps[0] of flow "sync" has "id": 1; it must be a string',
      'Input should be a valid string'
    ],
    [
      { flows: [flow('sync', [{ id: 'a', action: null }])] },
      '/flows/0/steps/0/action',
      'step "a" has "action": null; it must be a string',
      'Input should be a valid string'
    ]
  ])(
    '%j gives one finding at %s',
    (parts, pointer, message, backendMessage) => {
      const config = { version: '3.0', ...parts }
      expectProblems(
        config,
        'wrong-type',
        wrongType(pointer, message, backendMessage)
      )
    }
  )

  test('an object key "__proto__" is handled as data', () => {
    const config = JSON.parse(
      '{"version":"3.0","entities":[{"name":"c","schemas":{"__proto__":5}}]}'
    ) as Record<string, unknown>
    expectProblems(
      config,
      'wrong-type',
      wrongType(
        '/entities/0/schemas/__proto__',
        'schema "__proto__" of entity "c" is 5; it must be an object',
        'Input should be a valid dictionary or instance of EntitySchemaSpec'
      )
    )
  })

  test('nulls where the contract allows them pass', () => {
    const schema = {
      object_type: null,
      identity: null,
      identity_source_path: null,
      field_mappings: null
    }
    expectClean(withSchemas({ hubspot: schema }), 'wrong-type')
  })
})

describe('missing-required-field', () => {
  test('all missing fields of a flow are one finding, at the flow', () => {
    expectProblems(
      { version: '3.0', flows: [{ name: 'sync', steps: [SKIP] }] },
      'missing-required-field',
      {
        rule: 'missing-required-field',
        severity: 'error',
        pointer: '/flows/0',
        message:
          'flow "sync" has no "source" or "event_type", which a flow requires: add them',
        backendMessage: 'Field required'
      }
    )
  })

  test('an entity without schemas', () => {
    expectProblems(
      { version: '3.0', entities: [{ name: 'company' }] },
      'missing-required-field',
      {
        rule: 'missing-required-field',
        severity: 'error',
        pointer: '/entities/0',
        message:
          'entity "company" has no "schemas", which an entity requires: add it',
        backendMessage: 'Field required'
      }
    )
  })

  test('a step without id or action', () => {
    expectProblems(withSteps([{}]), 'missing-required-field', {
      rule: 'missing-required-field',
      severity: 'error',
      pointer: '/flows/0/steps/0',
      message:
        'steps[0] of flow "sync" has no "id" or "action", which a step requires: add them',
      backendMessage: 'Field required'
    })
  })

  test('a flow with everything passes', () => {
    expectClean(
      { version: '3.0', entities: [COMPANY], flows: [flow('sync', [SKIP])] },
      'missing-required-field'
    )
  })
})

describe('schema errors', () => {
  const broken = {
    version: 3.2,
    entities: [
      null,
      { mode: 'simple' },
      entity('c', { hubspot: { identity: 5, field_mappings: [{ source: 1 }] } })
    ],
    flows: [
      {
        steps: [
          5,
          { id: 'a', action: 'upsert_many', chunk_size: -1, items: 2 },
          { action: 'nope', when: 3 }
        ]
      },
      flow('sync', 'x', { enabled: null, event_type_from: 'bad' })
    ],
    settings: 5
  }

  test('never show raw validator text', () => {
    const messages = checkConfig(broken).map((p) => p.message)
    for (const message of messages) {
      expect(message).not.toMatch(
        /must match|must be equal to|must have required property|must NOT|anyOf|oneOf|allowedValues|#\/|\$defs/
      )
    }
    expect(messages.length).toBeGreaterThan(10)
  })

  test('give at most one finding per rule and place', () => {
    const keys = checkConfig(broken).map(
      (p) => `${p.rule} ${p.at ?? ''} ${p.pointer}`
    )
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('give one finding per place for a wrong type, whatever else fails there', () => {
    const pointers = checkConfig(broken)
      .filter((p) => p.pointer.startsWith('/flows/0/steps/0'))
      .map((p) => `${p.rule} ${p.pointer}`)
    expect(pointers).toEqual(['wrong-type /flows/0/steps/0'])
  })
})
