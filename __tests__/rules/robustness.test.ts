import { checkConfig } from '../../src/rules/index.js'
import { isRuleId } from '../../src/rules/registry.js'
import { SKIP, entity, flow, oddConfig, withSteps } from './helpers.js'
import { random } from '../random.js'

describe('checkConfig on odd configs', () => {
  test('never throws, and every problem is registered and readable', () => {
    const next = random(42)
    let count = 0
    for (let i = 0; i < 1500; i++) {
      const config = oddConfig(next)
      const problems = checkConfig(config)
      count += problems.length
      for (const problem of problems) {
        expect(isRuleId(problem.rule)).toBe(true)
        expect(problem.message).not.toMatch(/undefined|\[object Object\]|NaN/)
        expect(problem.pointer).toMatch(/^(\/[^/]*)*$/)
      }
    }
    expect(count).toBeGreaterThan(1500)
  })

  test.each([
    ['steps: 5', { version: '3.0', flows: [{ steps: 5 }] }],
    ['entities: "x"', { version: '3.0', entities: 'x' }],
    [
      'null everywhere',
      { version: null, entities: null, flows: null, settings: null }
    ],
    [
      'null elements',
      { version: '3.0', entities: [null], flows: [null, { steps: [null] }] }
    ],
    ['arrays for objects', { version: '3.0', entities: [[]], flows: [[]] }]
  ])('%s gives findings, not an exception', (_name, config) => {
    expect(
      checkConfig(config as Record<string, unknown>).length
    ).toBeGreaterThan(0)
  })

  test('names of Object.prototype members are plain data', () => {
    const config = JSON.parse(`{
      "version": "3.0",
      "entities": [
        { "name": "constructor", "schemas": { "toString": {}, "__proto__": {} } },
        { "name": "__proto__", "schemas": { "hubspot": {} } }
      ],
      "flows": [{
        "name": "hasOwnProperty", "source": "s", "event_type": "e",
        "steps": [
          { "id": "a", "action": "upsert", "entity": "constructor", "target": "toString", "data": "$.a" },
          { "id": "b", "action": "upsert", "entity": "__proto__", "target": "hubspot", "data": "$.a" },
          { "id": "c", "action": "upsert", "entity": "valueOf", "target": "hubspot", "data": "$.a" }
        ]
      }]
    }`) as Record<string, unknown>
    expect(checkConfig(config).map((p) => [p.rule, p.pointer])).toEqual([
      ['unknown-entity-reference', '/flows/0/steps/2/entity']
    ])
  })

  test('never looks into settings or when, however deep', () => {
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {}
      deep.a = next
      deep = next
    }
    const config = withSteps([{ ...SKIP, when: root }])
    config.settings = root
    expect(checkConfig(config)).toEqual([])
  })

  test('quotes huge values shortly', () => {
    const name = 'n'.repeat(1_000_000)
    const config = { version: '3.0', entities: [entity(name), entity(name)] }
    const [problem] = checkConfig(config)
    expect(problem?.message).toBe(
      `entity name "${'n'.repeat(59)}…" is already used by entities[0]: entity names must be unique, rename one of them`
    )
  })
})

describe('checkConfig on large configs', () => {
  test('100,000 flows are checked in linear time', () => {
    const flows = Array.from({ length: 100_000 }, (_, i) =>
      flow(
        `f${i}`,
        [
          {
            id: 'a',
            action: 'upsert',
            entity: `e${i % 300}`,
            target: 'hubspot',
            data: '$.payload'
          }
        ],
        {
          event_type: `e${i % 50_000}`
        }
      )
    )
    const config = { version: '3.0', entities: [entity('e0')], flows }
    const started = performance.now()
    const problems = checkConfig(config)
    const elapsed = performance.now() - started
    const count = (rule: string) =>
      problems.filter((p) => p.rule === rule).length
    expect(count('overlapping-flows')).toBe(50_000)
    expect(count('unknown-entity-reference')).toBe(
      100_000 - Math.ceil(100_000 / 300)
    )
    expect(elapsed).toBeLessThan(15_000)
  })

  test('a config with thousands of unknown keys does not overflow the stack', () => {
    const config: Record<string, unknown> = {
      version: '3.0',
      entities: [entity('a')]
    }
    for (let i = 0; i < 200_000; i++) config[`k${i}`] = i
    expect(checkConfig(config).length).toBe(200_000)
  })
})
