import {
  linkSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { cliMain } from '../../src/cli/main.js'
import type { Sandbox } from '../../src/plugsync/sandbox/index.js'
import { configHash, decodeRecord } from '../../src/review/record.js'
import {
  ATLAS,
  COMPASS_BRANCH,
  MANIFEST,
  removeWorkspaces,
  standardWorkspace,
  startSeededSandbox,
  workspace
} from '../review/diff-fixtures.js'

let sandbox: Sandbox
let root: string
beforeEach(async () => {
  sandbox = await startSeededSandbox()
  root = standardWorkspace()
})
afterEach(async () => {
  await sandbox.close()
  removeWorkspaces()
})

/** Runs `plugsync-config diff` in-process in the workspace. */
async function diff(
  args: string[],
  env: Record<string, string | undefined> = { PLUGSYNC_TOKEN: sandbox.token },
  cwd = root
) {
  let stdout = ''
  let stderr = ''
  // The sandbox's API, unless the test names another.
  const api = args.includes('--api-url') ? [] : ['--api-url', sandbox.url]
  const code = await cliMain(['diff', ...api, ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
    cwd,
    env
  })
  return { code, stdout, stderr }
}

describe('plugsync-config diff', () => {
  it('prints the findings, each diff and what merging does', async () => {
    const result = await diff([])
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: `connectors/loose.json
  1:1  notice  this config has no entities and no flows, so it does nothing: add the entities it syncs and the flows that write them  empty-config
    1 | {
      | ^

1 notice in 1 file (3 files checked)

compass (cn_compass): 1 added, 1 changed, against published v7
  ~ changed step \`save\` in flow \`company-sync\`: \`data\` \`$.payload\` → \`$.payload.company\`
  + added setting \`batch\`: \`50\`
atlas (cn_atlas): never published: merging publishes v1 (1 entity, 0 flows)
  + version \`"3.1"\`
  + added entity \`contact\` (simple, schema \`hubspot\`)

merging publishes v8 of compass (cn_compass)
merging publishes v1 of atlas (cn_atlas), its first version

not compared, as no entry of plugsync.yaml maps them to a connector: connectors/loose.json
`
    })
  })

  it('prints the structured diff as JSON', async () => {
    const result = await diff(['--format', 'json'])
    expect(result.code).toBe(0)
    const document = JSON.parse(result.stdout)
    expect(
      document.connectors.map((c: { id: string; status: string }) => [
        c.id,
        c.status
      ])
    ).toEqual([
      ['cn_compass', 'changed'],
      ['cn_atlas', 'new']
    ])
    expect(document.unmapped).toEqual(['connectors/loose.json'])
  })

  it('prints the job summary Markdown', async () => {
    const result = await diff(['--format', 'markdown'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^## PlugSync config\n\n### Validation: 3 configs, 1 notice\n/
    )
    expect(result.stdout).toContain(
      '\n### Changes against PlugSync\n\n**compass** (cn\\_compass): 1 added, 1 changed, against published v7\n'
    )
    expect(result.stdout).toContain(
      '\n### What merging does\n\n- merging publishes v8 of **compass** (cn\\_compass)\n'
    )
  })

  it('writes the record that publish --record checks', async () => {
    const result = await diff(['--record', 'review.json', '--sha', 'c0ffee'])
    expect(result.code).toBe(0)
    const text = readFileSync(join(root, 'review.json'), 'utf8')
    expect(decodeRecord(text)).toEqual({
      ok: true,
      record: {
        version: 1,
        headSha: 'c0ffee',
        connectors: [
          {
            id: 'cn_compass',
            path: 'connectors/compass.json',
            activeVersion: 7,
            configHash: configHash(COMPASS_BRANCH)
          },
          {
            id: 'cn_atlas',
            path: 'connectors/atlas.json',
            activeVersion: null,
            configHash: configHash(ATLAS)
          }
        ]
      }
    })
  })

  it('warns when the record can name no commit', async () => {
    const result = await diff(['--record', 'review.json'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'warning: the record names no commit: pass --sha <commit> (or set GITHUB_SHA) so that it says what was reviewed\n'
    )
  })

  it('takes the record commit from GITHUB_SHA by default', async () => {
    await diff(['--record', 'review.json'], {
      PLUGSYNC_TOKEN: sandbox.token,
      GITHUB_SHA: 'beef'
    })
    const text = readFileSync(join(root, 'review.json'), 'utf8')
    expect(JSON.parse(text).headSha).toBe('beef')
  })

  it('reads the token from --token-file', async () => {
    writeFileSync(join(root, 'token'), `${sandbox.token}\n`)
    const result = await diff(['--token-file', 'token', '--format', 'json'], {})
    expect(result.code).toBe(0)
    expect(sandbox.requests.every((r) => r.auth === 'valid')).toBe(true)
  })

  it.each([
    [
      ['--token', 'psk_x'],
      '--token is not accepted: a token on the command line shows in process lists; set PLUGSYNC_TOKEN or pass --token-file <file>'
    ],
    [
      ['--token=psk_x'],
      '--token is not accepted: a token on the command line shows in process lists; set PLUGSYNC_TOKEN or pass --token-file <file>'
    ],
    [
      ['--format', 'html'],
      '--format is "html": use one of text, json, markdown'
    ],
    [
      ['--fail-on', 'info'],
      '--fail-on is "info": use one of error, warning, never'
    ],
    [['--timeout', '0'], '--timeout is "0": use a whole number from 1 to 3600'],
    [
      ['--timeout', '2147484'],
      '--timeout is "2147484": use a whole number from 1 to 3600'
    ],
    [
      ['--api-url', ' '],
      '--api-url is empty: give the PlugSync API URL, or leave the option out to use PLUGSYNC_API_URL or PlugSync itself'
    ],
    [
      ['--concurrency', 'many'],
      '--concurrency is "many": use a whole number of at least 1'
    ],
    [
      ['--token-file', 'missing'],
      '--token-file missing could not be read (ENOENT): name a readable file that holds the token'
    ],
    [
      ['--record', 'no/such/dir/r.json', '--sha', 'c0ffee'],
      '--record no/such/dir/r.json could not be written (ENOENT): name a file in a writable directory'
    ]
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await diff(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`plugsync-config: ${message}\n`)
  })

  it('never writes the record over a file it checks, by any name', async () => {
    linkSync(join(root, 'plugsync.yaml'), join(root, 'hard-link.yaml'))
    symlinkSync('connectors/atlas.json', join(root, 'soft-link.json'))
    const before = sandbox.requests.length
    for (const named of [
      'connectors/compass.json',
      'plugsync.yaml',
      'hard-link.yaml',
      'soft-link.json'
    ]) {
      const texts = [
        'connectors/compass.json',
        'connectors/atlas.json',
        'plugsync.yaml'
      ].map((path) => readFileSync(join(root, path), 'utf8'))
      const result = await diff(['--record', named, '--sha', 'c0ffee'])
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `plugsync-config: --record ${named} is a file this run reads: it was not overwritten; name another file\n`
      })
      expect(
        [
          'connectors/compass.json',
          'connectors/atlas.json',
          'plugsync.yaml'
        ].map((path) => readFileSync(join(root, path), 'utf8'))
      ).toEqual(texts)
    }
    expect(sandbox.requests.length).toBe(before)
  })

  it('never writes the record over its token file, a path the manifest names, or a folder', async () => {
    writeFileSync(join(root, 'token'), `${sandbox.token}\n`)
    writeFileSync(
      join(root, 'plugsync.yaml'),
      `${MANIFEST}  - path: connectors/missing.json\n    id: cn_missing\n`
    )
    const before = sandbox.requests.length
    const run = (record: string) =>
      diff(['--token-file', 'token', '--record', record, '--sha', 'c0ffee'], {})
    expect(await run('token')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: --record token is a file this run reads: it was not overwritten; name another file\n'
    })
    expect(readFileSync(join(root, 'token'), 'utf8')).toBe(`${sandbox.token}\n`)
    expect(await run('connectors/missing.json')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: --record connectors/missing.json is a file this run reads: it was not overwritten; name another file\n'
    })
    expect(await run('connectors')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: --record connectors is a folder: name a file in it\n'
    })
    expect(sandbox.requests.length).toBe(before)
  })

  it('names configs whose manifest entries were left out, apart from unmapped ones', async () => {
    const dropped = workspace({
      'plugsync.yaml': `${MANIFEST}  - path: connectors/other.json\n    id: cn_compass\nrules:\n  manifest-duplicate-id: off\n`,
      'connectors/compass.json': COMPASS_BRANCH,
      'connectors/atlas.json': ATLAS,
      'connectors/other.json': ATLAS,
      'connectors/loose.json': ATLAS
    })
    const result = await diff([], { PLUGSYNC_TOKEN: sandbox.token }, dropped)
    const lines = result.stdout.split('\n')
    expect(lines.filter((line) => line.startsWith('not compared'))).toEqual([
      'not compared, as no entry of plugsync.yaml maps them to a connector: connectors/loose.json',
      'not compared, as their entries in plugsync.yaml are left out for a problem (a repeated id or path, a missing id): connectors/other.json'
    ])
    // An entry that writes its path another way is the same file.
    writeFileSync(
      join(dropped, 'plugsync.yaml'),
      `${MANIFEST}  - path: ./connectors//other.json\n    id: cn_compass\nrules:\n  manifest-duplicate-id: off\n`
    )
    const json = await diff(
      ['--format', 'json'],
      { PLUGSYNC_TOKEN: sandbox.token },
      dropped
    )
    expect(JSON.parse(json.stdout)).toMatchObject({
      unmapped: ['connectors/loose.json'],
      dropped: ['connectors/other.json']
    })
  })

  it('never checks the file its output is redirected to', async () => {
    // `diff --format json > diff.json`: the shell makes diff.json, empty.
    writeFileSync(join(root, 'diff.json'), '')
    const { dev, ino } = statSync(join(root, 'diff.json'))
    let stdout = ''
    const code = await cliMain(
      ['diff', '--api-url', sandbox.url, '--format', 'json'],
      {
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        color: false,
        cwd: root,
        env: { PLUGSYNC_TOKEN: sandbox.token },
        output: { dev, ino }
      }
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout).unmapped).toEqual(['connectors/loose.json'])
  })

  it('refuses to run without a token, with exit 2', async () => {
    const result = await diff([], {})
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: no PlugSync token: set PLUGSYNC_TOKEN or pass --token-file <file>\n'
    })
    expect(sandbox.requests).toEqual([])
  })

  it('refuses an empty token file, with exit 2', async () => {
    writeFileSync(join(root, 'token'), '\n')
    const result = await diff(['--token-file', 'token'], {})
    expect(result.stderr).toBe(
      'plugsync-config: --token-file token is empty: write the PlugSync token into it\n'
    )
    expect(result.code).toBe(2)
  })

  it('talks to the API PLUGSYNC_API_URL names when --api-url is not given', async () => {
    const before = sandbox.requests.length
    let stdout = ''
    const code = await cliMain(['diff'], {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      color: false,
      cwd: root,
      env: { PLUGSYNC_TOKEN: sandbox.token, PLUGSYNC_API_URL: sandbox.url }
    })
    expect(code).toBe(0)
    expect(stdout).toBe((await diff([])).stdout)
    expect(sandbox.requests.length).toBeGreaterThan(before)
  })

  it('refuses an environment no manifest entry has, with exit 2 and no request', async () => {
    const before = sandbox.requests.length
    const result = await diff(['--environment', 'prodction'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: no manifest entry has the environment "prodction". The manifest\'s environments: none.\n'
    })
    expect(sandbox.requests.length).toBe(before)
  })

  it('refuses a PLUGSYNC_API_URL that is set but empty, with exit 2', async () => {
    let stderr = ''
    const code = await cliMain(['diff'], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      color: false,
      cwd: root,
      env: { PLUGSYNC_TOKEN: sandbox.token, PLUGSYNC_API_URL: '' }
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'plugsync-config: PLUGSYNC_API_URL is set but empty: give it the PlugSync API URL, or unset it to use PlugSync itself\n'
    )
  })

  it('says diff takes no paths when given one, with exit 2', async () => {
    let stderr = ''
    const code = await cliMain(['diff', 'connectors/a.json'], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      color: false,
      cwd: root,
      env: { PLUGSYNC_TOKEN: sandbox.token }
    })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'plugsync-config: unexpected argument "connectors/a.json": diff takes options only (run "plugsync-config diff --help" for its options)\n'
    )
  })

  it('refuses a plain http API that is not on this machine, with exit 2', async () => {
    const result = await cliMain(
      ['diff', '--api-url', 'http://plugsync.invalid/api'],
      {
        stdout: () => undefined,
        stderr: (text) => {
          expect(text).toMatch(/^plugsync-config: .*https/)
        },
        color: false,
        cwd: root,
        env: { PLUGSYNC_TOKEN: sandbox.token }
      }
    )
    expect(result).toBe(2)
  })

  it('exits 1 when a connector cannot be compared, never showing the token', async () => {
    const result = await diff([], { PLUGSYNC_TOKEN: 'psk_wrong_Zz99Yy88' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'compass (cn_compass): could not be compared with PlugSync: '
    )
    expect(result.stdout + result.stderr).not.toContain('psk_wrong_Zz99Yy88')
  })

  it('exits 1 when a connector is not a config, even with its findings turned off', async () => {
    const silenced = workspace({
      'plugsync.yaml': `${MANIFEST}rules:\n  invalid-json: off\n`,
      'connectors/compass.json': '{"version": "3.0", "flows": [],}',
      'connectors/atlas.json': ATLAS
    })
    const result = await diff([], { PLUGSYNC_TOKEN: sandbox.token }, silenced)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'compass (cn_compass): not compared: connectors/compass.json is not JSON, or not a JSON object; the manifest turns off the findings that would say where\n'
    )
  })

  it('exits 1 when a config has errors', async () => {
    const broken = workspace({
      'plugsync.yaml': MANIFEST,
      'connectors/compass.json': { ...COMPASS_BRANCH, version: 3 },
      'connectors/atlas.json': ATLAS
    })
    const result = await diff([], { PLUGSYNC_TOKEN: sandbox.token }, broken)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'merging publishes nothing for compass (cn_compass) until its error is fixed\n'
    )
  })
})
