import { checkConfig } from '../../src/rules/index.js'
import {
  COMPANY,
  entity,
  expectClean,
  expectProblems,
  withSteps
} from './helpers.js'

const ACTIONS =
  "['associate_many', 'create', 'create_many', 'delete', 'delete_many', 'find', 'notify', 'plugin', 'post', 'skip', 'transform', 'update', 'update_many', 'upsert', 'upsert_many']"

const upsert = {
  id: 'push',
  action: 'upsert',
  target: 'hubspot',
  entity: 'company',
  data: '$.payload'
}

describe('unknown-action', () => {
  test('a misspelt action suggests the closest and carries the backend message', () => {
    expectProblems(
      withSteps([{ ...upsert, action: 'upsertt' }]),
      'unknown-action',
      {
        rule: 'unknown-action',
        severity: 'error',
        pointer: '/flows/0/steps/0/action',
        message:
          'step "push" has action "upsertt", which is not an action; did you mean "upsert"?',
        suggestion: 'upsert',
        backendMessage: `Unknown action 'upsertt'; must be one of ${ACTIONS}`
      }
    )
  })

  test('an action like none lists all 15', () => {
    expectProblems(
      withSteps([{ id: 'x', action: 'merge' }]),
      'unknown-action',
      {
        rule: 'unknown-action',
        severity: 'error',
        pointer: '/flows/0/steps/0/action',
        message:
          'step "x" has action "merge", which is not an action: use one of "associate_many", "create", "create_many", "delete", "delete_many", "find", "notify", "plugin", "post", "skip", "transform", "update", "update_many", "upsert" and "upsert_many"',
        backendMessage: `Unknown action 'merge'; must be one of ${ACTIONS}`
      }
    )
  })

  test('associate under "3.0" asks for associate_many and version "3.1"', () => {
    expectProblems(
      withSteps([{ id: 'link', action: 'associate' }]),
      'unknown-action',
      {
        rule: 'unknown-action',
        severity: 'error',
        pointer: '/flows/0/steps/0/action',
        message:
          'step "link" has action "associate", which is reserved for a future release and rejected today: use "associate_many" and set "version": "3.1"',
        suggestion: 'associate_many',
        backendMessage: `Unknown action 'associate'; must be one of ${ACTIONS}`
      }
    )
  })

  test('associate under "3.1" asks for associate_many only', () => {
    const config = withSteps([{ id: 'link', action: 'associate' }], {
      version: '3.1'
    })
    expect(
      checkConfig(config).find((p) => p.rule === 'unknown-action')?.message
    ).toBe(
      'step "link" has action "associate", which is reserved for a future release and rejected today: use "associate_many"'
    )
  })

  test('an unknown action is one finding: its fields are not judged', () => {
    const config = withSteps([{ id: 'x', action: 'merge', entitty: 'company' }])
    expect(checkConfig(config).map((p) => p.rule)).toEqual(['unknown-action'])
  })

  test('every documented action passes', () => {
    const steps = [
      'notify',
      'plugin',
      'skip',
      'upsert_many',
      'associate_many'
    ].map((action, i) => ({
      id: `s${i}`,
      action
    }))
    expectClean(withSteps(steps, { version: '3.1' }), 'unknown-action')
  })
})

describe('bulk-action-requires-3-1', () => {
  test('upsert_many under "3.0" says what to set, or the single action', () => {
    const step = {
      id: 'push',
      action: 'upsert_many',
      target: 'hubspot',
      entity: 'company',
      items: '$.payload.items'
    }
    expectProblems(withSteps([step]), 'bulk-action-requires-3-1', {
      rule: 'bulk-action-requires-3-1',
      severity: 'error',
      pointer: '/flows/0/steps/0/action',
      message:
        'step "push" uses action "upsert_many", which needs version "3.1"; this config is "3.0": set "version": "3.1" or use "upsert"'
    })
  })

  test('associate_many has no single form to fall back to', () => {
    expectProblems(
      withSteps([{ id: 'link', action: 'associate_many' }]),
      'bulk-action-requires-3-1',
      {
        rule: 'bulk-action-requires-3-1',
        severity: 'error',
        pointer: '/flows/0/steps/0/action',
        message:
          'step "link" uses action "associate_many", which needs version "3.1"; this config is "3.0": set "version": "3.1"'
      }
    )
  })

  test('under "3.1", or without a valid version, it passes', () => {
    const step = {
      id: 'del',
      action: 'delete_many',
      target: 'hubspot',
      entity: 'company'
    }
    expectClean(
      withSteps([step], { version: '3.1' }),
      'bulk-action-requires-3-1'
    )
    expectClean(withSteps([step], { version: '3' }), 'bulk-action-requires-3-1')
  })
})

describe('transform-missing-field', () => {
  test('a transform without to_schema is reported at its action', () => {
    expectProblems(
      withSteps([{ id: 'map', action: 'transform', entity: 'company' }]),
      'transform-missing-field',
      {
        rule: 'transform-missing-field',
        severity: 'error',
        pointer: '/flows/0/steps/0/action',
        message:
          'step "map" (transform) has no "to_schema": add "to_schema" (the schema to write, usually "canonical")',
        backendMessage: 'transform step requires entity and to_schema'
      }
    )
  })

  test('a transform without both is one finding; an empty string counts as missing', () => {
    expectProblems(
      withSteps([{ id: 'map', action: 'transform', entity: '' }]),
      'transform-missing-field',
      {
        rule: 'transform-missing-field',
        severity: 'error',
        pointer: '/flows/0/steps/0/action',
        message:
          'step "map" (transform) has no "entity" or "to_schema": add "entity" (the entity to transform) and "to_schema" (the schema to write, usually "canonical")',
        backendMessage: 'transform step requires entity and to_schema'
      }
    )
    expect(
      checkConfig(withSteps([{ id: 'map', action: 'transform' }])).map(
        (p) => p.rule
      )
    ).toEqual(['transform-missing-field'])
  })

  test('entity and to_schema pass', () => {
    const step = {
      id: 'map',
      action: 'transform',
      entity: 'company',
      to_schema: 'canonical'
    }
    expectClean(withSteps([step]))
  })
})

describe('step-missing-field', () => {
  test('an upsert without target is reported at its action', () => {
    const step = {
      id: 'push',
      action: 'upsert',
      entity: 'company',
      data: '$.payload'
    }
    expectProblems(withSteps([step]), 'step-missing-field', {
      rule: 'step-missing-field',
      severity: 'warning',
      pointer: '/flows/0/steps/0/action',
      message:
        'step "push" (upsert) has no "target": add "target" (the system to act on, e.g. "hubspot")'
    })
  })

  test('a delete without both', () => {
    expectProblems(
      withSteps([{ id: 'del', action: 'delete' }]),
      'step-missing-field',
      {
        rule: 'step-missing-field',
        severity: 'warning',
        pointer: '/flows/0/steps/0/action',
        message:
          'step "del" (delete) has no "entity" or "target": add "entity" (the entity it acts on) and "target" (the system to act on, e.g. "hubspot")'
      }
    )
  })

  test('steps whose fields are unknown are not judged', () => {
    const steps = ['notify', 'plugin', 'skip', 'associate_many'].map(
      (action, i) => ({ id: `s${i}`, action })
    )
    expectClean(withSteps(steps, { version: '3.1' }), 'step-missing-field')
  })
})

describe('find-target-not-hubspot', () => {
  test('a find on another system is an error at the target', () => {
    const step = {
      id: 'lookup',
      action: 'find',
      target: 'canonical',
      entity: 'company'
    }
    expectProblems(withSteps([step]), 'find-target-not-hubspot', {
      rule: 'find-target-not-hubspot',
      severity: 'error',
      pointer: '/flows/0/steps/0/target',
      message:
        'step "lookup" (find) has target "canonical", but find works only with "hubspot"; the worker fails this step with a permanent error: set "target": "hubspot"',
      suggestion: 'hubspot'
    })
    // One problem, one finding: not also an unknown schema reference.
    const salesforce = withSteps([{ ...step, target: 'salesforce' }])
    expect(checkConfig(salesforce).map((p) => p.rule)).toEqual([
      'find-target-not-hubspot'
    ])
  })

  test('a find on hubspot passes', () => {
    const step = {
      id: 'lookup',
      action: 'find',
      target: 'hubspot',
      entity: 'company'
    }
    expectClean(withSteps([step]))
  })
})

describe('post-to-hubspot', () => {
  test('a post to hubspot is reported at the target', () => {
    const step = { ...upsert, action: 'post' }
    expectProblems(withSteps([step]), 'post-to-hubspot', {
      rule: 'post-to-hubspot',
      severity: 'warning',
      pointer: '/flows/0/steps/0/target',
      message:
        'step "push" (post) has target "hubspot", but post is for other systems; HubSpot writes go through "upsert", "create" or "update": use one of those'
    })
  })

  test('a post to another system of the entity passes', () => {
    const entities = [entity('company', { hubspot: {}, erp: {} })]
    const step = { ...upsert, action: 'post', target: 'erp' }
    expectClean(withSteps([step], { entities }))
  })

  test('a post to hubspot of an entity without hubspot is still one finding', () => {
    const entities = [entity('company', { erp: {} })]
    const step = { ...upsert, action: 'post' }
    expect(
      checkConfig(withSteps([step], { entities })).map((p) => p.rule)
    ).toEqual(['post-to-hubspot'])
  })
})

test('a clean step config raises nothing', () => {
  const steps = [
    {
      id: 'map',
      action: 'transform',
      entity: 'company',
      from_schema: 'hubspot',
      to_schema: 'canonical'
    },
    upsert,
    { id: 'lookup', action: 'find', target: 'hubspot', entity: 'company' },
    {
      id: 'del',
      action: 'delete',
      target: 'hubspot',
      entity: 'company',
      when: {}
    }
  ]
  expect(checkConfig(withSteps(steps, { entities: [COMPANY] }))).toEqual([])
})
