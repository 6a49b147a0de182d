import { RULES } from './registry.js'
import type { RuleGroup, RuleInfo } from './rule.js'

const GROUPS: ReadonlyArray<{
  group: RuleGroup
  title: string
  language: string
}> = [
  { group: 'file', title: 'File rules', language: 'text' },
  { group: 'config', title: 'Config rules', language: 'json' },
  {
    group: 'manifest',
    title: 'Manifest rules (plugsync.yaml)',
    language: 'yaml'
  },
  { group: 'api', title: 'PlugSync API rules', language: 'text' }
]

const SOURCES = `- **backend**: PlugSync's public Config V3 reference says the backend rejects
  such a config (saving the draft or publishing fails).
- **runtime**: the backend accepts the config, but the worker fails or ignores
  it when it runs.
- **project**: not stated publicly; this project's own judgement of a likely
  mistake, never an error unless the mistake makes a run fail for certain or
  would change what this tool sends to PlugSync.`

/**
 * The rule catalogue, docs/rules.md, rendered from the registry: every rule
 * with its severity, source, what it catches, the backend's message and an
 * example that fails and one that passes.
 */
export function renderRuleCatalogue(
  rules: readonly RuleInfo[] = RULES
): string {
  const parts = [
    '# Rules',
    '<!-- Generated from src/rules/registry.ts: run `UPDATE_DOCS=1 npm test -- catalogue` after changing a rule. Do not edit by hand. -->',
    `Every finding names one of these ${rules.length} rules. Each has a default severity (error, warning or notice); the manifest's \`rules:\` section can change it or turn the rule \`off\`. The source says who decides:`,
    SOURCES,
    summaryTable(rules)
  ]
  for (const { group, title, language } of GROUPS) {
    const members = rules.filter((rule) => rule.group === group)
    if (members.length === 0) continue
    parts.push(`## ${title}`)
    for (const rule of members) parts.push(ruleSection(rule, language))
  }
  return parts.join('\n\n') + '\n'
}

function summaryTable(rules: readonly RuleInfo[]): string {
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${rule.source} | ${cell(rule.summary)} |`
  )
  return [
    '| rule | severity | source | catches |',
    '|---|---|---|---|',
    ...rows
  ].join('\n')
}

function ruleSection(rule: RuleInfo, language: string): string {
  const lines = [
    `### ${rule.id}`,
    '',
    `**${rule.severity}**, source: ${rule.source}`,
    '',
    rule.summary
  ]
  if (rule.backendMessage !== undefined) {
    lines.push('', `Backend message: ${code(rule.backendMessage)}`)
  }
  lines.push('', 'Fails:', '', fence(rule.example.bad, language))
  lines.push('', 'Passes:', '', fence(rule.example.good, language))
  return lines.join('\n')
}

/** A code block; invisible characters are shown as escapes. */
function fence(text: string, language: string): string {
  const shown =
    text === '' ? '(an empty file)' : visible(text).replace(/\n+$/, '')
  return ['```' + language, shown, '```'].join('\n')
}

/** Inline code that survives backticks in its text. */
function code(text: string): string {
  const ticks = text.includes('`') ? '``' : '`'
  return `${ticks}${text}${ticks}`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function visible(text: string): string {
  return text.replace(/\uFEFF/g, '\\uFEFF')
}
