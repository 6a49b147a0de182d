import {
  normaliseConfig,
  type Json,
  type JsonObject
} from '../../src/config/normalise.js'
import { configSides, prettyLines } from '../../src/diff/config-lines.js'
import {
  prettyJson,
  unifiedConfigDiff,
  unifiedDiff
} from '../../src/diff/unified.js'
import { config, entity, flow, step } from './configs.js'
import { applyPatch } from './patch.js'
import { random } from '../random.js'

/** The text a side's lines make, read one by one. */
function textOf(before: JsonObject | null, after: JsonObject): string[] {
  return configSides(before, after).map(({ lines }) =>
    Array.from({ length: lines.count }, (_, at) => `${lines.line(at)}\n`).join(
      ''
    )
  )
}

/** What the config diff must agree with: the diff of the printed texts. */
function printed(value: JsonObject): string {
  return prettyJson(normaliseConfig(value))
}

describe('prettyLines', () => {
  test.each<[string, Json]>([
    ['a scalar', 'text'],
    ['null', null],
    ['an empty object', {}],
    ['an empty array', []],
    ['nested members', { a: [1, { b: {} }, []], c: { d: null } }]
  ])('counts the lines JSON.stringify prints for %s', (_, value) => {
    const printedLines = JSON.stringify(value, null, 2).split('\n').length

    expect(prettyLines(value)).toBe(printedLines)
  })

  test('nesting 100,000 deep is counted without the call stack', () => {
    let value: Json = 1
    for (let level = 0; level < 100_000; level++) value = [value]

    expect(prettyLines(value)).toBe(200_001)
  })
})

describe('configSides: the lines prettyJson prints', () => {
  test.each<[string, JsonObject]>([
    ['a config with every list', config({ entities: [entity('a')] })],
    ['flows without their defaults', config({ flows: [flow('f')] })],
    [
      'a flow with its defaults written out',
      config({
        flows: [flow('f', [], { enabled: false, event_type_from: 'x' })]
      })
    ],
    ['an empty flow', config({ flows: [{}] })],
    ['items that are not objects', config({ flows: [1, 'two', null, [3]] })],
    ['lists that are not arrays', config({ entities: {}, flows: 'none' })],
    ['no lists at all', { version: '3.1', $schema: 'x.json' }],
    [
      'keys out of order and a __proto__ member',
      config({
        flows: [JSON.parse('{"z": 1, "__proto__": 2, "a": {"y": 1, "b": 2}}')],
        settings: { b: [1, 2], a: { d: 1, c: 2 } }
      })
    ]
  ])('%s', (_, value) => {
    const [before, after] = textOf(value, value)

    expect(before).toBe(printed(value))
    expect(after).toBe(printed(value))
  })

  test('a connector never published has no lines', () => {
    expect(textOf(null, config())).toEqual(['', printed(config())])
  })
})

describe('unifiedConfigDiff: agrees with the diff of the printed configs', () => {
  test('an equal flow written with other key order and defaults is unchanged', () => {
    const before = config({ flows: [flow('f'), flow('g')] })
    const reordered = Object.fromEntries(Object.entries(flow('f')).reverse())
    const after = config({
      flows: [{ ...reordered, enabled: true, event_type_from: null }, flow('g')]
    })

    expect(unifiedConfigDiff(before, after).text).toBe('')
  })

  test('a flow that becomes the last loses its comma in one line', () => {
    const before = config({ flows: [flow('f'), flow('g')] })
    const after = config({ flows: [flow('f')] })

    expect(unifiedConfigDiff(before, after).text).toBe(
      unifiedDiff(printed(before), printed(after)).text
    )
    expect(unifiedConfigDiff(before, after).text.split('\n')).toContain(
      '-    },'
    )
  })

  test('one object in both lists pairs in neither by the other', () => {
    const shared: JsonObject = { name: 'e' }
    const before = config({ entities: [{ name: 'e' }] })
    const after = config({ entities: [shared, { name: 'z' }], flows: [shared] })

    const { text } = unifiedConfigDiff(before, after)

    expect(applyPatch(printed(before), text)).toBe(printed(after))
  })

  test('keys holding U+0000 do not mix up two flows', () => {
    const before = config({ flows: [] })
    const after = config({
      flows: [{ enabled: false, x: 1 }, { 'enabled\u0000x': 1 }]
    })

    const { text } = unifiedConfigDiff(before, after)

    expect(applyPatch(printed(before), text)).toBe(printed(after))
  })

  test('flows pair whole when only one side writes their defaults', () => {
    // The client fills in the defaults of what PlugSync returns; a file in
    // git may leave them out.
    const published = normaliseConfig(config({ flows: [flow('f'), flow('g')] }))
    const git = config({ flows: [flow('f'), flow('g')] })

    const [before, after] = configSides(published, git)

    expect(before.unitKeys.filter((key) => key.startsWith('flows'))).toEqual([
      'flows 0,',
      'flows 1'
    ])
    expect(after.unitKeys.filter((key) => key.startsWith('flows'))).toEqual([
      'flows 0,',
      'flows 1'
    ])
    expect(unifiedConfigDiff(published, git).text).toBe('')
  })

  test('a member other than the lists is one unit, diffed by line inside', () => {
    const values = Array.from({ length: 50 }, (_, index) => index)
    const before = config({ settings: { values } })
    const after = config({
      settings: { values: values.map((value) => (value === 25 ? -25 : value)) }
    })

    const [from] = configSides(before, after)
    const diff = unifiedConfigDiff(before, after, { context: 0 }).text

    const lines = printed(before).split('\n')
    const start = lines.indexOf('  "settings": {')
    const member = lines.slice(start, lines.indexOf('  },', start) + 1)
    expect(from.unitKeys.filter((key) => key.startsWith('member'))).toEqual([
      `member ${member.join('\n')}\n`
    ])
    expect(diff).toBe('@@ -31 +31 @@\n-      25,\n+      -25,')
  })

  // Not always as short as the diff of the texts: a moved flow shows as
  // removed and added whole, where lines of other flows could be reused.
  test('random edits of entities and flows: the patch applies', () => {
    const next = random(7)
    const pick = <T>(items: readonly T[]): T =>
      items[Math.floor(next() * items.length)]!
    for (let round = 0; round < 150; round++) {
      const names = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
        pick(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
      )
      const before = config({
        entities: names.slice(0, 4).map((name) => entity(name)),
        flows: names.map((name) => flow(name, [step(name)]))
      })
      const edit = (items: Json[]): Json[] =>
        items.flatMap((item): Json[] => {
          const roll = next()
          if (roll < 0.1) return []
          if (roll < 0.2) return [item, flow(pick(names))]
          if (roll < 0.3 && typeof item === 'object') {
            return [{ ...(item as JsonObject), enabled: next() < 0.5 }]
          }
          if (roll < 0.35) return [{}]
          return [item]
        })
      const after = config({
        entities: edit(before.entities as Json[]),
        flows: edit(before.flows as Json[]),
        settings: next() < 0.2 ? { changed: true } : {}
      })

      const from = round % 5 === 0 ? null : before
      const fromText = from === null ? '' : printed(from)
      const ours = unifiedConfigDiff(from, after).text

      expect(applyPatch(fromText, ours)).toBe(printed(after))
    }
  })
})
