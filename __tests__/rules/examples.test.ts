import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseManifest } from '../../src/discover/manifest.js'
import { checkBytes } from '../../src/engine/check-file.js'
import { checkConfig } from '../../src/rules/index.js'
import { RULES } from '../../src/rules/registry.js'
import { problemsOf } from './helpers.js'

// Examples that describe a situation rather than hold a file's text: the
// engine and client tests of their owners cover these rules.
const DESCRIBED = new Set([
  'invalid-utf8',
  'nesting-too-deep',
  'unreadable-file',
  'unreadable-directory',
  'symlink-outside-repo',
  'symlink-loop',
  'backend-rejected'
])

const configRules = RULES.filter((rule) => rule.group === 'config')

describe.each(configRules.map((rule) => [rule.id, rule] as const))(
  'example of %s',
  (id, rule) => {
    test('the bad snippet raises the rule', () => {
      const rules = checkConfig(
        JSON.parse(rule.example.bad) as Record<string, unknown>
      ).map((p) => p.rule)
      expect(rules).toContain(id)
    })

    test('the good snippet does not, and raises no error or warning', () => {
      const problems = problemsOf(
        JSON.parse(rule.example.good) as Record<string, unknown>
      )
      expect(problems.map((p) => p.rule)).not.toContain(id)
      expect(problems.filter((p) => p.severity !== 'notice')).toEqual([])
    })
  }
)

const fileRules = RULES.filter(
  (rule) => rule.group === 'file' && !DESCRIBED.has(rule.id)
)

describe.each(fileRules.map((rule) => [rule.id, rule] as const))(
  'example of %s',
  (id, rule) => {
    const rulesOf = (text: string) =>
      checkBytes('example.json', new TextEncoder().encode(text)).findings.map(
        (f) => f.rule
      )

    test('the bad file raises the rule', () => {
      expect(rulesOf(rule.example.bad)).toContain(id)
    })

    test('the good file does not', () => {
      expect(rulesOf(rule.example.good)).not.toContain(id)
    })
  }
)

describe('examples of the manifest rules', () => {
  let root = ''

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rules-examples-'))
    mkdirSync(join(root, 'connectors'))
    for (const name of ['acme.json', 'acme-eu.json']) {
      writeFileSync(join(root, 'connectors', name), '{ "version": "3.0" }')
    }
  })

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  const rulesOf = async (text: string) => {
    const knownRules = RULES.map((rule) => rule.id)
    const manifest = await parseManifest(text, { root, knownRules })
    return manifest.problems.map((problem) => problem.rule)
  }

  test.each(
    RULES.filter((rule) => rule.group === 'manifest').map(
      (rule) => [rule.id, rule] as const
    )
  )(
    '%s: the bad manifest raises it, the good one does not',
    async (id, rule) => {
      expect(await rulesOf(rule.example.bad)).toContain(id)
      expect(await rulesOf(rule.example.good)).not.toContain(id)
    }
  )
})

test('only the described examples are left untested here', () => {
  const tested = new Set(
    RULES.filter(
      (rule) =>
        ['config', 'manifest'].includes(rule.group) || !DESCRIBED.has(rule.id)
    ).map((rule) => rule.id)
  )
  expect(
    RULES.filter((rule) => !tested.has(rule.id)).map((rule) => rule.id)
  ).toEqual([...DESCRIBED])
})
