import {
  configsEqual,
  type Json,
  type JsonObject
} from '../../src/config/normalise.js'
import { diffConfigs, type Change } from '../../src/diff/config-diff.js'
import { config, entity, flow, largeConfig, step } from './configs.js'
import { random } from '../random.js'

/** The changes between two configs. */
function changes(before: JsonObject | null, after: JsonObject): Change[] {
  return diffConfigs(before, after).changes
}

describe('diffConfigs: no change', () => {
  test('key order, $schema and omitted defaults are not changes', () => {
    const before: JsonObject = {
      $schema: './schema.json',
      version: '3.0',
      flows: [
        {
          steps: [{ action: 'skip', id: 'a' }],
          event_type: 'e',
          source: 's',
          name: 'f'
        }
      ]
    }
    const after: JsonObject = {
      settings: {},
      entities: [],
      flows: [
        {
          name: 'f',
          source: 's',
          event_type: 'e',
          event_type_from: null,
          enabled: true,
          steps: [{ id: 'a', action: 'skip' }]
        }
      ],
      version: '3.0'
    }

    expect(diffConfigs(before, after)).toEqual({
      unchanged: true,
      firstPublish: false,
      counts: { added: 0, removed: 0, changed: 0, moved: 0 },
      changes: []
    })
  })

  test('an explicit enabled: true against an omitted one is no change', () => {
    const before = config({
      flows: [flow('f', [step('a')], { enabled: true })]
    })
    const after = config({ flows: [flow('f', [step('a')])] })

    expect(diffConfigs(before, after).unchanged).toBe(true)
  })
})

describe('diffConfigs: first publish', () => {
  test('a connector never published shows everything as new', () => {
    const after = config({
      entities: [entity('company')],
      flows: [flow('sync', [step('push', 'upsert')], { enabled: false })],
      settings: { retries: 3 }
    })

    expect(diffConfigs(null, after)).toEqual({
      unchanged: false,
      firstPublish: true,
      counts: { added: 4, removed: 0, changed: 0, moved: 0 },
      changes: [
        { kind: 'version-added', path: '/version', after: '3.1' },
        {
          kind: 'entity-added',
          path: '/entities/0',
          entity: 'company',
          mode: 'simple',
          schemas: ['hubspot']
        },
        {
          kind: 'flow-added',
          path: '/flows/0',
          flow: 'sync',
          source: 'shop',
          eventType: 'sync.event',
          steps: 1,
          enabled: false
        },
        {
          kind: 'setting-added',
          path: '/settings/retries',
          field: 'retries',
          after: 3
        }
      ]
    })
  })

  test('an empty config published for the first time is not unchanged', () => {
    const diff = diffConfigs(null, { version: '3.1' })

    expect(diff.unchanged).toBe(false)
    expect(diff.changes).toEqual([
      { kind: 'version-added', path: '/version', after: '3.1' }
    ])
  })
})

describe('diffConfigs: flows', () => {
  const flows = [flow('a'), flow('b'), flow('c')]

  test('inserting a flow at the top is one added flow', () => {
    const after = config({
      flows: [flow('new', [step('x'), step('y')]), ...flows]
    })

    expect(diffConfigs(config({ flows }), after)).toMatchObject({
      counts: { added: 1, removed: 0, changed: 0, moved: 0 },
      changes: [
        {
          kind: 'flow-added',
          path: '/flows/0',
          flow: 'new',
          source: 'shop',
          eventType: 'new.event',
          steps: 2,
          enabled: true
        }
      ]
    })
  })

  test('a removed flow points into the before config', () => {
    const after = config({ flows: [flow('a'), flow('c')] })

    expect(changes(config({ flows }), after)).toEqual([
      { kind: 'flow-removed', path: '/flows/1', flow: 'b' }
    ])
  })

  test('a renamed flow is a removal and an addition', () => {
    const after = config({ flows: [flow('a'), flow('b2'), flow('c')] })
    const renamed = { ...flow('b2'), event_type: 'b.event' }
    after.flows = [flow('a'), renamed, flow('c')]

    expect(changes(config({ flows }), after)).toEqual([
      { kind: 'flow-removed', path: '/flows/1', flow: 'b' },
      {
        kind: 'flow-added',
        path: '/flows/1',
        flow: 'b2',
        source: 'shop',
        eventType: 'b.event',
        steps: 1,
        enabled: true
      }
    ])
  })

  test('moving a flow is one move, not every flow changed', () => {
    const after = config({ flows: [flow('c'), flow('a'), flow('b')] })

    expect(diffConfigs(config({ flows }), after)).toMatchObject({
      counts: { added: 0, removed: 0, changed: 0, moved: 1 },
      changes: [
        { kind: 'flow-moved', path: '/flows/0', flow: 'c', from: 2, to: 0 }
      ]
    })
  })

  test('a flow switched off and on again', () => {
    const off = config({ flows: [flow('a', undefined, { enabled: false })] })
    const on = config({ flows: [flow('a')] })

    expect(changes(on, off)).toEqual([
      { kind: 'flow-disabled', path: '/flows/0/enabled', flow: 'a' }
    ])
    expect(changes(off, on)).toEqual([
      { kind: 'flow-enabled', path: '/flows/0/enabled', flow: 'a' }
    ])
  })

  test('a changed event type and a new event_type_from', () => {
    const after = config({
      flows: [
        flow('a', undefined, { event_type: 'x', event_type_from: '$.type' })
      ]
    })

    expect(changes(config({ flows: [flow('a')] }), after)).toEqual([
      {
        kind: 'flow-field-changed',
        path: '/flows/0/event_type',
        flow: 'a',
        field: 'event_type',
        before: 'a.event',
        after: 'x'
      },
      {
        kind: 'flow-field-changed',
        path: '/flows/0/event_type_from',
        flow: 'a',
        field: 'event_type_from',
        before: null,
        after: '$.type'
      }
    ])
  })

  test('a non-boolean enabled is a plain field change', () => {
    const after = config({ flows: [flow('a', undefined, { enabled: 'no' })] })

    expect(changes(config({ flows: [flow('a')] }), after)).toEqual([
      {
        kind: 'flow-field-changed',
        path: '/flows/0/enabled',
        flow: 'a',
        field: 'enabled',
        before: true,
        after: 'no'
      }
    ])
  })
})

describe('diffConfigs: steps', () => {
  const push = step('push', 'upsert', { entity: 'order', data: '$.payload' })
  const steps = [step('map', 'transform'), push, step('tell', 'notify')]
  const before = config({ flows: [flow('x'), flow('sync', steps)] })

  /** The changes when flow `sync` gets these steps instead. */
  function withSteps(after: Json[]): Change[] {
    return changes(before, config({ flows: [flow('x'), flow('sync', after)] }))
  }

  test('a changed step field shows its old and new value', () => {
    const changed = { ...push, data: '$.canonical' }

    expect(withSteps([steps[0]!, changed, steps[2]!])).toEqual([
      {
        kind: 'step-field-changed',
        path: '/flows/1/steps/1/data',
        flow: 'sync',
        step: 'push',
        field: 'data',
        before: '$.payload',
        after: '$.canonical'
      }
    ])
  })

  test('a removed step field points into the before config', () => {
    const withoutData = { ...push }
    delete withoutData.data

    expect(withSteps([steps[0]!, withoutData, steps[2]!])).toEqual([
      {
        kind: 'step-field-changed',
        path: '/flows/1/steps/1/data',
        flow: 'sync',
        step: 'push',
        field: 'data',
        before: '$.payload'
      }
    ])
  })

  test('a changed condition shows the nested field that changed', () => {
    const when = (equals: string) => ({ path: '$.kind', equals })
    const from = [step('a', 'skip', { when: when('x') })]
    const to = [step('a', 'skip', { when: when('y') })]
    const pair = [from, to].map((s) => config({ flows: [flow('f', s)] }))

    expect(changes(pair[0]!, pair[1]!)).toEqual([
      {
        kind: 'step-field-changed',
        path: '/flows/0/steps/0/when/equals',
        flow: 'f',
        step: 'a',
        field: 'when.equals',
        before: 'x',
        after: 'y'
      }
    ])
  })

  test('an added and a removed step', () => {
    expect(withSteps([steps[0]!, step('log', 'notify'), push])).toEqual([
      {
        kind: 'step-removed',
        path: '/flows/1/steps/2',
        flow: 'sync',
        step: 'tell'
      },
      {
        kind: 'step-added',
        path: '/flows/1/steps/1',
        flow: 'sync',
        step: 'log',
        action: 'notify',
        position: 1
      }
    ])
  })

  test('one step out of place is a step move', () => {
    expect(withSteps([steps[2]!, steps[0]!, push])).toEqual([
      {
        kind: 'step-moved',
        path: '/flows/1/steps/0',
        flow: 'sync',
        step: 'tell',
        from: 2,
        to: 0
      }
    ])
  })

  test('two steps out of place is a reorder of the flow', () => {
    const diff = diffConfigs(
      before,
      config({ flows: [flow('x'), flow('sync', [...steps].reverse())] })
    )

    expect(diff.changes).toEqual([
      {
        kind: 'steps-reordered',
        path: '/flows/1/steps',
        flow: 'sync',
        before: ['map', 'push', 'tell'],
        after: ['tell', 'push', 'map']
      }
    ])
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 1 })
  })

  test('a reorder lists only the steps on both sides', () => {
    const after = [step('tell', 'notify'), step('new'), push]

    expect(withSteps(after)).toEqual([
      {
        kind: 'step-removed',
        path: '/flows/1/steps/0',
        flow: 'sync',
        step: 'map'
      },
      {
        kind: 'step-moved',
        path: '/flows/1/steps/0',
        flow: 'sync',
        step: 'tell',
        from: 2,
        to: 0
      },
      {
        kind: 'step-added',
        path: '/flows/1/steps/1',
        flow: 'sync',
        step: 'new',
        action: 'skip',
        position: 1
      }
    ])
  })

  test('a step whose id changes is a removal and an addition', () => {
    const renamed = { ...push, id: 'write' }

    expect(withSteps([steps[0]!, renamed, steps[2]!])).toMatchObject([
      { kind: 'step-removed', path: '/flows/1/steps/1', step: 'push' },
      { kind: 'step-added', path: '/flows/1/steps/1', step: 'write' }
    ])
  })

  test('steps that are not a list change as a whole', () => {
    const after = config({ flows: [flow('x'), { ...flow('sync'), steps: {} }] })

    expect(changes(before, after)).toEqual([
      {
        kind: 'flow-field-changed',
        path: '/flows/1/steps',
        flow: 'sync',
        field: 'steps',
        before: steps,
        after: {}
      }
    ])
  })
})

describe('diffConfigs: entities', () => {
  const hubspot = {
    object_type: 'companies',
    identity: { strategy: 'match_or_create', property: 'hs_tax_id' },
    field_mappings: [
      { source: '$.payload.name', target: 'name' },
      { source: '$.payload.city', target: 'city' }
    ]
  }
  const before = config({
    entities: [entity('company', { hubspot }), entity('order')]
  })

  /** The changes when entity `company` gets these schemas instead. */
  function withSchemas(schemas: JsonObject): Change[] {
    const after = config({
      entities: [entity('company', schemas), entity('order')]
    })
    return changes(before, after)
  }

  test('adding a schema to a simple entity makes it federated', () => {
    const canonical = { field_mappings: [{ source: '$.a', target: 'a' }] }

    expect(withSchemas({ canonical, hubspot })).toEqual([
      {
        kind: 'entity-mode-changed',
        path: '/entities/0',
        entity: 'company',
        before: 'simple',
        after: 'federated'
      },
      {
        kind: 'schema-added',
        path: '/entities/0/schemas/canonical',
        entity: 'company',
        schema: 'canonical',
        fieldMappings: 1
      }
    ])
  })

  test('a single schema other than hubspot is federated', () => {
    expect(withSchemas({ fooshop: hubspot })).toEqual([
      {
        kind: 'entity-mode-changed',
        path: '/entities/0',
        entity: 'company',
        before: 'simple',
        after: 'federated'
      },
      {
        kind: 'schema-removed',
        path: '/entities/0/schemas/hubspot',
        entity: 'company',
        schema: 'hubspot'
      },
      {
        kind: 'schema-added',
        path: '/entities/0/schemas/fooshop',
        entity: 'company',
        schema: 'fooshop',
        objectType: 'companies',
        fieldMappings: 2
      }
    ])
  })

  test('a changed identity property shows the nested field', () => {
    const identity = { strategy: 'match_or_create', property: 'domain' }

    expect(withSchemas({ hubspot: { ...hubspot, identity } })).toEqual([
      {
        kind: 'schema-field-changed',
        path: '/entities/0/schemas/hubspot/identity/property',
        entity: 'company',
        schema: 'hubspot',
        field: 'identity.property',
        before: 'hs_tax_id',
        after: 'domain'
      }
    ])
  })

  test('field mappings pair by target', () => {
    const field_mappings = [
      { source: '$.payload.zip', target: 'zip' },
      { source: '$.payload.legal_name', target: 'name' }
    ]

    expect(withSchemas({ hubspot: { ...hubspot, field_mappings } })).toEqual([
      {
        kind: 'field-mapping-removed',
        path: '/entities/0/schemas/hubspot/field_mappings/1',
        entity: 'company',
        schema: 'hubspot',
        target: 'city'
      },
      {
        kind: 'field-mapping-added',
        path: '/entities/0/schemas/hubspot/field_mappings/0',
        entity: 'company',
        schema: 'hubspot',
        target: 'zip',
        source: '$.payload.zip'
      },
      {
        kind: 'field-mapping-changed',
        path: '/entities/0/schemas/hubspot/field_mappings/1/source',
        entity: 'company',
        schema: 'hubspot',
        target: 'name',
        field: 'source',
        before: '$.payload.name',
        after: '$.payload.legal_name'
      }
    ])
  })

  test('a swapped pair of field mappings is one move', () => {
    const field_mappings = [...hubspot.field_mappings].reverse()

    expect(withSchemas({ hubspot: { ...hubspot, field_mappings } })).toEqual([
      {
        kind: 'field-mapping-moved',
        path: '/entities/0/schemas/hubspot/field_mappings/0',
        entity: 'company',
        schema: 'hubspot',
        target: 'city',
        from: 1,
        to: 0
      }
    ])
  })

  test('added, removed and moved entities', () => {
    const after = config({
      entities: [
        entity('order'),
        entity('deal', { canonical: {}, hubspot: {} }),
        entity('company', { hubspot })
      ]
    })
    const diff = diffConfigs(
      config({ entities: [...(before.entities as Json[]), entity('gone')] }),
      after
    )

    expect(diff.changes).toEqual([
      {
        kind: 'entity-removed',
        path: '/entities/2',
        entity: 'gone',
        mode: 'simple'
      },
      {
        kind: 'entity-moved',
        path: '/entities/0',
        entity: 'order',
        from: 1,
        to: 0
      },
      {
        kind: 'entity-added',
        path: '/entities/1',
        entity: 'deal',
        mode: 'federated',
        schemas: ['canonical', 'hubspot']
      }
    ])
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 0, moved: 1 })
  })

  test('an entity without schemas is federated', () => {
    const after = config({ entities: [{ name: 'bare' }] })

    expect(changes(config(), after)).toEqual([
      {
        kind: 'entity-added',
        path: '/entities/0',
        entity: 'bare',
        mode: 'federated',
        schemas: []
      }
    ])
  })
})

describe('diffConfigs: version, settings and unknown keys', () => {
  test('a version change', () => {
    expect(changes(config({ version: '3.0' }), config())).toEqual([
      {
        kind: 'version-changed',
        path: '/version',
        before: '3.0',
        after: '3.1'
      }
    ])
  })

  test('settings named like Object.prototype members diff as any other key', () => {
    const before = config({ settings: { region: 'eu', valueOf: 1 } })
    const after = config({
      settings: { region: 'eu', toString: 'x', constructor: { a: 1 } }
    })

    expect(changes(before, after)).toEqual([
      {
        kind: 'setting-added',
        path: '/settings/constructor',
        field: 'constructor',
        after: { a: 1 }
      },
      {
        kind: 'setting-added',
        path: '/settings/toString',
        field: 'toString',
        after: 'x'
      },
      {
        kind: 'setting-removed',
        path: '/settings/valueOf',
        field: 'valueOf',
        before: 1
      }
    ])
  })

  test('settings diff key by key, arrays as whole values', () => {
    const before = config({
      settings: { retry: { count: 3, delays: [1, 2] }, old: true }
    })
    const after = config({
      settings: { retry: { count: 3, delays: [1, 2, 4] }, 'a/b~c': 'x' }
    })

    expect(changes(before, after)).toEqual([
      {
        kind: 'setting-added',
        path: '/settings/a~1b~0c',
        field: 'a/b~c',
        after: 'x'
      },
      {
        kind: 'setting-removed',
        path: '/settings/old',
        field: 'old',
        before: true
      },
      {
        kind: 'setting-changed',
        path: '/settings/retry/delays',
        field: 'retry.delays',
        before: [1, 2],
        after: [1, 2, 4]
      }
    ])
  })

  test('deeply nested settings do not exhaust the stack', () => {
    const nest = (depth: number, leaf: Json): Json => {
      let value = leaf
      for (let level = 0; level < depth; level++) value = { next: value }
      return value
    }
    const before = config({ settings: { deep: nest(20000, 1) } })
    const after = config({ settings: { deep: nest(20000, 2) } })

    const [change] = changes(before, after)
    expect(change).toMatchObject({ kind: 'setting-changed', after: 2 })
    expect((change as { field: string }).field.split('.')).toHaveLength(20001)
  })

  test('an unknown top-level key is a plain value change', () => {
    const after = config({ flow: [flow('typo')] })

    expect(changes(config(), after)).toEqual([
      { kind: 'value-added', path: '/flow', after: [flow('typo')] }
    ])
  })
})

describe('diffConfigs: invalid shapes do not crash', () => {
  test('duplicated flow names pair by occurrence', () => {
    const before = config({ flows: [flow('dup'), flow('dup'), flow('x')] })
    const after = config({
      flows: [flow('dup', [step('only', 'notify')]), flow('x')]
    })

    expect(changes(before, after)).toEqual([
      { kind: 'flow-removed', path: '/flows/1', flow: 'dup' },
      {
        kind: 'step-field-changed',
        path: '/flows/0/steps/0/action',
        flow: 'dup',
        step: 'only',
        field: 'action',
        before: 'skip',
        after: 'notify'
      }
    ])
  })

  test('duplicated step ids pair by occurrence', () => {
    const before = config({ flows: [flow('f', [step('s'), step('s')])] })
    const after = config({
      flows: [flow('f', [step('s'), step('s', 'notify'), step('s')])]
    })

    expect(changes(before, after)).toEqual([
      {
        kind: 'step-field-changed',
        path: '/flows/0/steps/1/action',
        flow: 'f',
        step: 's',
        field: 'action',
        before: 'skip',
        after: 'notify'
      },
      {
        kind: 'step-added',
        path: '/flows/0/steps/2',
        flow: 'f',
        step: 's',
        action: 'skip',
        position: 2
      }
    ])
  })

  test('items without a name pair by position and are named by it', () => {
    const before = config({ flows: [{ source: 'a' }, 7] })
    const after = config({ flows: [{ source: 'b' }, 'seven'] })

    expect(changes(before, after)).toEqual([
      {
        kind: 'flow-field-changed',
        path: '/flows/0/source',
        flow: '#1',
        field: 'source',
        before: 'a',
        after: 'b'
      },
      {
        kind: 'value-changed',
        path: '/flows/1',
        before: 7,
        after: 'seven'
      }
    ])
  })

  test('lists that are not lists change as whole values', () => {
    const before = config({ entities: {}, flows: 'none' })
    const after = config({ entities: [entity('a')], flows: 'none' })

    expect(changes(before, after)).toEqual([
      {
        kind: 'value-changed',
        path: '/entities',
        before: {},
        after: [entity('a')]
      }
    ])
  })

  test('settings that are not an object change as a whole', () => {
    expect(changes(config(), config({ settings: [1] }))).toEqual([
      { kind: 'value-changed', path: '/settings', before: {}, after: [1] }
    ])
  })
})

describe('diffConfigs: agrees with configsEqual', () => {
  /** One random edit of a config, as an author might make it. */
  function mutate(source: JsonObject, next: () => number): JsonObject {
    const copy = structuredClone(source)
    const flows = copy.flows as JsonObject[]
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!
    const target = pick(flows)
    const steps = target.steps as JsonObject[]
    const edits = [
      () => flows.reverse(),
      () => (target.enabled = next() < 0.5),
      () => steps.reverse(),
      () => (pick(steps).action = pick(['skip', 'notify'])),
      () => delete target.event_type_from,
      () => flows.splice(0, 0, flow(`n${Math.floor(next() * 3)}`)),
      () => (copy.settings = { a: pick([1, 2]) })
    ]
    pick(edits)()
    return copy
  }

  test('unchanged exactly when the normalised configs are equal', () => {
    const next = random(42)
    const base = config({
      flows: [flow('a', [step('1'), step('2'), step('3')]), flow('b')]
    })
    let equalSeen = 0
    for (let round = 0; round < 300; round++) {
      const before = mutate(base, next)
      const after = mutate(mutate(before, next), next)
      const diff = diffConfigs(before, after)
      expect(diff.unchanged).toBe(configsEqual(before, after))
      expect(diff.changes.length === 0).toBe(diff.unchanged)
      if (diff.unchanged) equalSeen++
    }
    expect(equalSeen).toBeGreaterThan(10)
  })
})

describe('diffConfigs: large configs', () => {
  test('two 20 MB configs differing in 1% of flows', () => {
    const before = largeConfig(24100, 1000)
    const after = JSON.parse(JSON.stringify(before)) as JsonObject
    const flows = after.flows as JsonObject[]
    const expected: Change[] = []
    for (let index = 0; index < flows.length; index += 100) {
      const steps = flows[index]!.steps as JsonObject[]
      steps[2]!.data = '$.canonical'
      expected.push({
        kind: 'step-field-changed',
        path: `/flows/${index}/steps/2/data`,
        flow: `flow_${index}`,
        step: 'step_2',
        field: 'data',
        before: '$.payload',
        after: '$.canonical'
      })
    }

    expect(JSON.stringify(after).length).toBeGreaterThan(20_000_000)
    expect(changes(before, after)).toEqual(expected)
  })
})
