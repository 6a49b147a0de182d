import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cliMain } from '../../src/cli/main.js'
import { VALIDATE_HELP, VERSION } from '../../src/cli/validate-command.js'
import { PIECE } from '../../src/report/json-text.js'

/** Runs the CLI in-process in a directory and captures what it prints. */
async function cli(args: string[], cwd: string, color = false) {
  let stdout = ''
  let stderr = ''
  const code = await cliMain(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color,
    cwd,
    env: {}
  })
  return { code, stdout, stderr }
}

const BAD = `{
  "version": "3.0",
  "entities": [{ "name": "company", "schemas": { "hubspot": {} } }],
  "flows": [
    {
      "name": "sync",
      "source": "crm",
      "event_type": "company.updated",
      "steps": [{ "id": "push", "action": "upsrt", "entity": "company" }]
    }
  ]
}
`

describe('plugsync-config validate', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plugsync-cli-'))
    mkdirSync(join(dir, 'connectors'))
    writeFileSync(join(dir, 'connectors', 'bad.json'), BAD)
    writeFileSync(join(dir, 'package.json'), '{"name": "not-a-config"}')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('passes the bundled examples with exit 0', async () => {
    const result = await cli(['validate', '_examples'], process.cwd())
    expect(result).toEqual({
      code: 0,
      stdout: '2 files checked: no findings\n',
      stderr: ''
    })
  })

  it('prints each finding with its line, a caret under it and exits 1', async () => {
    const result = await cli(['validate'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'connectors/bad.json',
        `  9:43  error   step "push" has action "upsrt", which is not an action; did you mean "upsert"? (PlugSync says: Unknown action 'upsrt'; must be one of ['associate_many', 'create', 'create_many', 'delete', 'delete_many', 'find', 'notify', 'plugin', 'post', 'skip', 'transform', 'update', 'update_many', 'upsert', 'upsert_many'])  unknown-action`,
        `    9 |       "steps": [{ "id": "push", "action": "upsrt", "entity": "company" }]`,
        '      |                                           ^^^^^^^',
        '',
        '1 error in 1 file (1 file checked)',
        ''
      ].join('\n')
    )
  })

  it('colours the severity only when asked', async () => {
    const plain = await cli(['validate'], dir, false)
    const colored = await cli(['validate'], dir, true)
    expect(plain.stdout).not.toContain('\u001b[')
    expect(colored.stdout).toContain('\u001b[31merror  \u001b[0m')
    const noColor = await cli(['validate', '--no-color'], dir, true)
    expect(noColor.stdout).toBe(plain.stdout)
  })

  it('says how to leave out a file found by its content that does not parse', async () => {
    writeFileSync(join(dir, 'data.json'), '{"a": 1,}\n')
    writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]))
    writeFileSync(join(dir, 'empty.json'), '')
    const found = await cli(['validate', '--format', 'json'], dir)
    const named = await cli(['validate', '--format', 'json', 'data.json'], dir)
    const message = (result: { stdout: string }) =>
      JSON.parse(result.stdout).findings.find(
        (finding: { file: string }) => finding.file === 'data.json'
      ).message
    expect(message(found)).toBe(
      "trailing comma before '}': remove it; if this file is not a connector config, leave it out with exclude (--exclude on the command line)"
    )
    expect(message(named)).toBe("trailing comma before '}': remove it")
    const hinted = JSON.parse(found.stdout)
      .findings.filter((finding: { message: string }) =>
        finding.message.endsWith('(--exclude on the command line)')
      )
      .map(
        (finding: { rule: string; file: string }) =>
          `${finding.rule} ${finding.file}`
      )
    expect(hinted).toEqual([
      'invalid-json data.json',
      'empty-file empty.json',
      'invalid-utf8 latin1.json'
    ])
  })

  it('gives no such hint for a file the manifest lists, its entry dropped', async () => {
    writeFileSync(join(dir, 'data.json'), '{"a": 1,}\n')
    writeFileSync(
      join(dir, 'plugsync.yaml'),
      [
        'connectors:',
        '  - path: connectors/bad.json',
        '    id: cn_same',
        '  - path: data.json',
        '    id: cn_same',
        ''
      ].join('\n')
    )
    const result = await cli(['validate', '--format', 'json'], dir)
    const findings = JSON.parse(result.stdout).findings.map(
      (finding: { rule: string; file: string; message: string }) =>
        `${finding.rule} ${finding.file}: ${finding.message}`
    )
    expect(findings).toContain(
      "invalid-json data.json: trailing comma before '}': remove it"
    )
    expect(findings.filter((f: string) => f.startsWith('manifest-'))).toEqual([
      "manifest-duplicate-id plugsync.yaml: connector id 'cn_same' is listed twice (first at line 3): one PlugSync connector has one config"
    ])
  })

  it("applies the manifest's severities to the manifest's own rules and discovery's", async () => {
    const outside = mkdtempSync(join(tmpdir(), 'plugsync-outside-'))
    symlinkSync(outside, join(dir, 'linked'))
    symlinkSync(outside, join(dir, 'connectors', 'away'))
    writeFileSync(
      join(dir, 'plugsync.yaml'),
      [
        'connectors:',
        '  - path: connectors/bad.json',
        '    id: cn_bad',
        '    nmae: x',
        'rules:',
        '  manifest-unknown-key: error',
        '  symlink-outside-repo: notice',
        '  unknown-action: off',
        ''
      ].join('\n')
    )
    const result = await cli(['validate', '--format', 'json'], dir)
    rmSync(outside, { recursive: true, force: true })
    const report = JSON.parse(result.stdout)
    expect(
      report.findings.map(
        (f: { rule: string; severity: string; file: string }) =>
          `${f.severity} ${f.rule} ${f.file}`
      )
    ).toEqual([
      'notice symlink-outside-repo connectors/away',
      'notice symlink-outside-repo linked',
      'error manifest-unknown-key plugsync.yaml'
    ])
    expect(result.code).toBe(1)
  })

  it('reports a .json symlink to nothing instead of skipping it', async () => {
    symlinkSync('nothere.json', join(dir, 'connectors', 'dangling.json'))
    symlinkSync('nothere', join(dir, 'connectors', 'dangling-dir'))
    const result = await cli(['validate', '--format', 'json'], dir)
    expect(
      JSON.parse(result.stdout).findings.map(
        (f: { rule: string; file: string; message: string }) =>
          `${f.rule} ${f.file}: ${f.message}`
      )
    ).toEqual([
      'unknown-action connectors/bad.json: step "push" has action "upsrt", which is not an action; did you mean "upsert"?',
      'unreadable-file connectors/dangling.json: the file could not be read (ENOENT): check that it exists (a symlink, that what it points at does) and is readable'
    ])
  })

  it('reports a .json file whose name is not UTF-8 instead of skipping it', async () => {
    const name = Buffer.concat([
      Buffer.from(join(dir, 'connectors', 'bad')),
      Buffer.from([0xff]),
      Buffer.from('name.json')
    ])
    writeFileSync(name, BAD)
    const result = await cli(['validate', '--format', 'json'], dir)
    const report = JSON.parse(result.stdout)
    expect(
      report.findings.map(
        (f: { rule: string; file: string; message: string }) =>
          `${f.rule} ${f.file}: ${f.message}`
      )
    ).toEqual([
      'unknown-action connectors/bad.json: step "push" has action "upsrt", which is not an action; did you mean "upsert"?',
      'unreadable-file connectors/bad\uFFFDname.json: the file name is not UTF-8, so the file cannot be opened by it: rename it'
    ])
    expect(result.code).toBe(1)

    // The manifest's rules change its severity, as any rule's.
    writeFileSync(
      join(dir, 'plugsync.yaml'),
      'rules:\n  unreadable-file: warning\n  unknown-action: off\n'
    )
    const relaxed = await cli(['validate', '--format', 'json'], dir)
    expect(
      JSON.parse(relaxed.stdout).findings.map(
        (f: { rule: string; severity: string }) => `${f.severity} ${f.rule}`
      )
    ).toEqual(['warning unreadable-file'])
    expect(relaxed.code).toBe(0)
  })

  it('refuses an absolute pattern, saying how to write it', async () => {
    for (const [option, pattern] of [
      ['--configs', '/abs/x.json'],
      ['--configs', '/'],
      ['--configs', 'C:\\configs\\*.json'],
      ['--exclude', '!/etc']
    ] as const) {
      const result = await cli(['validate', option, pattern], dir)
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `plugsync-config: the pattern '${pattern}' is absolute: write it relative to the repository root, as in connectors/*.json\n`
      })
    }
  })

  it("refuses a pattern that climbs out with '..'", async () => {
    for (const [option, pattern] of [
      ['--configs', '../*.json'],
      ['--configs', 'sub/../../*.json'],
      ['--exclude', '!connectors/../../x']
    ] as const) {
      const result = await cli(['validate', option, pattern], dir)
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `plugsync-config: the pattern '${pattern}' has a '..' part, but patterns match only below the repository root: write it from the root, as in connectors/*.json, or check another root (--root on the command line, working-directory in the action)\n`
      })
    }
    // A '..' inside a name is no part of its own.
    const dotted = await cli(
      ['validate', '--configs', 'connectors/a..b.json'],
      dir
    )
    expect(dotted.code).toBe(0)
  })

  it('writes a JSON report with counts and positions', async () => {
    const result = await cli(['validate', '--format', 'json'], dir)
    const report = JSON.parse(result.stdout)
    expect(result.code).toBe(1)
    expect(report.counts).toEqual({ error: 1, warning: 0, notice: 0 })
    expect(report.files).toEqual([
      {
        file: 'connectors/bad.json',
        entities: [{ name: 'company', mode: 'simple', pointer: '/entities/0' }]
      }
    ])
    expect(report.findings[0]).toMatchObject({
      rule: 'unknown-action',
      file: 'connectors/bad.json',
      pointer: '/flows/0/steps/0/action',
      line: 9,
      column: 43,
      endLine: 9,
      endColumn: 50
    })
  })

  it('writes a large JSON or SARIF report in pieces, never as one text', async () => {
    const flows = Array.from({ length: 1500 }, (_, index) => ({
      name: `sync_${index}`,
      source: 'crm',
      event_type: `company.updated_${index}`,
      steps: [],
      colour: 'red'
    }))
    writeFileSync(
      join(dir, 'connectors', 'bad.json'),
      JSON.stringify({ version: '3.0', entities: [], flows }, null, 2)
    )
    for (const format of ['json', 'sarif']) {
      const writes: string[] = []
      const code = await cliMain(['validate', '--format', format], {
        stdout: (text) => writes.push(text),
        stderr: () => {},
        color: false,
        cwd: dir,
        env: {}
      })
      const text = writes.join('')
      expect(code).toBe(0)
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
      expect(text.length).toBeGreaterThan(4 * PIECE)
      expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(
        PIECE + 1024
      )
    }
  })

  it('says what to do when the output is larger than Node can hold', async () => {
    let stderr = ''
    const code = await cliMain(['validate', '--format', 'json'], {
      stdout: () => {
        throw new RangeError('Invalid string length')
      },
      stderr: (text) => (stderr += text),
      color: false,
      cwd: dir,
      env: {}
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'plugsync-config: the output is larger than Node can hold as one text: check part of the repository at a time, naming paths or using --configs and --exclude\n'
    )
  })

  it('writes SARIF 2.1.0 with code-point columns and the rule', async () => {
    const result = await cli(['validate', '--format', 'sarif'], dir)
    const sarif = JSON.parse(result.stdout)
    const run = sarif.runs[0]
    expect(sarif.version).toBe('2.1.0')
    expect(run.columnKind).toBe('unicodeCodePoints')
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'unknown-action'
    ])
    expect(run.results[0].level).toBe('error')
    expect(run.results[0].ruleIndex).toBe(0)
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'connectors/bad.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 9, startColumn: 43, endLine: 9, endColumn: 50 }
    })
  })

  it('gives a file outside the root a file:// URI in SARIF, not one under the root', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'plugsync-outside-'))
    writeFileSync(join(outside, 'my config.json'), BAD)
    const result = await cli(
      ['validate', '--format', 'sarif', join(outside, 'my config.json')],
      dir
    )
    rmSync(outside, { recursive: true, force: true })
    const location = JSON.parse(result.stdout).runs[0].results[0].locations[0]
    expect(location.physicalLocation.artifactLocation).toEqual({
      uri: `file://${outside}/my%20config.json`
    })
  })

  it('fails on warnings only with --fail-on warning, never with never', async () => {
    writeFileSync(
      join(dir, 'connectors', 'bad.json'),
      '{"version": "3.0", "flows": [], "entites": []}'
    )
    expect((await cli(['validate'], dir)).code).toBe(0)
    expect((await cli(['validate', '--fail-on', 'warning'], dir)).code).toBe(1)
    writeFileSync(join(dir, 'connectors', 'bad.json'), BAD)
    expect((await cli(['validate', '--fail-on', 'never'], dir)).code).toBe(0)
  })

  it('checks a file named on the command line whatever it holds', async () => {
    const result = await cli(['validate', 'package.json'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').filter((l) => /^ {2}\d/.test(l))).toEqual([
      `  1:1  error   the config has no "version": add "version": "3.0" (or "3.1" to use bulk actions) (PlugSync says: Input should be '3.0' or '3.1')  invalid-version`,
      '  1:1  notice  this config has no entities and no flows, so it does nothing: add the entities it syncs and the flows that write them  empty-config',
      '  1:2  warning the config has an unknown key "name", which the backend keeps but nothing reads: remove it or use one of "$schema", "version", "entities", "flows", "settings"  unknown-key'
    ])
  })

  it('exits 2 with a message for a path that does not exist', async () => {
    const result = await cli(['validate', 'nope.json'], dir)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: nope.json does not exist: name a config file or a directory\n'
    })
  })

  it.each([
    [
      ['--frmat', 'json'],
      'unknown option --frmat: did you mean --format? (run "plugsync-config validate --help" for its options)'
    ],
    [
      ['--verbose'],
      'unknown option --verbose (run "plugsync-config validate --help" for its options)'
    ],
    [
      ['--root'],
      '--root needs a value, as in --root=<value> (run "plugsync-config validate --help" for its options)'
    ],
    [
      ['--fail-on', '-x'],
      '--fail-on is followed by something that looks like an option, not its value: write --fail-on=<value> for a value that starts with "-" (run "plugsync-config validate --help" for its options)'
    ],
    [
      ['--fail-on', 'error', '--fail-on', 'never'],
      '--fail-on is given 2 times: give it once (run "plugsync-config validate --help" for its options)'
    ],
    [
      ['--format=json', '--format', 'json', '--format', 'sarif'],
      '--format is given 3 times: give it once (run "plugsync-config validate --help" for its options)'
    ],
    [
      ['--manifest', ''],
      'the manifest path is empty: name the manifest file, or leave it out to use plugsync.yaml'
    ],
    [
      ['--root', 'connectors/bad.json'],
      'the repository root DIR/connectors/bad.json is not a directory: check the working directory'
    ],
    [['--format', 'xml'], '--format is "xml": use one of text, json, sarif'],
    [
      ['--fail-on', 'eror'],
      '--fail-on is "eror": did you mean "error"? use one of error, warning, never'
    ],
    [
      ['--format', 'Sarif'],
      '--format is "Sarif": did you mean "sarif"? use one of text, json, sarif'
    ]
  ])('exits 2 for the options %j, saying why', async (args, message) => {
    expect(await cli(['validate', ...args], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `plugsync-config: ${message.replace('DIR', dir)}\n`
    })
  })

  it('shows control characters in a file name as escapes, not raw', async () => {
    writeFileSync(join(dir, 'f\u001b[32mGREEN.json'), BAD)
    const result = await cli(['validate', 'f\u001b[32mGREEN.json'], dir)
    expect(result.stdout.split('\n')[0]).toBe('f\\u{1B}[32mGREEN.json')
  })

  it('refuses a named pipe or a device instead of waiting on it', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')])
    symlinkSync('/dev/zero', join(dir, 'zero.json'))
    for (const name of ['pipe.json', 'zero.json']) {
      expect(await cli(['validate', name], dir)).toEqual({
        code: 2,
        stdout: '',
        stderr: `plugsync-config: ${name} is not a regular file (a device, a pipe or a socket): name a config file or a directory\n`
      })
    }
  })

  it('names a symlink loop as such', async () => {
    symlinkSync('loop-b.json', join(dir, 'loop-a.json'))
    symlinkSync('loop-a.json', join(dir, 'loop-b.json'))
    expect((await cli(['validate', 'loop-a.json'], dir)).stderr).toBe(
      'plugsync-config: loop-a.json is a symlink loop: point it at a file or remove it\n'
    )
  })

  it('follows a link in a named folder anywhere in the root, and names a link out of it by its whole path', async () => {
    mkdirSync(join(dir, 'shared'))
    writeFileSync(join(dir, 'shared', 'types.json'), BAD)
    symlinkSync('../shared/types.json', join(dir, 'connectors', 'linked.json'))
    symlinkSync(tmpdir(), join(dir, 'connectors', 'out'))
    const result = await cli(['validate', 'connectors'], dir)
    const lines = result.stdout.split('\n')
    expect(lines.filter((line) => /^\S/.test(line))).toEqual([
      'connectors/bad.json',
      'connectors/linked.json',
      'connectors/out',
      '3 errors in 3 files (2 files checked)'
    ])
    expect(lines).toContain(
      '  1:1  error   the symlink connectors/out leads out of the repository: it was not followed; point it inside the repository or exclude it  symlink-outside-repo'
    )
  })

  it('shows control characters from a config as escapes, never raw', async () => {
    writeFileSync(
      join(dir, 'connectors', 'bad.json'),
      BAD.replace('upsrt', '\\u001b[31mx\\u0007')
    )
    const result = await cli(['validate'], dir)
    expect(
      result.stdout.includes('\u001b') || result.stdout.includes('\u0007')
    ).toBe(false)
    expect(result.stdout).toContain(
      "(PlugSync says: Unknown action '\\u{1B}[31mx\\u{7}';"
    )
  })

  it('shows a manifest problem in its line, with the file it likely meant', async () => {
    writeFileSync(
      join(dir, 'plugsync.yaml'),
      'connectors:\n  - path: connectors/bda.json\n    id: cn_1\n'
    )
    const lines = (await cli(['validate'], dir)).stdout.split('\n')
    const manifest = lines.indexOf('plugsync.yaml')
    expect(lines.slice(manifest, manifest + 5)).toEqual([
      'plugsync.yaml',
      "  2:11  error   the path 'connectors/bda.json' of connector 1 does not exist in the repository: did you mean 'connectors/bad.json'?  manifest-missing-path",
      '    2 |   - path: connectors/bda.json',
      '      |           ^^^^^^^^^^^^^^^^^^^',
      ''
    ])
  })

  it('exits 2 when a manifest named on the command line does not exist', async () => {
    const result = await cli(['validate', '--manifest', 'nope.yaml'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `plugsync-config: the manifest nope.yaml does not exist: check the path (relative to ${dir}), or leave it out to use plugsync.yaml when there is one\n`
    )
  })

  it('checks the manifest named outright as the manifest, not as a config', async () => {
    writeFileSync(
      join(dir, 'plugsync.yaml'),
      'connectors:\n  - path: connectors/bad.json\n    id: cn_bad\n  - path: connectors/bad.json\n    id: cn_bad\n'
    )
    const result = await cli(
      ['validate', '--format', 'json', 'plugsync.yaml'],
      dir
    )
    expect(
      JSON.parse(result.stdout).findings.map(
        (finding: { rule: string; file: string }) =>
          `${finding.rule} ${finding.file}`
      )
    ).toEqual([
      'manifest-duplicate-path plugsync.yaml',
      'manifest-duplicate-id plugsync.yaml'
    ])
    expect(result.stderr).toBe('')
    // By a symlink too.
    symlinkSync('plugsync.yaml', join(dir, 'linked.yaml'))
    const linked = await cli(
      ['validate', '--format', 'json', 'linked.yaml'],
      dir
    )
    expect(
      JSON.parse(linked.stdout).findings.map(
        (finding: { rule: string }) => finding.rule
      )
    ).toEqual(['manifest-duplicate-path', 'manifest-duplicate-id'])
  })

  it('leaves out a file named outright that exclude leaves out, saying so', async () => {
    const result = await cli(
      [
        'validate',
        '--exclude',
        'connectors/bad.json',
        'connectors/bad.json',
        './connectors/bad.json'
      ],
      dir
    )
    expect(result).toEqual({
      code: 0,
      stdout: 'no files checked: no findings\n',
      stderr:
        'warning: connectors/bad.json is named, but exclude leaves it out: it was not checked\n'
    })
  })

  it('warns when the configs patterns match no file', async () => {
    const result = await cli(['validate', '--configs', 'nomatch/*.json'], dir)
    expect(result).toEqual({
      code: 0,
      stdout: 'no files checked: no findings\n',
      stderr:
        'warning: the configs patterns matched no file (nomatch/*.json): check them, or leave configs empty to find configs by content\n'
    })
  })

  it('warns when it finds no config under the root or in a directory named', async () => {
    mkdirSync(join(dir, 'other'))
    writeFileSync(join(dir, 'other', 'package.json'), '{"name": "x"}')
    const why =
      ': configs are found by content, as JSON objects with a "version" key and an "entities" or "flows" key; check the path, or name the files with configs patterns\n'
    expect(await cli(['validate', '--root', 'other'], dir)).toEqual({
      code: 0,
      stdout: 'no files checked: no findings\n',
      stderr: `warning: found no connector config under ${join(dir, 'other')}${why}`
    })
    expect(await cli(['validate', 'other'], dir)).toEqual({
      code: 0,
      stdout: 'no files checked: no findings\n',
      stderr: `warning: found no connector config in other${why}`
    })
  })

  it('leaves a missing connector of the manifest to its finding, without the warning', async () => {
    mkdirSync(join(dir, 'other'))
    writeFileSync(
      join(dir, 'other', 'plugsync.yaml'),
      'connectors:\n  - path: gone.json\n    id: cn_1\n'
    )
    const result = await cli(['validate', '--root', 'other'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'plugsync.yaml',
      "  2:11  error   the path 'gone.json' of connector 1 does not exist in the repository  manifest-missing-path"
    ])
  })

  it('warns about patterns that match nothing, even beside a manifest', async () => {
    writeFileSync(
      join(dir, 'plugsync.yaml'),
      'connectors:\n  - path: connectors/bad.json\n    id: cn_1\n'
    )
    const result = await cli(['validate', '--configs', 'nomatch/*.json'], dir)
    expect(result.stderr).toBe(
      'warning: the configs patterns matched no file (nomatch/*.json): check them, or leave configs empty to find configs by content\n'
    )
  })

  it('says when exclude left out every file the patterns matched', async () => {
    const result = await cli(
      ['validate', '--configs', '**/*.json', '--exclude', '**'],
      dir
    )
    expect(result.stderr).toBe(
      'warning: the configs patterns matched no file that exclude leaves in (**/*.json): check them, or leave configs empty to find configs by content\n'
    )
  })

  it('prints its version for -v and --version', async () => {
    for (const flag of ['-v', '--version']) {
      expect(await cli([flag], dir)).toEqual({
        code: 0,
        stdout: `${VERSION}\n`,
        stderr: ''
      })
    }
  })

  it('gives a command its own help for help <command>', async () => {
    const validate = await cli(['help', 'validate'], dir)
    expect(validate).toEqual({ code: 0, stdout: VALIDATE_HELP, stderr: '' })
    const diff = await cli(['help', 'diff'], dir)
    expect(diff.code).toBe(0)
    expect(diff.stdout.split('\n')[0]).toBe(
      'Usage: plugsync-config diff [options]'
    )
    const general = await cli(['help'], dir)
    expect(general.stdout.split('\n')[0]).toBe(
      'Usage: plugsync-config <command> [options]'
    )
    const extra = await cli(['help', 'validate', 'diff'], dir)
    expect(extra).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: help takes one command, not "validate diff": run "plugsync-config help validate"\n'
    })
    const typo = await cli(['help', 'valdate'], dir)
    expect(typo.code).toBe(2)
    expect(typo.stderr.split('\n')[0]).toBe(
      'plugsync-config: unknown command "valdate": did you mean "validate"?'
    )
  })

  it('takes a leading option for an option, and --help <command> for help', async () => {
    const option = await cli(['--verison'], dir)
    expect([option.code, option.stderr.split('\n')[0]]).toEqual([
      2,
      'plugsync-config: unknown option "--verison": did you mean "--version"?'
    ])
    const nope = await cli(['--nope'], dir)
    expect(nope.stderr.split('\n')[0]).toBe(
      'plugsync-config: unknown option "--nope"'
    )
    const version = await cli(['version'], dir)
    expect(version.stderr.split('\n')[0]).toBe(
      'plugsync-config: unknown command "version": did you mean "--version"?'
    )
    expect(await cli(['--help', 'validate'], dir)).toEqual(
      await cli(['help', 'validate'], dir)
    )
    expect((await cli(['-h', 'validate'], dir)).stdout).toBe(VALIDATE_HELP)
  })

  it('exits 2 for an unknown command', async () => {
    const result = await cli(['valdate'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(
      'plugsync-config: unknown command "valdate": did you mean "validate"?'
    )
  })

  it('guesses at a mistyped command only when one is close', async () => {
    const cases: [string, string][] = [
      ['publsh', ': did you mean "publish"?'],
      ['Diff', ': did you mean "diff"?'],
      ['sandbx', ': did you mean "sandbox"?'],
      ['promote', ': did you mean "publish"?'],
      ['check', ': did you mean "validate"?'],
      ['valid', ': did you mean "validate"?'],
      ['PUB', ': did you mean "publish"?'],
      ['va', ''],
      ['constructor', ''],
      ['deploy', '']
    ]
    for (const [command, guess] of cases) {
      const result = await cli([command], dir)
      expect(result.code).toBe(2)
      expect(result.stderr.split('\n')[0]).toBe(
        `plugsync-config: unknown command "${command}"${guess}`
      )
    }
  })
})
