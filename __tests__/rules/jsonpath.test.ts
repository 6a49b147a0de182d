import { checkConfig } from '../../src/rules/index.js'
import { jsonPathFault } from '../../src/rules/jsonpath.js'
import {
  expectClean,
  expectProblems,
  flow,
  SKIP,
  withSchemas,
  withSteps
} from './helpers.js'

describe('jsonPathFault', () => {
  test.each([
    '$',
    '$.payload.id',
    '$.payload.items[0].id',
    '$.payload.items[-1]',
    "$.payload['first-name']",
    '$["a b"]',
    '$..id',
    '$.payload.items[*]',
    '$.payload.items[1:3]',
    "$.payload.items[?@.type == 'x'].id",
    "$.payload.items[?(@.type=='x')].id",
    "$[?match(@.name, 'a.*')]",
    '$[?length(@.tags) > 1]',
    '$.payload.Ünïcödé',
    '$ .a'
  ])('%s is a query', (text) => {
    expect(jsonPathFault(text)).toBeUndefined()
  })

  test.each([
    [
      'payload.name',
      { reason: 'it must start with "$"', suggestion: '$.payload.name' }
    ],
    ['.payload', { reason: 'it must start with "$"', suggestion: '$.payload' }],
    [
      '@.payload',
      { reason: 'it must start with "$"', suggestion: '$.payload' }
    ],
    ['', { reason: 'it must start with "$"' }],
    ['{{payload.name}}', { reason: 'it must start with "$"' }],
    ['$.payload.', { reason: 'unexpected end of text at character 11' }],
    ['$.payload[', { reason: 'unexpected end of text at character 11' }],
    ['$.payload[name]', { reason: 'unexpected "n" at character 11' }],
    ['$.payload.0', { reason: 'unexpected "0" at character 11' }],
    ['$.payload.id ', { reason: 'unexpected end of text at character 14' }],
    [
      '$.payload.first-name',
      {
        reason:
          'unexpected "-" at character 16; a name with such characters needs brackets: $.payload[\'first-name\']',
        suggestion: "$.payload['first-name']"
      }
    ],
    [
      '$.a.é-x.b',
      {
        reason:
          'unexpected "-" at character 6; a name with such characters needs brackets: $.a[\'é-x\'].b',
        suggestion: "$.a['é-x'].b"
      }
    ],
    [
      '$.😀😀.a-b',
      {
        reason:
          'unexpected "-" at character 7; a name with such characters needs brackets: $.😀😀[\'a-b\']',
        suggestion: "$.😀😀['a-b']"
      }
    ],
    [
      '$[?foo(@)]',
      {
        reason:
          '"foo" is not a JSONPath function (RFC 9535 has length, count, match, search and value)'
      }
    ],
    ['$[?match(@.a)]', { reason: 'match() takes 2 arguments, not 1' }],
    [
      '$[9007199254740992]',
      { reason: 'index 9007199254740992 is out of range (at most 2^53 - 1)' }
    ]
  ])('%j is not a query', (text, fault) => {
    expect(jsonPathFault(text)).toEqual(fault)
  })

  test('a deeply nested query does not overflow the stack', () => {
    const text = '$' + '[?'.repeat(5000) + '@' + ']'.repeat(5000)
    expect(jsonPathFault(text)).toEqual(
      expect.objectContaining({ reason: expect.any(String) })
    )
  })
})

describe('invalid-jsonpath', () => {
  test('a mapping source without $ suggests the fix', () => {
    const config = withSchemas({
      hubspot: { field_mappings: [{ source: 'payload.name', target: 'name' }] }
    })
    expectProblems(config, 'invalid-jsonpath', {
      rule: 'invalid-jsonpath',
      severity: 'warning',
      pointer: '/entities/0/schemas/hubspot/field_mappings/0/source',
      message:
        '"source" of field_mappings[0] of schema "hubspot" of entity "company" is "payload.name", which is not a JSONPath: it must start with "$"; did you mean "$.payload.name"?',
      suggestion: '$.payload.name'
    })
  })

  test('identity paths are checked', () => {
    const config = withSchemas({
      hubspot: {
        identity_source_path: '$.payload[',
        identity_response_path: 'id'
      }
    })
    expectProblems(
      config,
      'invalid-jsonpath',
      {
        rule: 'invalid-jsonpath',
        severity: 'warning',
        pointer: '/entities/0/schemas/hubspot/identity_source_path',
        message:
          '"identity_source_path" of schema "hubspot" of entity "company" is "$.payload[", which is not valid JSONPath (RFC 9535): unexpected end of text at character 11'
      },
      {
        rule: 'invalid-jsonpath',
        severity: 'warning',
        pointer: '/entities/0/schemas/hubspot/identity_response_path',
        message:
          '"identity_response_path" of schema "hubspot" of entity "company" is "id", which is not a JSONPath: it must start with "$"; did you mean "$.id"?',
        suggestion: '$.id'
      }
    )
  })

  test('event_type_from is checked, null passes', () => {
    const config = {
      version: '3.0',
      flows: [
        flow('a', [SKIP], { event_type_from: 'type' }),
        flow('b', [SKIP], { event_type: 'x', event_type_from: null })
      ]
    }
    expectProblems(config, 'invalid-jsonpath', {
      rule: 'invalid-jsonpath',
      severity: 'warning',
      pointer: '/flows/0/event_type_from',
      message:
        '"event_type_from" of flow "a" is "type", which is not a JSONPath: it must start with "$"; did you mean "$.type"?',
      suggestion: '$.type'
    })
  })

  test('step data and items are checked; a suggestion in the reason is not repeated', () => {
    const steps = [
      {
        id: 'push',
        action: 'upsert',
        target: 'hubspot',
        entity: 'company',
        data: '$.payload.first-name'
      },
      {
        id: 'bulk',
        action: 'upsert_many',
        target: 'hubspot',
        entity: 'company',
        items: '$.payload.items['
      }
    ]
    expectProblems(
      withSteps(steps, { version: '3.1' }),
      'invalid-jsonpath',
      {
        rule: 'invalid-jsonpath',
        severity: 'warning',
        pointer: '/flows/0/steps/0/data',
        message:
          '"data" of step "push" is "$.payload.first-name", which is not valid JSONPath (RFC 9535): unexpected "-" at character 16; a name with such characters needs brackets: $.payload[\'first-name\']',
        suggestion: "$.payload['first-name']"
      },
      {
        rule: 'invalid-jsonpath',
        severity: 'warning',
        pointer: '/flows/0/steps/1/items',
        message:
          '"items" of step "bulk" is "$.payload.items[", which is not valid JSONPath (RFC 9535): unexpected end of text at character 17'
      }
    )
  })

  test('fields a step does not read are not checked as JSONPath', () => {
    const steps = [
      { id: 'n', action: 'notify', data: 'hello' },
      {
        id: 'map',
        action: 'transform',
        entity: 'company',
        to_schema: 'canonical',
        data: 'x'
      }
    ]
    expectClean(withSteps(steps), 'invalid-jsonpath')
  })

  test('valid paths pass', () => {
    const config = withSchemas({
      hubspot: {
        identity_source_path: '$.payload.id',
        identity_response_path: '$.id',
        field_mappings: [
          { source: "$.payload['first-name']", target: 'firstname' }
        ]
      }
    })
    expectClean(config, 'invalid-jsonpath')
  })
})

test('a path repeated across the config is reported at each place', () => {
  const mappings = Array.from({ length: 3 }, (_, i) => ({
    source: 'name',
    target: `t${i}`
  }))
  expect(
    checkConfig(withSchemas({ hubspot: { field_mappings: mappings } })).map(
      (p) => p.pointer
    )
  ).toEqual(
    [0, 1, 2].map(
      (i) => `/entities/0/schemas/hubspot/field_mappings/${i}/source`
    )
  )
})
