import { readFileSync, writeFileSync } from 'node:fs'
import * as prettier from 'prettier'
import { parse } from 'yaml'

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
}

/** The inputs table as the README must show it, made from action.yml. */
function inputsTable(): string {
  const rows = Object.entries(action.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.default ? `\`${cell(input.default)}\`` : '(empty)'} | ${cell(input.description)} |`
  )
  return [
    '| input | default | what it does |',
    '| --- | --- | --- |',
    ...rows
  ].join('\n')
}

/** The outputs table as the README must show it, made from action.yml. */
function outputsTable(): string {
  const rows = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  )
  return ['| output | what it holds |', '| --- | --- |', ...rows].join('\n')
}

function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from)
    throw new Error(`README.md has no ${start} ... ${end} block`)
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`
}

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8')

  it('lists every input and output of action.yml with its default', async () => {
    const options = await prettier.resolveConfig('README.md')
    const expected = await prettier.format(
      replaceBlock(
        replaceBlock(readme, 'inputs', inputsTable()),
        'outputs',
        outputsTable()
      ),
      { ...options, parser: 'markdown' }
    )
    if (process.env.UPDATE_DOCS === '1') writeFileSync('README.md', expected)
    expect(readme).toBe(expected)
  })

  it('shows the example workflow exactly as the file has it', () => {
    const workflow = readFileSync('_examples/workflows/plugsync.yml', 'utf8')
    expect(readme).toContain('```yaml\n' + workflow + '```')
  })

  it('starts with a quick start of the two commands', () => {
    const quickStart = readme.split('\n## ')[1] ?? ''
    expect(quickStart.split('\n')[0]).toBe('Quick start')
    expect(quickStart).toContain('node dist/cli/index.js validate _examples')
    expect(quickStart).toContain('npm install-ci-test')
  })
})
