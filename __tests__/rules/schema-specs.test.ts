import { expectClean, expectProblems, withSchemas } from './helpers.js'

const identity = (value: unknown) =>
  withSchemas({ hubspot: { identity: value } })
const mappings = (value: unknown) =>
  withSchemas({ hubspot: { field_mappings: value } })

describe('undocumented-identity-strategy', () => {
  test('a near miss suggests match_or_create', () => {
    expectProblems(
      identity({ strategy: 'match_or_creat', property: 'domain' }),
      'undocumented-identity-strategy',
      {
        rule: 'undocumented-identity-strategy',
        severity: 'notice',
        pointer: '/entities/0/schemas/hubspot/identity/strategy',
        message:
          'the identity of schema "hubspot" of entity "company" uses strategy "match_or_creat", which is not a documented strategy; the documented one is "match_or_create"; did you mean "match_or_create"?',
        suggestion: 'match_or_create'
      }
    )
  })

  test('another strategy is a notice without suggestion', () => {
    expectProblems(
      identity({ strategy: 'create_only' }),
      'undocumented-identity-strategy',
      {
        rule: 'undocumented-identity-strategy',
        severity: 'notice',
        pointer: '/entities/0/schemas/hubspot/identity/strategy',
        message:
          'the identity of schema "hubspot" of entity "company" uses strategy "create_only", which is not a documented strategy; the documented one is "match_or_create"'
      }
    )
  })

  test('match_or_create passes', () => {
    expectClean(
      identity({ strategy: 'match_or_create', property: 'domain' }),
      'undocumented-identity-strategy'
    )
  })
})

describe('identity-missing-property', () => {
  test.each([
    [{ strategy: 'match_or_create' }],
    [{ strategy: 'match_or_create', property: null }]
  ])('%j is reported at the identity', (value) => {
    expectProblems(identity(value), 'identity-missing-property', {
      rule: 'identity-missing-property',
      severity: 'warning',
      pointer: '/entities/0/schemas/hubspot/identity',
      message:
        'the identity of schema "hubspot" of entity "company" uses "match_or_create" without "property", so it has nothing to match records on: add the target property to look up, e.g. "property": "domain"'
    })
  })

  test('with a property it passes', () => {
    expectClean(
      identity({ strategy: 'match_or_create', property: 'hs_tax_id' }),
      'identity-missing-property'
    )
  })
})

describe('unknown-key in an identity and a mapping', () => {
  test('an identity key is checked against strategy and property', () => {
    expectProblems(
      identity({ strategy: 'match_or_create', proprety: 'domain' }),
      'unknown-key',
      {
        rule: 'unknown-key',
        severity: 'warning',
        pointer: '/entities/0/schemas/hubspot/identity/proprety',
        at: 'key',
        message:
          'the identity of schema "hubspot" of entity "company" has an unknown key "proprety", which the backend keeps but nothing reads; did you mean "property"?',
        suggestion: 'property'
      }
    )
  })

  test('a mapping key is checked against source and target', () => {
    expectProblems(
      mappings([{ source: '$.payload.a', taget: 'a' }]),
      'unknown-key',
      {
        rule: 'unknown-key',
        severity: 'warning',
        pointer: '/entities/0/schemas/hubspot/field_mappings/0/taget',
        at: 'key',
        message:
          'field_mappings[0] of schema "hubspot" of entity "company" has an unknown key "taget", which the backend keeps but nothing reads; did you mean "target"?',
        suggestion: 'target'
      }
    )
  })
})

describe('mapping-missing-field', () => {
  test('a mapping without target', () => {
    expectProblems(
      mappings([{ source: '$.payload.name' }]),
      'mapping-missing-field',
      {
        rule: 'mapping-missing-field',
        severity: 'warning',
        pointer: '/entities/0/schemas/hubspot/field_mappings/0',
        message:
          'field_mappings[0] of schema "hubspot" of entity "company" has no "target", so it copies nothing: add "target", the property to write'
      }
    )
  })

  test('a mapping with a null source', () => {
    expectProblems(
      mappings([{ source: null, target: 'name' }]),
      'mapping-missing-field',
      {
        rule: 'mapping-missing-field',
        severity: 'warning',
        pointer: '/entities/0/schemas/hubspot/field_mappings/0',
        message:
          'field_mappings[0] of schema "hubspot" of entity "company" has no "source", so it copies nothing: add "source", where to read, e.g. "$.payload.name"'
      }
    )
  })

  test('an empty mapping lacks both, in one finding', () => {
    expectProblems(mappings([{}]), 'mapping-missing-field', {
      rule: 'mapping-missing-field',
      severity: 'warning',
      pointer: '/entities/0/schemas/hubspot/field_mappings/0',
      message:
        'field_mappings[0] of schema "hubspot" of entity "company" has no "source" or "target", so it copies nothing: add "source" (where to read, e.g. "$.payload.name") and "target" (the property to write)'
    })
  })

  test('a complete mapping passes', () => {
    expectClean(
      mappings([{ source: '$.payload.name', target: 'name' }]),
      'mapping-missing-field'
    )
  })
})

describe('duplicate-mapping-target', () => {
  test('the later mapping is reported at its target', () => {
    const list = [
      { source: '$.payload.name', target: 'name' },
      { source: '$.payload.city', target: 'city' },
      { source: '$.payload.legal_name', target: 'name' }
    ]
    expectProblems(mappings(list), 'duplicate-mapping-target', {
      rule: 'duplicate-mapping-target',
      severity: 'warning',
      pointer: '/entities/0/schemas/hubspot/field_mappings/2/target',
      message:
        'field_mappings[0] and [2] of schema "hubspot" of entity "company" both write target "name"; the later one wins: remove one or change its target'
    })
  })

  test('the same target in two schemas passes', () => {
    const config = withSchemas({
      hubspot: {
        field_mappings: [{ source: '$.canonical.name', target: 'name' }]
      },
      canonical: {
        field_mappings: [{ source: '$.payload.name', target: 'name' }]
      }
    })
    expectClean(config, 'duplicate-mapping-target')
  })
})
