import { backendProblems, checkConfig } from '../../src/rules/index.js'
import { ruleInfo } from '../../src/rules/registry.js'
import { COMPANY, SKIP, entity, flow, withSteps } from './helpers.js'

const mixed = {
  version: '3.0',
  entites: [],
  entities: [COMPANY, entity('company', {}, { mode: 'simple' })],
  flows: [
    flow('sync', [
      { id: 'a', action: 'associate' },
      {
        id: 'a',
        action: 'upsert_many',
        target: 'hubspot',
        entity: 'company',
        items: '$.items'
      },
      { id: 'b', action: 'find', target: 'canonical', entity: 'nope' },
      { id: 'c', action: 'transform' }
    ]),
    flow('sync', [], { enabled: 'no' })
  ]
}

describe('backendProblems', () => {
  test('keeps exactly the problems of backend rules, in order', () => {
    expect(
      backendProblems(mixed).map((p) => [p.rule, p.pointer, p.backendMessage])
    ).toEqual([
      [
        'unknown-entity-key',
        '/entities/1/mode',
        'Extra inputs are not permitted'
      ],
      ['wrong-type', '/flows/1/enabled', 'Input should be a valid boolean'],
      [
        'duplicate-entity-name',
        '/entities/1/name',
        'entity names must be unique within a config'
      ],
      [
        'duplicate-step-id',
        '/flows/0/steps/1/id',
        'step ids within a flow must be unique'
      ],
      [
        'duplicate-flow-name',
        '/flows/1/name',
        'flow names must be unique within a config'
      ],
      [
        'unknown-action',
        '/flows/0/steps/0/action',
        "Unknown action 'associate'; must be one of ['associate_many', 'create', 'create_many', 'delete', 'delete_many', 'find', 'notify', 'plugin', 'post', 'skip', 'transform', 'update', 'update_many', 'upsert', 'upsert_many']"
      ],
      ['bulk-action-requires-3-1', '/flows/0/steps/1/action', undefined],
      [
        'transform-missing-field',
        '/flows/0/steps/3/action',
        'transform step requires entity and to_schema'
      ]
    ])
  })

  test('a config the backend takes has none, whatever the warnings', () => {
    const config = withSteps([
      SKIP,
      { id: 'x', action: 'find', target: 'canonical', entity: 'nope' }
    ])
    expect(checkConfig(config).map((p) => p.rule)).toEqual([
      'find-target-not-hubspot',
      'unknown-entity-reference'
    ])
    expect(backendProblems(config)).toEqual([])
  })
})

describe('checkConfig', () => {
  test('reports the other sources too, each rule once per place', () => {
    const sources = new Set(
      checkConfig(mixed).map((p) => ruleInfo(p.rule).source)
    )
    expect([...sources].sort()).toEqual(['backend', 'project', 'runtime'])
  })

  test('does not modify the config', () => {
    const before = JSON.stringify(mixed)
    checkConfig(mixed)
    expect(JSON.stringify(mixed)).toBe(before)
  })
})
