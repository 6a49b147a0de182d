import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../helpers/run-action.js'

/** A repository with one clean config, one broken one and a tricky name. */
function fixtureRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'plugsync-e2e-'))
  mkdirSync(join(root, 'connectors'))
  writeFileSync(
    join(root, 'connectors', 'compass.json'),
    readFileSync('_examples/compass-light.json')
  )
  writeFileSync(
    join(root, 'connectors', 'a,b:c.json'),
    [
      '{',
      '  "version": "3.0",',
      '  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }],',
      '  "flows": [',
      '    {',
      '      "name": "sync::x",',
      '      "source": "crm",',
      '      "event_type": "a\\nb",',
      '      "steps": [{ "id": "push", "action": "upsrt", "entity": "company" }]',
      '    }',
      '  ]',
      '}',
      ''
    ].join('\n')
  )
  writeFileSync(join(root, 'package.json'), '{"name": "not-a-config"}')
  return root
}

describe('the bundled action in validate mode', () => {
  let workspace: string
  beforeAll(() => {
    workspace = fixtureRepository()
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  /** A push to a feature branch: validate mode, the run's own variables. */
  const onPush = (env: Record<string, string> = {}) =>
    runAction({ workspace, eventName: 'push', ref: 'refs/heads/feature', env })
  const VERDICT =
    '::error::PlugSync config: 1 error in connectors/a,b:c.json (fail-on: error); see the annotations and the job summary'

  it('annotates each finding with escaped properties and fails once', async () => {
    const run = await onPush()
    expect(run.code).toBe(1)
    expect(run.commands.filter((c) => !c.startsWith('::debug::'))).toEqual([
      "::error title=unknown-action,file=connectors/a%2Cb%3Ac.json,line=9,endLine=9,col=43,endColumn=49::step \"push\" has action \"upsrt\", which is not an action; did you mean \"upsert\"? (PlugSync says: Unknown action 'upsrt'; must be one of ['associate_many', 'create', 'create_many', 'delete', 'delete_many', 'find', 'notify', 'plugin', 'post', 'skip', 'transform', 'update', 'update_many', 'upsert', 'upsert_many'])",
      VERDICT
    ])
  })

  it('runs without a job summary outside a runner, its verdict intact', async () => {
    const run = await onPush({ GITHUB_STEP_SUMMARY: '' })
    expect(run.code).toBe(1)
    expect(run.commands.slice(-2)).toEqual([
      '::debug::no job summary: GITHUB_STEP_SUMMARY is not set',
      VERDICT
    ])
  })

  it('warns when the job summary cannot be written, and keeps its verdict', async () => {
    // A directory where the summary file should be: the write fails.
    const run = await onPush({ GITHUB_STEP_SUMMARY: workspace })
    expect(run.code).toBe(1)
    expect(run.commands.slice(-2)).toEqual([
      `::warning::PlugSync config: the job summary could not be written (EISDIR: illegal operation on a directory, open '${workspace}'); the annotations and the report file hold the findings`,
      VERDICT
    ])
  })

  it('sets the outputs and writes the JSON report', async () => {
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature'
    })
    expect(run.outputs.valid).toBe('false')
    expect(run.outputs.errors).toBe('1')
    expect(run.outputs.warnings).toBe('0')
    const report = JSON.parse(run.written.report!)
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([
      'connectors/a,b:c.json',
      'connectors/compass.json'
    ])
    expect(report.counts).toEqual({ error: 1, warning: 0, notice: 0 })
  })

  it('writes the report into a folder it makes', async () => {
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature',
      inputs: { report: 'out/reports/plugsync.json' }
    })
    expect(run.outputs.report).toBe(
      join(workspace, 'out/reports/plugsync.json')
    )
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).valid).toBe(
      false
    )
    rmSync(join(workspace, 'out'), { recursive: true, force: true })
  })

  it('keeps its other outputs and says why when the report cannot be written', async () => {
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature',
      inputs: { report: 'connectors' }
    })
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({ valid: 'false', errors: '1', warnings: '0' })
    expect(run.commands.at(-1)).toBe(
      '::error::PlugSync config: 1 error in connectors/a,b:c.json (fail-on: error); see the annotations and the job summary%0APlugSync config: the report input names connectors, but it is a folder: name a file in it, or leave the input empty'
    )
  })

  it('never writes the report over a config it checks', async () => {
    const before = readFileSync(join(workspace, 'connectors/compass.json'))
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature',
      inputs: { report: 'connectors/compass.json' }
    })
    expect(readFileSync(join(workspace, 'connectors/compass.json'))).toEqual(
      before
    )
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)).toMatch(
      /%0APlugSync config: the report input names connectors\/compass.json, but it is a file this run checks: it was not overwritten; name another file$/
    )
  })

  it('refuses a working-directory that is a link out of the workspace', async () => {
    symlinkSync('..', join(workspace, 'up'))
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature',
      inputs: { 'working-directory': 'up' }
    })
    rmSync(join(workspace, 'up'))
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)).toBe(
      '::error::PlugSync config: working-directory "up" leads out of the workspace: name a folder of the repository, relative to its top (as in "connectors")'
    )
  })

  it('refuses an api-url input that is empty rather than use production', async () => {
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature',
      inputs: { 'api-url': '' }
    })
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)).toBe(
      '::error::PlugSync config: input api-url is empty: give the PlugSync API URL (check the variable it comes from), or leave the input out to use PlugSync itself'
    )
  })

  it('refuses a working-directory that leads out of the workspace', async () => {
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature',
      inputs: { 'working-directory': '../..' }
    })
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)).toBe(
      '::error::PlugSync config: working-directory "../.." leads out of the workspace: name a folder of the repository, relative to its top (as in "connectors")'
    )
  })

  it('summarises every file, entity mode and finding with links', async () => {
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature'
    })
    const link =
      'https://github.com/acme/connectors/blob/0123456789abcdef0123456789abcdef01234567'
    expect(run.summary).toBe(
      [
        '## PlugSync config',
        '',
        '### Validation: 2 configs, 1 error',
        '',
        '| file | errors | warnings | notices | entities |',
        '| --- | ---: | ---: | ---: | --- |',
        `| [connectors/a,b:c.json](${link}/connectors/a%2Cb%3Ac.json) | 1 | 0 | 0 | company (simple) |`,
        `| [connectors/compass.json](${link}/connectors/compass.json) | 0 | 0 | 0 | company (simple) |`,
        '',
        '#### connectors/a,b:c.json',
        '',
        `- ❌ **error** \`unknown-action\` [line 9, column 43](${link}/connectors/a%2Cb%3Ac.json#L9): step "push" has action "upsrt", which is not an action; did you mean "upsert"? \\(PlugSync says: Unknown action 'upsrt'; must be one of \\['associate\\_many', 'create', 'create\\_many', 'delete', 'delete\\_many', 'find', 'notify', 'plugin', 'post', 'skip', 'transform', 'update', 'update\\_many', 'upsert', 'upsert\\_many'\\]\\)`,
        '',
        ''
      ].join('\n')
    )
  })

  it('passes with fail-on never and says the mode it chose', async () => {
    const run = await runAction({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/feature',
      inputs: { 'fail-on': 'never' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.valid).toBe('true')
    expect(run.stdout.split('\n')[0]).toBe(
      'mode: validate (push to refs/heads/feature, not the default branch)'
    )
  })

  it('names files from the repository top when working-directory is a folder', async () => {
    const monorepo = mkdtempSync(join(tmpdir(), 'plugsync-e2e-mono-'))
    mkdirSync(join(monorepo, 'services', 'crm'), { recursive: true })
    writeFileSync(
      join(monorepo, 'services', 'crm', 'typo.json'),
      '{"version": "3.1", "flows": [], "entities": [], "settings": 1}'
    )
    const run = await runAction({
      workspace: monorepo,
      eventName: 'push',
      ref: 'refs/heads/feature',
      inputs: { 'working-directory': 'services/crm' }
    })
    rmSync(monorepo, { recursive: true, force: true })
    expect(run.commands.filter((c) => c.startsWith('::error title'))).toEqual([
      '::error title=wrong-type,file=services/crm/typo.json,line=1,endLine=1,col=61,endColumn=61::"settings" is 1; it must be an object (PlugSync says: Input should be a valid dictionary)'
    ])
    expect(run.summary).toContain(
      '(https://github.com/acme/connectors/blob/0123456789abcdef0123456789abcdef01234567/services/crm/typo.json#L1)'
    )
  })

  it('fails with one clear line on an input it does not know', async () => {
    const run = await runAction({
      workspace,
      inputs: { 'fail-on': 'sometimes' }
    })
    expect(run.code).toBe(1)
    expect(run.commands).toEqual([
      '::error::PlugSync config: input fail-on is "sometimes": use one of "error", "warning", "never"'
    ])
  })
})
