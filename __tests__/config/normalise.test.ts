import {
  canonicalJson,
  configsEqual,
  normaliseConfig,
  sortKeys,
  type Json,
  type JsonObject
} from '../../src/config/normalise.js'

describe('normaliseConfig', () => {
  it('drops $schema and fills the defaults of the contract', () => {
    const config: JsonObject = {
      $schema: './schema.json',
      version: '3.0',
      flows: [{ name: 'a', steps: [] }]
    }
    expect(canonicalJson(normaliseConfig(config))).toBe(
      '{"entities":[],"flows":[{"enabled":true,"event_type_from":null,"name":"a","steps":[]}],"settings":{},"version":"3.0"}'
    )
  })

  it('keeps values the config sets over the defaults', () => {
    const config: JsonObject = {
      version: '3.1',
      settings: { a: 1 },
      flows: [{ name: 'a', enabled: false, event_type_from: '$.e' }]
    }
    const flows = normaliseConfig(config).flows as JsonObject[]
    expect(flows[0]).toEqual({
      enabled: false,
      event_type_from: '$.e',
      name: 'a'
    })
  })

  it('sorts keys at every level and keeps array order', () => {
    const config: JsonObject = {
      version: '3.0',
      settings: { b: [3, 1, { z: 1, a: 2 }], a: 0 }
    }
    expect(JSON.stringify(normaliseConfig(config).settings)).toBe(
      '{"a":0,"b":[3,1,{"a":2,"z":1}]}'
    )
  })

  it('leaves its input as it was', () => {
    const config: JsonObject = {
      $schema: 'x',
      version: '3.0',
      flows: [{ name: 'a' }]
    }
    const before = JSON.stringify(config)
    normaliseConfig(config)
    expect(JSON.stringify(config)).toBe(before)
  })

  it('keeps a "__proto__" key as an own member, as JSON.parse does', () => {
    const parsed = JSON.parse(
      '{"version": "3.0", "settings": {"__proto__": {"x": 1}}}'
    )
    const settings = normaliseConfig(parsed).settings as JsonObject
    expect(Object.keys(settings)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype)
    expect(canonicalJson(settings)).toBe('{"__proto__":{"x":1}}')
  })
})

describe('sortKeys', () => {
  it('copies 100,000 levels of nesting without overflowing the stack', () => {
    const depth = 100_000
    let value: Json = { b: 1, a: 2 }
    for (let i = 0; i < depth; i++) value = { z: value, y: [i] }
    let copy = sortKeys(value) as JsonObject
    expect(Object.keys(copy)).toEqual(['y', 'z'])
    for (let i = 0; i < depth; i++) copy = copy.z as JsonObject
    expect(Object.keys(copy)).toEqual(['a', 'b'])
  })
})

describe('configsEqual', () => {
  it('treats defaults, key order and $schema as no difference', () => {
    expect(
      configsEqual(
        { version: '3.0', $schema: 'x', flows: [{ steps: [], name: 'a' }] },
        {
          flows: [{ name: 'a', steps: [], enabled: true }],
          entities: [],
          version: '3.0'
        }
      )
    ).toBe(true)
  })

  it('sees a change of step order', () => {
    const steps = [{ id: 'a' }, { id: 'b' }]
    expect(
      configsEqual(
        { version: '3.0', flows: [{ name: 'f', steps }] },
        { version: '3.0', flows: [{ name: 'f', steps: [...steps].reverse() }] }
      )
    ).toBe(false)
  })
})
