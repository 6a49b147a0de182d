import { checkConfig } from '../../src/rules/index.js'
import { expectClean, expectProblems, withSteps } from './helpers.js'

const upsert = {
  id: 'push',
  action: 'upsert',
  target: 'hubspot',
  entity: 'company',
  data: '$.payload'
}
const upsertMany = {
  id: 'push',
  action: 'upsert_many',
  target: 'hubspot',
  entity: 'company',
  items: '$.payload.items',
  chunk_size: 50,
  output: 'results',
  reconcile: true
}

describe('unknown-step-field', () => {
  test('a misspelt field suggests the closest field of the action', () => {
    expectProblems(
      withSteps([
        {
          id: 'push',
          action: 'upsert',
          target: 'hubspot',
          entitty: 'company',
          data: '$.payload'
        }
      ]),
      'unknown-step-field',
      {
        rule: 'unknown-step-field',
        severity: 'warning',
        pointer: '/flows/0/steps/0/entitty',
        at: 'key',
        message:
          'step "push" (upsert) has "entitty", which upsert does not read and the backend ignores; did you mean "entity"?',
        suggestion: 'entity'
      }
    )
  })

  test('to_shema on a transform suggests to_schema', () => {
    const step = {
      id: 'map',
      action: 'transform',
      entity: 'company',
      to_schema: 'canonical',
      to_shema: 'x'
    }
    expect(
      checkConfig(withSteps([step])).find(
        (p) => p.rule === 'unknown-step-field'
      )
    ).toMatchObject({
      pointer: '/flows/0/steps/0/to_shema',
      suggestion: 'to_schema'
    })
  })

  test("another action's field lists what the action reads", () => {
    const step = {
      id: 'del',
      action: 'delete',
      target: 'hubspot',
      entity: 'company',
      data: '$.payload'
    }
    expectProblems(withSteps([step]), 'unknown-step-field', {
      rule: 'unknown-step-field',
      severity: 'warning',
      pointer: '/flows/0/steps/0/data',
      at: 'key',
      message:
        'step "del" (delete) has "data", which delete does not read and the backend ignores: remove it (delete reads "target" and "entity")'
    })
  })

  test('a bulk field on a single action under "3.1" points to the bulk action', () => {
    const config = withSteps([{ ...upsert, chunk_size: 10 }], {
      version: '3.1'
    })
    expectProblems(config, 'unknown-step-field', {
      rule: 'unknown-step-field',
      severity: 'warning',
      pointer: '/flows/0/steps/0/chunk_size',
      at: 'key',
      message:
        'step "push" (upsert) has "chunk_size", which only bulk actions read: use "upsert_many" or remove it'
    })
  })

  test('a bulk field on a transform is to be removed', () => {
    const step = {
      id: 'map',
      action: 'transform',
      entity: 'company',
      to_schema: 'canonical',
      items: '$.a'
    }
    expect(
      checkConfig(withSteps([step], { version: '3.1' })).find(
        (p) => p.rule === 'unknown-step-field'
      )?.message
    ).toBe(
      'step "map" (transform) has "items", which only bulk actions read: remove it'
    )
  })

  test('notify, plugin, skip and associate_many accept any key', () => {
    const steps = ['notify', 'plugin', 'skip', 'associate_many'].map(
      (action, i) => ({
        id: `s${i}`,
        action,
        channel: '#sales',
        from_entity: 'company'
      })
    )
    expectClean(withSteps(steps, { version: '3.1' }), 'unknown-step-field')
  })

  test('every field of a bulk action passes under "3.1"', () => {
    expectClean(withSteps([upsertMany], { version: '3.1' }))
  })
})

describe('bulk-field-requires-3-1', () => {
  test('each bulk field under "3.0" is reported at its key', () => {
    const step = { ...upsert, items: '$.payload.items', reconcile: false }
    expectProblems(
      withSteps([step]),
      'bulk-field-requires-3-1',
      ...['items', 'reconcile'].map((key) => ({
        rule: 'bulk-field-requires-3-1',
        severity: 'warning' as const,
        pointer: `/flows/0/steps/0/${key}`,
        at: 'key' as const,
        message: `step "push" has "${key}", which only bulk actions read, and bulk actions need version "3.1"; this config is "3.0": remove it or set "version": "3.1"`
      }))
    )
    expect(checkConfig(withSteps([step])).map((p) => p.rule)).toEqual([
      'bulk-field-requires-3-1',
      'bulk-field-requires-3-1'
    ])
  })

  test('also on steps that accept any key', () => {
    expectProblems(
      withSteps([{ id: 'n', action: 'notify', output: 'x' }]),
      'bulk-field-requires-3-1',
      {
        rule: 'bulk-field-requires-3-1',
        severity: 'warning',
        pointer: '/flows/0/steps/0/output',
        at: 'key',
        message:
          'step "n" has "output", which only bulk actions read, and bulk actions need version "3.1"; this config is "3.0": remove it or set "version": "3.1"'
      }
    )
  })

  test('under "3.1" bulk fields of bulk actions pass', () => {
    expectClean(
      withSteps([upsertMany], { version: '3.1' }),
      'bulk-field-requires-3-1'
    )
  })
})

describe('invalid-step-field', () => {
  test.each([
    ['chunk_size', 0, 'a whole number of 1 or more'],
    ['chunk_size', 2.5, 'a whole number or null'],
    ['chunk_size', '10', 'a whole number or null'],
    ['reconcile', 'yes', 'true or false or null'],
    ['output', 3, 'a string or null'],
    ['items', 5, 'a string or null']
  ])('%s: %j must be %s', (key, value, expected) => {
    const config = withSteps([{ ...upsertMany, [key]: value }], {
      version: '3.1'
    })
    expectProblems(config, 'invalid-step-field', {
      rule: 'invalid-step-field',
      severity: 'warning',
      pointer: `/flows/0/steps/0/${key}`,
      message: `step "push" has "${key}": ${JSON.stringify(value)}; it must be ${expected}`
    })
  })

  test('a target that is not a string', () => {
    expectProblems(
      withSteps([{ ...upsert, target: ['hubspot'] }]),
      'invalid-step-field',
      {
        rule: 'invalid-step-field',
        severity: 'warning',
        pointer: '/flows/0/steps/0/target',
        message:
          'step "push" has "target": an array; it must be a string or null'
      }
    )
  })

  test('the types are those of the action: notify takes anything', () => {
    expectClean(
      withSteps([{ id: 'n', action: 'notify', target: 5, data: {} }]),
      'invalid-step-field'
    )
  })
})

describe('invalid-when', () => {
  test('a when that is not an object is reported at the value', () => {
    const config = withSteps([
      { id: 'a', action: 'skip', when: '$.payload.deleted' }
    ])
    expectProblems(config, 'invalid-when', {
      rule: 'invalid-when',
      severity: 'warning',
      pointer: '/flows/0/steps/0/when',
      message:
        'step "a" has "when": "$.payload.deleted"; it must be an object (a condition) or null'
    })
  })

  test('an object or null passes', () => {
    expectClean(
      withSteps([
        { id: 'a', action: 'skip', when: { field: 'x' } },
        { id: 'b', action: 'skip', when: null }
      ])
    )
  })
})
