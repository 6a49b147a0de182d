import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  parseManifest,
  readManifest,
  type Manifest
} from '../../src/discover/manifest.js'
import {
  configText,
  createTree,
  removeTree,
  type TreeEntry
} from './temp-tree.js'

const KNOWN_RULES = [
  'unknown-top-level-key',
  'disabled-flow',
  'duplicate-entity-name',
  'manifest-duplicate-path'
]
const roots: string[] = []

afterAll(async () => {
  await Promise.all(roots.map(removeTree))
})

async function repository(
  entries: Record<string, TreeEntry> = {}
): Promise<string> {
  const root = await createTree({
    'connectors/compass.json': configText(),
    'connectors/atlas.json': configText(),
    ...entries
  })
  roots.push(root)
  return root
}

async function check(yaml: string, root?: string): Promise<Manifest> {
  return parseManifest(yaml, {
    root: root ?? (await repository()),
    knownRules: KNOWN_RULES
  })
}

/** The problems as `rule line:column-endLine:endColumn message`. */
async function problemsOf(yaml: string, root?: string): Promise<string[]> {
  const { problems } = await check(yaml, root)
  return problems.map(
    (problem) =>
      `${problem.rule} ${problem.line}:${problem.column}-` +
      `${problem.endLine}:${problem.endColumn} ${problem.message}`
  )
}

describe('parseManifest on a valid manifest', () => {
  test('reads the example of docs/manifest.md', async () => {
    const here = path.dirname(fileURLToPath(import.meta.url))
    const yaml = await fs.readFile(
      path.join(here, '..', 'fixtures', 'discover', 'plugsync.yaml'),
      'utf8'
    )
    expect(await check(yaml)).toEqual({
      file: 'plugsync.yaml',
      connectors: [
        {
          path: 'connectors/compass.json',
          id: 'cn_compass_prod',
          environment: 'production',
          span: { line: 2, column: 5, endLine: 4, endColumn: 28 }
        },
        {
          path: 'connectors/compass.json',
          id: 'cn_compass_staging',
          environment: 'staging',
          span: { line: 5, column: 5, endLine: 7, endColumn: 25 }
        },
        {
          path: 'connectors/atlas.json',
          id: 'cn_atlas',
          span: { line: 8, column: 5, endLine: 9, endColumn: 17 }
        }
      ],
      listed: [
        'connectors/compass.json',
        'connectors/compass.json',
        'connectors/atlas.json'
      ],
      severities: { 'unknown-top-level-key': 'error', 'disabled-flow': 'off' },
      problems: [],
      text: yaml
    })
  })

  test.each(['', '# nothing yet\n', 'connectors:\nrules:\n', '~\n'])(
    'accepts an empty manifest %j',
    async (yaml) => {
      expect(await check(yaml)).toMatchObject({
        connectors: [],
        severities: {},
        problems: []
      })
    }
  )

  test('carries the rule, severity, pointer and suggestion of a problem', async () => {
    const { problems } = await check('conectors: []\n')
    expect(problems).toEqual([
      {
        rule: 'manifest-unknown-key',
        severity: 'warning',
        message:
          "unknown key 'conectors' in the manifest: did you mean 'connectors'?",
        file: 'plugsync.yaml',
        pointer: '/conectors',
        suggestion: 'connectors',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 10
      }
    ])
  })
})

describe('parseManifest on bad YAML and bad shapes', () => {
  test.each([
    [
      'connectors:\n  - path: a\n    path: b\n',
      'manifest-invalid 3:5-3:6 invalid YAML: map keys must be unique'
    ],
    [
      'connectors: [\n',
      'manifest-invalid 2:1-2:1 invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]'
    ],
    [
      'rules:\n\tx: off\n',
      'manifest-invalid 2:1-2:2 invalid YAML: tabs are not allowed as indentation'
    ],
    [
      '- path: a.json\n',
      'manifest-invalid 1:1-1:15 the manifest must be a mapping with the keys connectors and rules'
    ],
    [
      'connectors: []\n---\nrules: {}\n',
      'manifest-invalid 2:1-2:4 the manifest holds more than one YAML document: keep one, without ---'
    ],
    [
      'connectors: connectors/a.json\n',
      'manifest-invalid-value 1:13-1:30 connectors must be a list of connectors, each with path and id'
    ],
    [
      'connectors:\n  - connectors/a.json\n',
      'manifest-invalid-value 2:5-2:22 connector 1 must be a mapping with path and id'
    ],
    [
      'connectors: *list\n',
      'manifest-invalid-value 1:13-1:18 connectors is an alias (*list), which the manifest does not follow: write the list out'
    ],
    [
      'rules: [a]\n',
      'manifest-invalid-value 1:8-1:11 rules must map rule ids to off, notice, warning or error'
    ],
    [
      'settings: {}\n',
      "manifest-unknown-key 1:1-1:9 unknown key 'settings' in the manifest: the keys are connectors and rules"
    ],
    [
      '[a]: 1\n',
      'manifest-invalid-value 1:1-1:4 a key must be a plain word, not a list'
    ]
  ])('reports %j', async (yaml, problem) => {
    expect(await problemsOf(yaml)).toEqual([problem])
  })

  test('places problems by code point after astral characters and CRLF', async () => {
    const yaml = '# 😀😀\r\nrules:\r\n  "😀": off\r\n'
    expect(await problemsOf(yaml)).toEqual([
      "manifest-unknown-rule 3:3-3:6 unknown rule '😀' under rules: no rule has this id"
    ])
  })
})

describe('parseManifest line endings', () => {
  test('reads carriage returns alone as line breaks, as YAML 1.2 does', async () => {
    for (const end of ['\r', '\r\n', '\n']) {
      const yaml = [
        '# connectors',
        'connectors:',
        '  - path: connectors/atlas.json',
        '    id: cn_1',
        '    enviroment: prod',
        '  - path: connectors/compass.json',
        '    id: cn_2',
        ''
      ].join(end)
      const manifest = await check(yaml)
      expect(manifest.connectors.map((entry) => entry.id)).toEqual([
        'cn_1',
        'cn_2'
      ])
      expect(await problemsOf(yaml)).toEqual([
        "manifest-unknown-key 5:5-5:15 unknown key 'enviroment' in connector 1: did you mean 'environment'?"
      ])
    }
  })
})

describe('parseManifest connector entries', () => {
  test.each([
    [
      '  - path: connectors/atlas.json\n    id: cn_1\n    enviroment: prod\n',
      "manifest-unknown-key 4:5-4:15 unknown key 'enviroment' in connector 1: did you mean 'environment'?"
    ],
    [
      '  - path: connectors/atlas.json\n    id: cn_1\n    <<: {}\n',
      "manifest-unknown-key 4:5-4:7 unknown key '<<' in connector 1: merge keys are not followed; the keys are path, id and environment"
    ],
    [
      '  - path: connectors/atlas.json\n    id: cn_1\n    owner: me\n',
      "manifest-unknown-key 4:5-4:10 unknown key 'owner' in connector 1: the keys are path, id and environment"
    ],
    [
      '  - id: cn_1\n',
      'manifest-invalid-value 2:5-2:13 connector 1 has no path: add the path of its config file, relative to the repository root'
    ],
    [
      '  - path: connectors/atlas.json\n',
      'manifest-invalid-value 2:5-2:32 connector 1 has no id: add its PlugSync connector id'
    ],
    [
      '  - path: connectors/atlas.json\n    id: ""\n',
      'manifest-invalid-value 3:9-3:11 the id of connector 1 is empty: write a value or remove the key'
    ],
    [
      '  - path: connectors/atlas.json\n    id:\n',
      'manifest-invalid-value 3:5-3:7 the id of connector 1 is empty: write a value or remove the key'
    ],
    [
      '  - path: connectors/atlas.json\n    id: ".."\n',
      `manifest-invalid-value 3:9-3:13 the id of connector 1, "..", may hold only letters, digits, '_', '-' and '.', starting with a letter or digit: write it as PlugSync shows it`
    ],
    [
      '  - path: connectors/atlas.json\n    id: "cn_x\\n::warning::forged"\n',
      `manifest-invalid-value 3:9-3:34 the id of connector 1, "cn_x\\n::warning::forged", may hold only letters, digits, '_', '-' and '.', starting with a letter or digit: write it as PlugSync shows it`
    ],
    [
      '  - path: connectors/atlas.json\n    id: cn_1\n    environment: "prod uction"\n',
      `manifest-invalid-value 4:18-4:31 the environment of connector 1, "prod uction", may hold only letters, digits, '_', '-' and '.', starting with a letter or digit: write it as PlugSync shows it`
    ],
    [
      '  - path: connectors/atlas.json\n    id: 0123\n',
      'manifest-invalid-value 3:9-3:13 the id of connector 1 must be text: quote it, as in "0123"'
    ],
    [
      '  - path: connectors/atlas.json\n    id: [a]\n',
      'manifest-invalid-value 3:9-3:12 the id of connector 1 must be text, not a list'
    ],
    [
      '  - path: connectors/atlas.json\n    id: cn_1\n    environment:\n',
      'manifest-invalid-value 4:5-4:16 the environment of connector 1 is empty: write a value or remove the key'
    ]
  ])('reports %j', async (entries, problem) => {
    expect(await problemsOf(`connectors:\n${entries}`)).toEqual([problem])
  })

  test('keeps only whole entries', async () => {
    const manifest = await check(
      'connectors:\n  - path: connectors/atlas.json\n  - path: connectors/compass.json\n    id: cn_2\n'
    )
    expect(manifest.connectors.map((entry) => entry.id)).toEqual(['cn_2'])
  })
})

describe('parseManifest connector paths', () => {
  async function pathProblems(
    written: string,
    root?: string
  ): Promise<string[]> {
    return problemsOf(`connectors:\n  - path: ${written}\n    id: cn_1\n`, root)
  }

  test.each([
    [
      'connectors/missing.json',
      "manifest-missing-path 2:11-2:34 the path 'connectors/missing.json' of connector 1 does not exist in the repository"
    ],
    [
      'connectors/compas.json',
      "manifest-missing-path 2:11-2:33 the path 'connectors/compas.json' of connector 1 does not exist in the repository: did you mean 'connectors/compass.json'?"
    ],
    [
      'atlas.json',
      "manifest-missing-path 2:11-2:21 the path 'atlas.json' of connector 1 does not exist in the repository"
    ],
    [
      'nowhere/atlas.json',
      "manifest-missing-path 2:11-2:29 the path 'nowhere/atlas.json' of connector 1 does not exist in the repository"
    ],
    [
      '/etc/passwd',
      "manifest-path-outside-repo 2:11-2:22 the path '/etc/passwd' of connector 1 is absolute: write it relative to the repository root"
    ],
    [
      'C:/configs/a.json',
      "manifest-path-outside-repo 2:11-2:28 the path 'C:/configs/a.json' of connector 1 is absolute: write it relative to the repository root"
    ],
    [
      'connectors/../../x.json',
      "manifest-path-outside-repo 2:11-2:34 the path 'connectors/../../x.json' of connector 1 leads out of the repository"
    ],
    [
      'connectors\\\\atlas.json',
      "manifest-invalid-value 2:11-2:33 the path 'connectors\\\\atlas.json' of connector 1 uses \\: write it with forward slashes"
    ],
    [
      'connectors',
      "manifest-invalid-value 2:11-2:21 the path 'connectors' of connector 1 is not a file: name the config file"
    ]
  ])('reports %s', async (written, problem) => {
    expect(await pathProblems(written)).toEqual([problem])
  })

  test('reports a symlink that leads out of the repository, loops or dangles', async () => {
    const outside = await repository()
    const root = await repository({
      'linked.json': {
        symlink: path.join(outside, 'connectors', 'atlas.json')
      },
      'loop.json': { symlink: 'loop.json' },
      'dangling.json': { symlink: 'connectors/gone.json' }
    })
    expect(await pathProblems('linked.json', root)).toEqual([
      "manifest-path-outside-repo 2:11-2:22 the path 'linked.json' of connector 1 is a symlink that leads out of the repository"
    ])
    expect(await pathProblems('loop.json', root)).toEqual([
      "manifest-missing-path 2:11-2:20 the path 'loop.json' of connector 1 is a symlink that loops"
    ])
    expect(await pathProblems('dangling.json', root)).toEqual([
      "manifest-missing-path 2:11-2:24 the path 'dangling.json' of connector 1 is a symlink to 'connectors/gone.json', which does not exist: point it at the config file or name the file itself"
    ])
  })

  test('accepts a symlink that stays inside and normalises the path', async () => {
    const root = await repository({
      'current.json': { symlink: 'connectors/atlas.json' }
    })
    const manifest = await check(
      'connectors:\n  - path: ./current.json\n    id: a\n  - path: connectors/./x/../atlas.json\n    id: b\n',
      root
    )
    expect(manifest.problems).toEqual([])
    expect(manifest.connectors.map((entry) => entry.path)).toEqual([
      'current.json',
      'connectors/atlas.json'
    ])
  })
})

describe('parseManifest repeated entries', () => {
  test('reports an id listed twice in one environment and keeps the first', async () => {
    const yaml = [
      'connectors:',
      '  - path: connectors/atlas.json',
      '    id: cn_1',
      '    environment: prod',
      '  - path: connectors/compass.json',
      '    id: cn_1',
      '    environment: prod',
      '  - path: connectors/compass.json',
      '    id: cn_1',
      ''
    ].join('\n')
    const manifest = await check(yaml)
    expect(await problemsOf(yaml)).toEqual([
      "manifest-duplicate-id 6:9-6:13 connector id 'cn_1' is listed twice in environment 'prod' (first at line 3): one PlugSync connector has one config"
    ])
    expect(
      manifest.connectors.map((entry) => `${entry.path} ${entry.id}`)
    ).toEqual(['connectors/atlas.json cn_1', 'connectors/compass.json cn_1'])
  })

  test('reports an id listed twice without environment', async () => {
    const yaml =
      'connectors:\n  - path: connectors/atlas.json\n    id: x\n  - path: connectors/compass.json\n    id: x\n'
    expect(await problemsOf(yaml)).toEqual([
      "manifest-duplicate-id 5:9-5:10 connector id 'x' is listed twice (first at line 3): one PlugSync connector has one config"
    ])
  })

  test('warns about a path listed twice in one environment', async () => {
    const yaml =
      'connectors:\n  - path: connectors/atlas.json\n    id: a\n  - path: ./connectors/atlas.json\n    id: b\n'
    const manifest = await check(yaml)
    expect(manifest.problems.map((problem) => problem.severity)).toEqual([
      'warning'
    ])
    expect(await problemsOf(yaml)).toEqual([
      "manifest-duplicate-path 4:11-4:34 path 'connectors/atlas.json' is listed twice (first at line 2): remove one entry"
    ])
    expect(manifest.connectors.map((entry) => entry.id)).toEqual(['a'])
  })
})

describe('parseManifest rules', () => {
  test.each([
    [
      'unknown-top-level-kye: error',
      "manifest-unknown-rule 2:3-2:24 unknown rule 'unknown-top-level-kye' under rules: did you mean 'unknown-top-level-key'?"
    ],
    [
      'no-such-thing: off',
      "manifest-unknown-rule 2:3-2:16 unknown rule 'no-such-thing' under rules: no rule has this id"
    ],
    [
      'manifest-invalid: off',
      "manifest-unknown-rule 2:3-2:19 rule 'manifest-invalid' cannot be changed: a manifest that does not parse has no rules to read, so its finding is always an error; remove this line"
    ],
    [
      'disabled-flow: eror',
      "manifest-invalid-value 2:18-2:22 the severity 'eror' of rule 'disabled-flow' must be off, notice, warning or error: did you mean error?"
    ],
    [
      'disabled-flow: Warning',
      "manifest-invalid-value 2:18-2:25 the severity 'Warning' of rule 'disabled-flow' must be off, notice, warning or error: did you mean warning?"
    ],
    [
      'disabled-flow: warn',
      "manifest-invalid-value 2:18-2:22 the severity 'warn' of rule 'disabled-flow' must be off, notice, warning or error: did you mean warning?"
    ],
    [
      'disabled-flow: no',
      "manifest-invalid-value 2:18-2:20 the severity 'no' of rule 'disabled-flow' must be off, notice, warning or error"
    ],
    [
      'disabled-flow: false',
      "manifest-invalid-value 2:18-2:23 the severity 'false' of rule 'disabled-flow' must be off, notice, warning or error"
    ],
    [
      'disabled-flow:',
      "manifest-invalid-value 2:3-2:16 the severity '' of rule 'disabled-flow' must be off, notice, warning or error"
    ]
  ])('reports %j', async (rule, problem) => {
    expect(await problemsOf(`rules:\n  ${rule}\n`)).toEqual([problem])
  })

  test('leaves out rules it cannot use and keeps the others', async () => {
    const manifest = await check(
      'rules:\n  disabled-flow: notice\n  no-such-rule: off\n  duplicate-entity-name: loud\n'
    )
    expect(manifest.severities).toEqual({ 'disabled-flow': 'notice' })
  })
})

describe('readManifest', () => {
  test('gives undefined when there is no manifest', async () => {
    const root = await repository()
    expect(
      await readManifest({ root, knownRules: KNOWN_RULES })
    ).toBeUndefined()
  })

  test('reads the manifest at a configured path', async () => {
    const root = await repository({
      '.github/plugsync.yaml':
        'connectors:\n  - path: connectors/atlas.json\n    id: cn_1\n'
    })
    const manifest = await readManifest({
      root,
      path: '.github/plugsync.yaml',
      knownRules: KNOWN_RULES
    })
    expect(manifest?.file).toBe('.github/plugsync.yaml')
    expect(manifest?.connectors.map((entry) => entry.path)).toEqual([
      'connectors/atlas.json'
    ])
  })

  test('reports the first byte that is not UTF-8 at its place', async () => {
    const root = await repository({
      'plugsync.yaml': Buffer.concat([
        Buffer.from('connectors:\n  - path: é', 'utf8'),
        Buffer.from([0xff])
      ])
    })
    const manifest = await readManifest({ root, knownRules: KNOWN_RULES })
    expect(manifest?.problems).toMatchObject([
      {
        rule: 'manifest-invalid',
        message:
          'byte 0xFF at line 2, column 12 is not UTF-8: save the manifest as UTF-8',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 13
      }
    ])
  })

  test('names the file to give when the manifest path is a directory', async () => {
    const root = await repository({
      'configs/plugsync.yaml': 'connectors: []\n'
    })
    await expect(
      readManifest({ root, path: 'configs/', knownRules: KNOWN_RULES })
    ).rejects.toThrow(
      new Error(
        'the manifest configs/ is a directory: name the YAML file in it, as in configs/plugsync.yaml'
      )
    )
  })

  test('never reads a manifest that is a link out of the repository', async () => {
    const outside = await repository({ 'secret.yaml': 'AWS_SECRET: x\n' })
    const root = await repository()
    await fs.symlink(
      path.join(outside, 'secret.yaml'),
      path.join(root, 'plugsync.yaml')
    )
    await expect(
      readManifest({ root, knownRules: KNOWN_RULES })
    ).rejects.toThrow(
      new Error(
        'the manifest plugsync.yaml leads out of the repository (a symlink, or a path with ..): it was not read; keep the manifest in the repository'
      )
    )
  })

  test('refuses a manifest that is a named pipe instead of waiting on it', async () => {
    const root = await repository()
    execFileSync('mkfifo', [path.join(root, 'plugsync.yaml')])
    await expect(
      readManifest({ root, knownRules: KNOWN_RULES })
    ).rejects.toThrow(
      new Error(
        'the manifest plugsync.yaml is not a regular file (a device, a pipe or a socket): name the YAML file'
      )
    )
  })

  test('refuses a manifest that is a symlink that loops or leads nowhere', async () => {
    const root = await repository()
    await fs.symlink('plugsync.yaml', path.join(root, 'plugsync.yaml'))
    await expect(
      readManifest({ root, knownRules: KNOWN_RULES })
    ).rejects.toThrow(
      new Error(
        'the manifest plugsync.yaml is a symlink that loops: point it at the YAML file or remove it'
      )
    )
    await fs.rm(path.join(root, 'plugsync.yaml'))
    await fs.symlink('config/gone.yaml', path.join(root, 'plugsync.yaml'))
    await expect(
      readManifest({ root, knownRules: KNOWN_RULES })
    ).rejects.toThrow(
      new Error(
        "the manifest plugsync.yaml is a symlink to 'config/gone.yaml', which does not exist: point it at the YAML file or remove it"
      )
    )
  })
})
