import type { JsonObject } from '../../src/config/normalise.js'
import { diffConfigs } from '../../src/diff/config-diff.js'
import { renderDiffMarkdown, renderDiffText } from '../../src/diff/render.js'
import { unifiedConfigDiff } from '../../src/diff/unified.js'
import { config, entity, flow, step } from './configs.js'

const compass = { name: 'compass', id: 'cn_123' }

/** The Markdown for a pair of configs, with their unified diff. */
function markdown(
  before: JsonObject | null,
  after: JsonObject,
  options: {
    activeVersion?: number | null
    maxChars?: number
    publishable?: boolean
  } = {}
): string {
  return renderDiffMarkdown(compass, diffConfigs(before, after), {
    ...(options.publishable === undefined
      ? {}
      : { publishable: options.publishable }),
    activeVersion: options.activeVersion ?? 7,
    unified: unifiedConfigDiff(before, after).text,
    maxChars: options.maxChars ?? 65_000
  })
}

const before = config({
  entities: [entity('order', { hubspot: { object_type: 'deals' } })],
  flows: [flow('x', [step('push', 'upsert', { data: '$.payload' })])]
})
const after = config({
  entities: [
    entity('order', { canonical: {}, hubspot: { object_type: 'deals' } })
  ],
  flows: [
    flow('sync_orders', [step('a'), step('b'), step('c')], {
      source: 'fooshop',
      event_type: 'order.created'
    }),
    flow('x', [step('push', 'upsert', { data: '$.canonical' })], {
      enabled: false
    })
  ]
})

describe('renderDiffMarkdown', () => {
  test('a headline, the changelog and the folded unified diff', () => {
    expect(markdown(before, after)).toBe(
      [
        '**compass** (cn\\_123): 2 added, 3 changed, against published v7',
        '',
        '- entity `order` mode simple → federated',
        '- added schema `canonical` to entity `order` (0 field mappings)',
        '- added flow `sync_orders` (source `fooshop`, event `order.created`, 3 steps)',
        '- flow `x` switched off',
        '- changed step `push` in flow `x`: `data` `$.payload` → `$.canonical`',
        '',
        '<details><summary>Unified diff of the normalised config (45 lines)</summary>',
        '',
        '```diff',
        '@@ -3,6 +3,7 @@',
        '     {',
        '       "name": "order",',
        '       "schemas": {',
        '+        "canonical": {},',
        '         "hubspot": {',
        '           "object_type": "deals"',
        '         }',
        '@@ -12,6 +13,27 @@',
        '   "flows": [',
        '     {',
        '       "enabled": true,',
        '+      "event_type": "order.created",',
        '+      "event_type_from": null,',
        '+      "name": "sync_orders",',
        '+      "source": "fooshop",',
        '+      "steps": [',
        '+        {',
        '+          "action": "skip",',
        '+          "id": "a"',
        '+        },',
        '+        {',
        '+          "action": "skip",',
        '+          "id": "b"',
        '+        },',
        '+        {',
        '+          "action": "skip",',
        '+          "id": "c"',
        '+        }',
        '+      ]',
        '+    },',
        '+    {',
        '+      "enabled": false,',
        '       "event_type": "x.event",',
        '       "event_type_from": null,',
        '       "name": "x",',
        '@@ -19,7 +41,7 @@',
        '       "steps": [',
        '         {',
        '           "action": "upsert",',
        '-          "data": "$.payload",',
        '+          "data": "$.canonical",',
        '           "id": "push"',
        '         }',
        '       ]',
        '```',
        '',
        '</details>'
      ].join('\n')
    )
  })

  test('a config equal to the active version says no change', () => {
    const same = { ...before, $schema: 'x' }

    expect(markdown(before, same)).toBe(
      '**compass** (cn\\_123): no change against published v7'
    )
  })

  test('a connector never published says that merging publishes v1', () => {
    const first = config({ entities: [entity('order')], flows: [flow('f')] })

    const text = markdown(null, first, { activeVersion: null })

    expect(text.split('\n\n<details>')[0]).toBe(
      [
        '**compass** (cn\\_123): never published: merging publishes v1 (1 entity, 1 flow)',
        '',
        '- version `"3.1"`',
        '- added entity `order` (simple, schema `hubspot`)',
        '- added flow `f` (source `shop`, event `f.event`, 1 step)'
      ].join('\n')
    )
    expect(text).toContain(
      '(30 lines)</summary>\n\n```diff\n@@ -0,0 +1,29 @@\n+{\n'
    )
  })

  test('a new connector that findings keep from publishing promises nothing', () => {
    const first = config({ entities: [entity('order')], flows: [flow('f')] })

    const text = markdown(null, first, {
      activeVersion: null,
      publishable: false
    })

    expect(text.split('\n')[0]).toBe(
      '**compass** (cn\\_123): never published: all new (1 entity, 1 flow)'
    )
  })

  test('the headline names the environment and an unknown version', () => {
    const diff = diffConfigs(config({ version: '3.0' }), config())
    const connector = { ...compass, environment: 'production' }

    expect(
      renderDiffMarkdown(connector, diff, {
        activeVersion: null,
        maxChars: 1000
      })
    ).toBe(
      '**compass** (cn\\_123, production): 1 changed, against the published version\n\n- changed version: `"3.0"` → `"3.1"`'
    )
  })

  test('user values cannot break the layout or inject HTML', () => {
    const hostile = config({
      flows: [
        flow('x', [
          step('s', 'upsert', { data: 'a`b|c<script>alert(1)</script>' })
        ])
      ],
      settings: { '``key': 'line\nbreak', mention: '@team <b>' }
    })
    const connector = { name: '*evil* <img src=x onerror=1> @org', id: 'cn' }
    const diff = diffConfigs(config(), hostile)

    expect(
      renderDiffMarkdown(connector, diff, { activeVersion: 1, maxChars: 9000 })
    ).toBe(
      [
        '**\\*evil\\* \\<img src\\=x onerror\\=1\\> \\@\u2060org** (cn): 3 added, against published v1',
        '',
        '- added flow `x` (source `shop`, event `x.event`, 1 step)',
        '- added setting ``` ``key ```: `"line\\nbreak"`',
        '- added setting `mention`: `@team <b>`'
      ].join('\n')
    )
  })

  test('a diff line with backticks gets a longer fence', () => {
    const text = renderDiffMarkdown(compass, diffConfigs(config(), after), {
      activeVersion: 1,
      unified: '+ "a": "````"',
      maxChars: 9000
    })

    expect(text).toContain('\n`````diff\n+ "a": "````"\n`````\n')
  })
})

describe('renderDiffMarkdown: maxChars', () => {
  const many = config({
    flows: Array.from({ length: 200 }, (_, index) => flow(`flow_${index}`))
  })
  const diff = diffConfigs(config(), many)
  const unified = unifiedConfigDiff(config(), many).text
  const unifiedLines = unified.split('\n').length
  const headline = '**compass** (cn\\_123): 200 added, against published v7'

  /** The Markdown for 200 added flows within `maxChars`. */
  function limited(maxChars: number, unifiedOmitted?: number): string {
    return renderDiffMarkdown(compass, diff, {
      activeVersion: 7,
      unified,
      unifiedOmitted,
      maxChars
    })
  }

  test.each([60, 100, 200, 500, 1000, 3000, 10_000, 30_000])(
    'never exceeds %i characters and keeps the headline',
    (maxChars) => {
      const text = limited(maxChars)

      expect(text.length).toBeLessThanOrEqual(maxChars)
      expect(text.startsWith(headline)).toBe(true)
    }
  )

  test('a cut changelog says how many changes it left out', () => {
    const text = limited(3000)
    const shown = text.split('\n').filter((line) => line.startsWith('- added'))

    expect(text).toContain(`\n- … ${200 - shown.length} more changes left out`)
    expect(text).toMatch(
      new RegExp(`\\n\\n_Unified diff left out: ${unifiedLines} lines\\._$`)
    )
  })

  test('a cut unified diff says how many lines it left out', () => {
    const text = limited(30_000)
    const fenced = text.split('```diff\n')[1]!.split('\n```')[0]!

    expect(text).not.toContain('more changes left out')
    const left = unifiedLines - fenced.split('\n').length
    expect(text).toContain(`\n\n… ${left} more lines left out\n\n</details>`)
  })

  test('lines already left out by unifiedDiff are counted', () => {
    const text = limited(30_000, 1000)
    const fenced = text.split('```diff\n')[1]!.split('\n```')[0]!

    const total = unifiedLines + 1000
    expect(text).toContain(`(${total} lines)</summary>`)
    const left = total - fenced.split('\n').length
    expect(text).toContain(`\n\n… ${left} more lines left out\n\n</details>`)
  })

  test('a headline longer than maxChars is cut', () => {
    expect(limited(20)).toBe('**compass** (cn\\_12…')
  })
})

describe('renderDiffText', () => {
  const diff = diffConfigs(before, after)

  test('one marked line per change, without colour', () => {
    expect(renderDiffText(compass, diff, { color: false, activeVersion: 7 }))
      .toBe(`compass (cn_123): 2 added, 3 changed, against published v7
  ~ entity \`order\` mode simple → federated
  + added schema \`canonical\` to entity \`order\` (0 field mappings)
  + added flow \`sync_orders\` (source \`fooshop\`, event \`order.created\`, 3 steps)
  ~ flow \`x\` switched off
  ~ changed step \`push\` in flow \`x\`: \`data\` \`$.payload\` → \`$.canonical\``)
  })

  test('ANSI colours only when asked', () => {
    const removed = diffConfigs(config({ flows: [flow('old')] }), config())

    expect(
      renderDiffText(compass, removed, { color: true, activeVersion: 2 })
    ).toBe(
      '\u001b[1mcompass (cn_123): 1 removed, against published v2\u001b[0m\n' +
        '  \u001b[31m- removed flow `old`\u001b[0m'
    )
  })

  test('escapes in names and values never reach the terminal raw', () => {
    const sneaky = config({ flows: [flow('\u001b[2Jx')] })
    const connector = { name: 'a\u001b]0;title\u0007', id: 'cn' }
    const text = renderDiffText(connector, diffConfigs(config(), sneaky), {
      color: false,
      activeVersion: 1
    })

    expect(text).toBe(
      'a\uFFFD]0;title\uFFFD (cn): 1 added, against published v1\n' +
        '  + added flow `"\\u001b[2Jx"` (source `shop`, event `"\\u001b[2Jx.event"`, 1 step)'
    )
  })
})
