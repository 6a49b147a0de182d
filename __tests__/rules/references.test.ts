import { checkConfig } from '../../src/rules/index.js'
import {
  COMPANY,
  entity,
  expectClean,
  expectProblems,
  withSteps
} from './helpers.js'

const upsert = {
  id: 'push',
  action: 'upsert',
  target: 'hubspot',
  entity: 'company',
  data: '$.payload'
}

describe('unknown-entity-reference', () => {
  test('a misspelt entity suggests the closest and is an error', () => {
    expectProblems(
      withSteps([{ ...upsert, entity: 'compnay' }]),
      'unknown-entity-reference',
      {
        rule: 'unknown-entity-reference',
        severity: 'error',
        pointer: '/flows/0/steps/0/entity',
        message:
          'step "push" refers to entity "compnay", which this config does not define, so the step fails when it runs; did you mean "company"?',
        suggestion: 'company'
      }
    )
  })

  test('an unrelated name lists the entities', () => {
    const entities = [COMPANY, entity('contact')]
    expectProblems(
      withSteps([{ ...upsert, entity: 'deal' }], { entities }),
      'unknown-entity-reference',
      {
        rule: 'unknown-entity-reference',
        severity: 'error',
        pointer: '/flows/0/steps/0/entity',
        message:
          'step "push" refers to entity "deal", which this config does not define, so the step fails when it runs: its entities are "company" and "contact"'
      }
    )
  })

  test('a config without entities says so', () => {
    expect(
      checkConfig(withSteps([upsert], { entities: [] })).find(
        (p) => p.rule === 'unknown-entity-reference'
      )?.message
    ).toBe(
      'step "push" refers to entity "company", which this config does not define, so the step fails when it runs: this config defines no entity'
    )
  })

  test('a long list of entities is cut short', () => {
    const entities = Array.from({ length: 12 }, (_, i) => entity(`e${i}`))
    const message = checkConfig(
      withSteps([{ ...upsert, entity: 'nothing_like_it' }], { entities })
    ).find((p) => p.rule === 'unknown-entity-reference')?.message
    expect(message).toMatch(/its entities are "e0", "e1", .*"e9" and 2 more$/)
  })

  test('a transform refers to an entity too; notify does not', () => {
    const steps = [
      {
        id: 'map',
        action: 'transform',
        entity: 'nope',
        to_schema: 'canonical'
      },
      { id: 'note', action: 'notify', entity: 'nope' }
    ]
    expect(
      checkConfig(withSteps(steps))
        .filter((p) => p.rule === 'unknown-entity-reference')
        .map((p) => p.pointer)
    ).toEqual(['/flows/0/steps/0/entity'])
  })

  test('an existing entity passes', () => {
    expectClean(withSteps([upsert]), 'unknown-entity-reference')
  })
})

describe('unknown-schema-reference', () => {
  test('a target that is not a schema of the entity suggests the closest', () => {
    expectProblems(
      withSteps([{ ...upsert, target: 'hubspto' }]),
      'unknown-schema-reference',
      {
        rule: 'unknown-schema-reference',
        severity: 'warning',
        pointer: '/flows/0/steps/0/target',
        message:
          'step "push" has target "hubspto", but entity "company" has no "hubspto" schema (it has "hubspot" and "canonical"); did you mean "hubspot"?',
        suggestion: 'hubspot'
      }
    )
  })

  test('from_schema is checked against the entity', () => {
    const step = {
      id: 'map',
      action: 'transform',
      entity: 'company',
      from_schema: 'stripe',
      to_schema: 'canonical'
    }
    expectProblems(withSteps([step]), 'unknown-schema-reference', {
      rule: 'unknown-schema-reference',
      severity: 'warning',
      pointer: '/flows/0/steps/0/from_schema',
      message:
        'step "map" has from_schema "stripe", but entity "company" has no "stripe" schema (it has "hubspot" and "canonical"): add the schema or fix the name'
    })
  })

  test('an inherited name such as "constructor" is no schema', () => {
    expect(
      checkConfig(withSteps([{ ...upsert, target: 'constructor' }])).map(
        (p) => p.rule
      )
    ).toEqual(['unknown-schema-reference'])
  })

  test('declared schemas pass', () => {
    const step = {
      id: 'map',
      action: 'transform',
      entity: 'company',
      from_schema: 'hubspot',
      to_schema: 'canonical'
    }
    expectClean(withSteps([step, upsert]))
  })
})

describe('undeclared-canonical-schema', () => {
  test('to_schema canonical without the schema is a notice, not a warning', () => {
    const entities = [entity('company', { hubspot: {} })]
    const step = {
      id: 'map',
      action: 'transform',
      entity: 'company',
      to_schema: 'canonical'
    }
    expect(checkConfig(withSteps([step], { entities }))).toEqual([
      {
        rule: 'undeclared-canonical-schema',
        pointer: '/flows/0/steps/0/to_schema',
        message:
          'step "map" writes "to_schema": "canonical", which entity "company" does not declare; that works, but declaring a "canonical" schema documents the shape later steps read from $.canonical'
      }
    ])
  })

  test('another undeclared to_schema is a warning', () => {
    const step = {
      id: 'map',
      action: 'transform',
      entity: 'company',
      to_schema: 'canon'
    }
    expect(checkConfig(withSteps([step])).map((p) => p.rule)).toEqual([
      'unknown-schema-reference'
    ])
  })

  test('a declared canonical schema passes', () => {
    const step = {
      id: 'map',
      action: 'transform',
      entity: 'company',
      to_schema: 'canonical'
    }
    expectClean(withSteps([step]))
  })
})
