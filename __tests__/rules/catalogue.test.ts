import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { renderRuleCatalogue } from '../../src/rules/catalogue.js'
import type { RuleInfo } from '../../src/rules/rule.js'

const DOCS = fileURLToPath(new URL('../../docs/rules.md', import.meta.url))

describe('docs/rules.md', () => {
  test('is the rendering of the registry (UPDATE_DOCS=1 rewrites it)', async () => {
    // Formatted as `npm run format` would, so that format:check passes.
    const options = await prettier.resolveConfig(DOCS)
    const rendered = await prettier.format(renderRuleCatalogue(), {
      ...options,
      parser: 'markdown'
    })
    if (process.env.UPDATE_DOCS === '1') {
      mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), {
        recursive: true
      })
      writeFileSync(DOCS, rendered)
    }
    let current = ''
    try {
      current = readFileSync(DOCS, 'utf8')
    } catch {
      // A missing file fails the comparison below with the same advice.
    }
    if (current !== rendered) {
      throw new Error(
        'docs/rules.md is out of date: run `UPDATE_DOCS=1 npm test -- catalogue`'
      )
    }
  })
})

describe('renderRuleCatalogue', () => {
  const rule: RuleInfo = {
    id: 'sample-rule',
    severity: 'warning',
    source: 'backend',
    group: 'config',
    summary: 'Catches a | pipe.',
    backendMessage: 'use `x`',
    example: { bad: '{ "a": 1 }', good: '{}' }
  }

  test('lists the rule in the table and gives its section', () => {
    const text = renderRuleCatalogue([rule])
    expect(text).toContain(
      '| [`sample-rule`](#sample-rule) | warning | backend | Catches a \\| pipe. |'
    )
    expect(text).toContain(
      [
        '## Config rules',
        '',
        '### sample-rule',
        '',
        '**warning**, source: backend',
        '',
        'Catches a | pipe.',
        '',
        'Backend message: ``use `x```',
        '',
        'Fails:',
        '',
        '```json',
        '{ "a": 1 }',
        '```',
        '',
        'Passes:',
        '',
        '```json',
        '{}',
        '```'
      ].join('\n')
    )
  })

  test('shows an empty example and a byte-order mark visibly', () => {
    const file: RuleInfo = {
      ...rule,
      group: 'file',
      example: { bad: '\uFEFF{}', good: '' }
    }
    const text = renderRuleCatalogue([file])
    expect(text).toContain('```text\n\\uFEFF{}\n```')
    expect(text).toContain('```text\n(an empty file)\n```')
    expect(text).not.toContain('## Config rules')
  })
})
