import { readFileSync } from 'node:fs'
import { ManifestProblems } from '../../src/discover/manifest-problems.js'
import { readManifestShape } from '../../src/discover/manifest-shape.js'
import { readPlainManifest } from '../../src/discover/plain-manifest.js'
import { createRandom } from '../../bench/random.js'

const KNOWN_RULES = ['disabled-flow', 'unknown-key', 'manifest-duplicate-path']

/** What the YAML library's reading gives, with its problems. */
function viaYaml(text: string) {
  const problems = new ManifestProblems('plugsync.yaml', text)
  const shape = readManifestShape(text, problems, KNOWN_RULES)
  return { shape, problems: problems.list }
}

describe('readPlainManifest', () => {
  it('reads the example manifest as the YAML library does', () => {
    const text = readFileSync('_examples/plugsync.yaml', 'utf8')
    const plain = readPlainManifest(text, KNOWN_RULES)
    expect(plain).toBeDefined()
    expect(plain).toEqual(viaYaml(text).shape)
  })

  it('places each value, and each entry up to the end of its last line', () => {
    const text = [
      '# connectors of acme',
      'connectors:',
      '  - path: connectors/a.json   # the first',
      '',
      '    # its id',
      "    id: 'cn_a'  ",
      '- ignored',
      ''
    ].join('\n')
    // A list item at another indentation is not the usual layout.
    expect(readPlainManifest(text, KNOWN_RULES)).toBeUndefined()

    const usual = text.replace('- ignored\n', 'rules:\n  disabled-flow: off\n')
    expect(readPlainManifest(usual, KNOWN_RULES)).toEqual({
      entries: [
        {
          index: 0,
          range: [37, 106],
          path: { value: 'connectors/a.json', range: [43, 60] },
          id: { value: 'cn_a', range: [97, 103] }
        }
      ],
      severities: { 'disabled-flow': 'off' }
    })
    expect(usual.slice(37, 106)).toBe(
      "path: connectors/a.json   # the first\n\n    # its id\n    id: 'cn_a'  \n"
    )
    expect(readPlainManifest(usual, KNOWN_RULES)).toEqual(viaYaml(usual).shape)
  })

  it('reads a list written at the indentation of its key, and a file without a last line feed', () => {
    const text =
      'rules:\n  unknown-key: error\nconnectors:\n- path: a.json\n  id: cn_a\n  environment: "prod"\n- id: cn_b\n  path: b.json'
    const plain = readPlainManifest(text, KNOWN_RULES)
    expect(plain?.entries.map((entry) => entry.range)).toEqual([
      [42, 88],
      [90, 113]
    ])
    expect(plain?.entries[0]?.environment).toEqual({
      value: 'prod',
      range: [81, 87]
    })
    expect(plain).toEqual(viaYaml(text).shape)
  })

  it.each([
    ['a tab', 'connectors:\n\t- path: a.json\n\t  id: cn_a\n'],
    [
      'a carriage return',
      'connectors:\r\n  - path: a.json\r\n    id: cn_a\r\n'
    ],
    [
      'a character outside ASCII',
      'connectors:\n  - path: café.json\n    id: cn_a\n'
    ],
    [
      'a byte-order mark',
      '\uFEFFconnectors:\n  - path: a.json\n    id: cn_a\n'
    ],
    ['a number for a name', 'connectors:\n  - path: a.json\n    id: 123\n'],
    ['a float for a path', 'connectors:\n  - path: 1.5e3\n    id: cn_a\n'],
    ['a hexadecimal number', 'connectors:\n  - path: 0x1F\n    id: cn_a\n'],
    ['a boolean', 'connectors:\n  - path: a.json\n    id: True\n'],
    ['null', 'connectors:\n  - path: null\n    id: cn_a\n'],
    ['.inf', 'connectors:\n  - path: .inf\n    id: cn_a\n'],
    ['an empty value', 'connectors:\n  - path:\n    id: cn_a\n'],
    ['blank quoted text', 'connectors:\n  - path: "  "\n    id: cn_a\n'],
    ['an escape', 'connectors:\n  - path: "a\\u0041.json"\n    id: cn_a\n'],
    [
      'a doubled single quote',
      "connectors:\n  - path: 'it''s.json'\n    id: cn_a\n"
    ],
    [
      'a space in a plain value',
      'connectors:\n  - path: my file.json\n    id: cn_a\n'
    ],
    [
      'a colon in a plain value',
      'connectors:\n  - path: c:/a.json\n    id: cn_a\n'
    ],
    [
      'a comment without a space',
      'connectors:\n  - path: a.json#x\n    id: cn_a\n'
    ],
    [
      'an id PlugSync would refuse',
      'connectors:\n  - path: a.json\n    id: cn/a\n'
    ],
    ['a missing id', 'connectors:\n  - path: a.json\n'],
    ['a missing path', 'connectors:\n  - id: cn_a\n'],
    [
      'a repeated key',
      'connectors:\n  - path: a.json\n    id: cn_a\n    id: cn_b\n'
    ],
    [
      'an unknown entry key',
      'connectors:\n  - path: a.json\n    id: cn_a\n    name: A\n'
    ],
    [
      'an unknown top-level key',
      'connectors:\n  - path: a.json\n    id: cn_a\nrulez:\n  unknown-key: off\n'
    ],
    [
      'a repeated top-level key',
      'rules:\n  unknown-key: off\nrules:\n  disabled-flow: off\n'
    ],
    ['a flow list', 'connectors: []\n'],
    ['a flow mapping', 'connectors:\n  - { path: a.json, id: cn_a }\n'],
    ['an empty list', 'connectors:\nrules:\n  unknown-key: off\n'],
    ['an anchor', 'connectors:\n  - path: &p a.json\n    id: cn_a\n'],
    ['a second document', 'connectors:\n  - path: a.json\n    id: cn_a\n---\n'],
    [
      'a block scalar',
      'connectors:\n  - path: |\n      a.json\n    id: cn_a\n'
    ],
    [
      'a key and its value on two lines',
      'connectors:\n  - path:\n      a.json\n    id: cn_a\n'
    ],
    ['uneven indentation', 'connectors:\n  - path: a.json\n     id: cn_a\n'],
    [
      'a space before the colon',
      'connectors:\n  - path : a.json\n    id: cn_a\n'
    ],
    ['an unknown rule', 'rules:\n  no-such-rule: off\n'],
    ['an unknown severity', 'rules:\n  unknown-key: warn\n'],
    ['a repeated rule', 'rules:\n  unknown-key: off\n  unknown-key: error\n'],
    ['rules at the top level', 'rules:\nunknown-key: off\n'],
    [
      'a comment indented past the keys after an entry',
      'connectors:\n  - path: a.json\n    id: cn_a\n      # note\n  - path: b.json\n    id: cn_b\n'
    ],
    [
      'a comment indented past the keys inside an entry',
      'connectors:\n  - path: a.json\n       # note\n    id: cn_a\n'
    ],
    [
      'a comment indented past the keys at the end',
      'connectors:\n  - path: a.json\n    id: cn_a\n      # note'
    ],
    ['nothing', ''],
    ['only comments', '# nothing yet\n']
  ])('leaves %s to the YAML library', (_, text) => {
    expect(readPlainManifest(text, KNOWN_RULES)).toBeUndefined()
  })

  it('gives what the YAML library gives, on 3,000 manifests near the usual layout', () => {
    const random = createRandom(20261205)
    // Mostly the usual layout; now and then something the direct reading
    // must leave to the library, or must read exactly as it does.
    const odd = <T>(usual: readonly T[], unusual: readonly T[]): T =>
      random.pick(random.chance(0.06) ? unusual : usual)
    const value = (field: string) =>
      odd(
        field === 'path'
          ? [
              'connectors/a.json',
              './b.json',
              "'c.json'",
              '"d e.json"',
              '_f@2+g-h.json'
            ]
          : ['cn_a', 'cn.b-c', '"cn_q"', "'prod'", 'A1'],
        [
          '007',
          '0o17',
          '1e3',
          '-a',
          'true',
          'NULL',
          '~',
          '"x#y"',
          'a # note',
          'a#b',
          '""',
          '"\\t"',
          'a: b',
          '[a]',
          'cn_é',
          'cn/x',
          '.5',
          ''
        ]
      )
    const gap = () =>
      odd(
        ['', '', '\n'],
        ['\n# note', '\n  # deep', '\n      # deeper', '\n\n']
      )
    const tail = () => odd(['', '', ' ', '  # c'], ['\t', ' #', '#c'])
    let plain = 0
    for (let round = 0; round < 3000; round++) {
      const dash = odd([0, 2, 4], [1, 3])
      const lines: string[] = []
      if (random.chance(0.9)) lines.push('connectors:' + tail())
      for (let entry = odd([1, 2, 3], [0]); entry > 0; entry--) {
        const fields = random.chance(0.5) ? ['path', 'id'] : ['id', 'path']
        if (random.chance(0.3)) fields.push('environment')
        if (random.chance(0.05))
          fields.push(random.pick(['path', 'nmae', '"id"']))
        if (random.chance(0.04)) fields.pop()
        fields.forEach((field, index) => {
          const lead =
            index === 0
              ? ' '.repeat(dash) + '- '
              : ' '.repeat(dash + odd([2], [1, 3, 4]))
          lines.push(`${lead}${field}: ${value(field)}${tail()}${gap()}`)
        })
      }
      if (random.chance(0.5)) {
        lines.push('rules:' + tail())
        const indent = ' '.repeat(odd([2, 4], [0, 1]))
        for (let rule = odd([1, 2, 3], [0]); rule > 0; rule--) {
          const id = odd(KNOWN_RULES, ['unknown_key', 'no-such-rule'])
          const level = odd(
            ['off', 'notice', 'warning', 'error'],
            ['warn', 'Off', '"off"']
          )
          lines.push(`${indent}${id}: ${level}${tail()}`)
        }
      }
      const text = lines.join('\n') + odd(['\n'], ['', '\n\n'])
      const fast = readPlainManifest(text, KNOWN_RULES)
      if (fast === undefined) continue
      plain++
      const slow = viaYaml(text)
      expect({ text, problems: slow.problems }).toEqual({ text, problems: [] })
      expect({ text, shape: fast }).toEqual({ text, shape: slow.shape })
    }
    // Enough take the direct path for the comparison to mean something,
    // and enough do not for both sides of every choice to be tried.
    expect(plain).toBeGreaterThan(600)
    expect(plain).toBeLessThan(2700)
  })
})
