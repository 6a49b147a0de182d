import { checkConfig } from '../../src/rules/index.js'
import { SKIP, expectClean, expectProblems, flow } from './helpers.js'

const config = (...flows: unknown[]) => ({ version: '3.0', flows })

describe('duplicate-flow-name', () => {
  test('the second flow of a name is reported at its name', () => {
    const flows = [
      flow('sync', [SKIP]),
      flow('sync', [SKIP], { event_type: 'customer.created' })
    ]
    expectProblems(config(...flows), 'duplicate-flow-name', {
      rule: 'duplicate-flow-name',
      severity: 'error',
      pointer: '/flows/1/name',
      message:
        'flow name "sync" is already used by flows[0]: flow names must be unique, rename one of them',
      backendMessage: 'flow names must be unique within a config'
    })
  })

  test('distinct names pass', () => {
    expectClean(
      config(flow('a', [SKIP]), flow('b', [SKIP], { event_type: 'x' })),
      'duplicate-flow-name'
    )
  })
})

describe('duplicate-step-id', () => {
  test('the second step of an id is reported at its id', () => {
    const steps = [
      SKIP,
      { id: 'note', action: 'notify' },
      { id: 'skip', action: 'notify' }
    ]
    expectProblems(config(flow('sync', steps)), 'duplicate-step-id', {
      rule: 'duplicate-step-id',
      severity: 'error',
      pointer: '/flows/0/steps/2/id',
      message:
        'step id "skip" is already used by steps[0] of flow "sync": step ids must be unique within a flow, rename one of them',
      backendMessage: 'step ids within a flow must be unique'
    })
  })

  test('the same id in two flows passes', () => {
    expectClean(
      config(flow('a', [SKIP]), flow('b', [SKIP], { event_type: 'x' })),
      'duplicate-step-id'
    )
  })
})

describe('overlapping-flows', () => {
  test('two enabled flows on one event are reported at the later, naming both', () => {
    const flows = [
      flow('first', [SKIP]),
      flow('other', [SKIP], { event_type: 'x' }),
      flow('second', [SKIP])
    ]
    expectProblems(config(...flows), 'overlapping-flows', {
      rule: 'overlapping-flows',
      severity: 'warning',
      pointer: '/flows/2/event_type',
      message:
        'flow "first" and flow "second" both handle source "stripe" and event_type "customer.updated", so every such event runs both, in that order: merge them, or disable or change one'
    })
  })

  test('flows of one name are told apart by place', () => {
    const flows = [flow('sync', [SKIP]), flow('sync', [SKIP])]
    expect(
      checkConfig(config(...flows)).find((p) => p.rule === 'overlapping-flows')
        ?.message
    ).toBe(
      'flows[0] and flows[1] both handle source "stripe" and event_type "customer.updated", so every such event runs both, in that order: merge them, or disable or change one'
    )
  })

  test('a disabled flow does not overlap; a third is compared with the first', () => {
    const flows = [
      flow('off', [SKIP], { enabled: false }),
      flow('a', [SKIP]),
      flow('b', [SKIP]),
      flow('c', [SKIP])
    ]
    expect(
      checkConfig(config(...flows))
        .filter((p) => p.rule === 'overlapping-flows')
        .map((p) => [p.pointer, p.message.slice(0, 22)])
    ).toEqual([
      ['/flows/2/event_type', 'flow "a" and flow "b" '],
      ['/flows/3/event_type', 'flow "a" and flow "c" ']
    ])
  })

  test('another source or event type passes', () => {
    const flows = [flow('a', [SKIP]), flow('b', [SKIP], { source: 'shopify' })]
    expectClean(config(...flows), 'overlapping-flows')
  })
})

describe('empty-flow', () => {
  test('a flow with no steps is reported at steps', () => {
    expectProblems(config(flow('sync', [])), 'empty-flow', {
      rule: 'empty-flow',
      severity: 'warning',
      pointer: '/flows/0/steps',
      message:
        'flow "sync" has no steps, so it does nothing: add its steps or remove the flow'
    })
  })

  test('one step is enough', () => {
    expectClean(config(flow('sync', [SKIP])), 'empty-flow')
  })
})

describe('disabled-flow', () => {
  test('enabled: false is a notice at the value', () => {
    expectProblems(
      config(flow('sync', [SKIP], { enabled: false })),
      'disabled-flow',
      {
        rule: 'disabled-flow',
        severity: 'notice',
        pointer: '/flows/0/enabled',
        message:
          'flow "sync" is disabled ("enabled": false) and will not run: remove "enabled": false when it should run'
      }
    )
  })

  test('enabled: true passes', () => {
    expectClean(
      config(flow('sync', [SKIP], { enabled: true })),
      'disabled-flow'
    )
  })
})

describe('unknown-key in a flow', () => {
  test('a misspelt flow key suggests the closest', () => {
    expectProblems(
      config(flow('sync', [SKIP], { event_typ: 'x' })),
      'unknown-key',
      {
        rule: 'unknown-key',
        severity: 'warning',
        pointer: '/flows/0/event_typ',
        at: 'key',
        message:
          'flow "sync" has an unknown key "event_typ", which the backend keeps but nothing reads; did you mean "event_type"?',
        suggestion: 'event_type'
      }
    )
  })

  test('the documented keys pass', () => {
    const full = flow('sync', [SKIP], {
      enabled: true,
      event_type_from: '$.type'
    })
    expectClean(config(full))
  })
})
