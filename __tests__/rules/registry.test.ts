import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RULES, isRuleId, ruleInfo } from '../../src/rules/registry.js'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))

// Rules the spec or the brief marks as errors although they are not the
// backend's: a certain run-time failure, a merge accident, a value this
// tool would change, or input of this tool itself that it cannot use.
const PROJECT_ERRORS = new Set([
  'duplicate-key',
  'inexact-number',
  'unreadable-file',
  'unreadable-directory',
  'symlink-outside-repo',
  'symlink-loop',
  'unknown-entity-reference',
  'manifest-invalid',
  'manifest-invalid-value',
  'manifest-missing-path',
  'manifest-path-outside-repo',
  'manifest-duplicate-id'
])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory())
      return name === 'generated' ? [] : sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

/**
 * The rule ids the source emits: literals given as `rule:`, passed to a
 * `problem(...)` helper, chosen by a ternary as `rule = ...`, or listed as
 * keys of a `*_RULES` table.
 */
function emittedIds(): Set<string> {
  const id = "'([a-z0-9]+(?:-[a-z0-9]+)+)'"
  const patterns = [
    new RegExp(`\\brule:\\s*${id}`, 'g'),
    new RegExp(`\\bproblem\\(\\s*${id}`, 'g'),
    new RegExp(`\\brule\\s*=[^?;]*\\?\\s*${id}\\s*:\\s*${id}`, 'g'),
    new RegExp(`\\bid:\\s*${id}`, 'g'),
    new RegExp(`_REJECTED\\s*=\\s*${id}`, 'g')
  ]
  const ids = new Set<string>()
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8')
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        for (const found of match.slice(1)) if (found) ids.add(found)
      }
    }
    if (/_RULES = \{/.test(text)) {
      for (const match of text.matchAll(new RegExp(`^\\s*${id}:`, 'gm')))
        ids.add(match[1]!)
    }
  }
  return ids
}

describe('the rule registry', () => {
  test('has unique kebab-case ids', () => {
    const ids = RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  test('holds the rules of the other parts of the product', () => {
    const expected = {
      'invalid-json': 'error',
      'duplicate-key': 'error',
      'byte-order-mark': 'notice',
      'invalid-utf8': 'error',
      'empty-file': 'error',
      'not-an-object': 'error',
      'nesting-too-deep': 'error',
      'inexact-number': 'error',
      'unreadable-file': 'error',
      'symlink-outside-repo': 'error',
      'symlink-loop': 'error',
      'manifest-invalid': 'error',
      'manifest-unknown-key': 'warning',
      'manifest-invalid-value': 'error',
      'manifest-missing-path': 'error',
      'manifest-path-outside-repo': 'error',
      'manifest-duplicate-id': 'error',
      'manifest-duplicate-path': 'warning',
      'manifest-unknown-rule': 'warning',
      'backend-rejected': 'error'
    }
    for (const [id, severity] of Object.entries(expected)) {
      expect([id, ruleInfo(id).severity]).toEqual([id, severity])
    }
  })

  test('gives severities as the spec marks sources', () => {
    for (const rule of RULES) {
      const allowed =
        rule.source === 'backend'
          ? ['error']
          : rule.source === 'runtime'
            ? ['error', 'warning']
            : PROJECT_ERRORS.has(rule.id)
              ? ['error']
              : ['warning', 'notice']
      expect([rule.id, allowed.includes(rule.severity)]).toEqual([
        rule.id,
        true
      ])
    }
  })

  test('gives every rule a summary sentence and both examples', () => {
    for (const rule of RULES) {
      expect([rule.id, /^[A-Z`"].*\.$/s.test(rule.summary)]).toEqual([
        rule.id,
        true
      ])
      expect(rule.example.bad).not.toBe(rule.example.good)
    }
  })

  test('knows every rule id the source emits', () => {
    const ids = emittedIds()
    expect(ids.size).toBeGreaterThan(40)
    expect([...ids].filter((id) => !isRuleId(id))).toEqual([])
  })

  test('throws for an unknown id', () => {
    expect(() => ruleInfo('no-such-rule')).toThrow(
      'unknown rule id "no-such-rule"'
    )
    expect(isRuleId('toString')).toBe(false)
  })
})
