import { cliMain } from '../../src/cli/main.js'
import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import {
  calls,
  COMPASS_CHANGED_TEXT,
  COMPASS_TEXT,
  DASHBOARD_WORK,
  firstPublishCalls,
  TOKEN
} from '../promote/helpers.js'
import { Workspace } from '../promote/workspace.js'

let sandbox: Sandbox
let repo: Workspace

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN })
  sandbox.createConnector('cn_compass', 'Compass')
  repo = new Workspace([{ path: 'connectors/compass.json', id: 'cn_compass' }])
  repo.write('connectors/compass.json', COMPASS_TEXT)
})

afterEach(async () => {
  await sandbox.close()
  repo.remove()
})

/** Runs `plugsync-config publish` in the repository against the sandbox. */
async function publish(args: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await cliMain(['publish', '--api-url', sandbox.url, ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
    cwd: repo.root,
    env: { PLUGSYNC_TOKEN: TOKEN, ...env }
  })
  return { code, stdout, stderr }
}

/** Records a review of compass.json as `text`, against `activeVersion`. */
function reviewed(text: string, activeVersion: number | null): string[] {
  repo.writeRecord(
    'review.json',
    repo.record({ 'connectors/compass.json': { text, activeVersion } })
  )
  return ['--record', 'review.json']
}

describe('plugsync-config publish', () => {
  it('publishes v1 of a reviewed config and says so', async () => {
    const result = await publish(reviewed(COMPASS_TEXT, null))
    expect(result).toEqual({
      code: 0,
      stdout: 'Promotion to PlugSync:\n  compass (cn_compass): published v1\n',
      stderr: ''
    })
    expect(calls(sandbox)).toEqual(firstPublishCalls('cn_compass'))
  })

  it('running it again publishes nothing: up to date', async () => {
    const args = reviewed(COMPASS_TEXT, null)
    await publish(args)
    const from = sandbox.requests.length
    const result = await publish(args)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      'Promotion to PlugSync:\n  compass (cn_compass): up to date (v1)\n'
    )
    expect(calls(sandbox, from)).toEqual([
      'GET /api/connectors/cn_compass/versions/active'
    ])
  })

  it('refuses a config that changed after the record was written, exit 1', async () => {
    const args = reviewed(COMPASS_TEXT, null)
    repo.write('connectors/compass.json', COMPASS_CHANGED_TEXT)
    const result = await publish(args)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'Promotion to PlugSync:',
        '  compass (cn_compass): refused: changed after the review',
        '    connectors/compass.json is not the config the review record review.json reviewed: it changed after its diff was recorded (a commit after the last check ran, or a merge that combined changes). The diff shows what would be published unreviewed: review it in a new pull request. To publish it without a review, run with --no-require-review.',
        '    What would be published (nothing was published yet):',
        '      + version `"3.0"`',
        '      + added entity `company` (simple, schema `hubspot`)',
        '      + added flow `upsert_company` (source `compass_inbound`, event `upsert_company`, 1 step)',
        '      + added setting `region`: `eu`',
        ''
      ].join('\n')
    )
    expect(sandbox.state.drafts.cn_compass!.revision).toBe(0)
  })

  it('refuses unpublished draft work, then overwrites it when allowed', async () => {
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    const args = reviewed(COMPASS_TEXT, null)
    const refused = await publish(args)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain(
      '  compass (cn_compass): refused: unpublished work in the draft\n'
    )
    expect(refused.stdout).toContain(
      'then re-run. To discard the draft\'s work, run with --allow-draft-overwrite.\n    The unpublished work in the draft (nothing was published yet):\n      + version `"3.0"`\n      + added entity `contact` (simple, schema `hubspot`)\n'
    )
    const allowed = await publish([...args, '--allow-draft-overwrite'])
    expect(allowed.code).toBe(0)
    expect(allowed.stderr).toBe(
      'warning: compass: the draft holds unpublished work that is not the config in git; allow-draft-overwrite is on, so it is overwritten\n'
    )
    expect(sandbox.state.versions.cn_compass).toHaveLength(1)
  })

  it('--dry-run reads and checks, writes nothing', async () => {
    const result = await publish([...reviewed(COMPASS_TEXT, null), '--dry-run'])
    expect(result.stdout).toBe(
      'Promotion to PlugSync, dry run: nothing was written:\n  compass (cn_compass): would publish v1 (dry run)\n'
    )
    expect(result.code).toBe(0)
    expect(sandbox.requests.every((r) => r.method === 'GET')).toBe(true)
  })

  it('--dry-run with --allow-draft-overwrite says the work would be overwritten', async () => {
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    const result = await publish([
      ...reviewed(COMPASS_TEXT, null),
      '--allow-draft-overwrite',
      '--dry-run'
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'warning: compass: the draft holds unpublished work that is not the config in git; allow-draft-overwrite is on, so it would be overwritten\n'
    )
    expect(sandbox.state.drafts.cn_compass!.config).toEqual(DASHBOARD_WORK)
  })

  it('--format json gives each connector its outcome', async () => {
    const result = await publish([
      ...reviewed(COMPASS_TEXT, null),
      '--format',
      'json'
    ])
    expect(JSON.parse(result.stdout)).toEqual({
      environment: '',
      dryRun: false,
      connectors: [
        {
          connector: 'compass',
          id: 'cn_compass',
          file: 'connectors/compass.json',
          status: 'published',
          version: 1,
          previous: null,
          recovered: false
        }
      ]
    })
  })

  it('--no-require-review publishes without a record', async () => {
    const result = await publish(['--no-require-review'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('published v1')
  })

  it('--environment promotes only the entries of that environment', async () => {
    sandbox.createConnector('cn_compass_prod', 'Compass production')
    const staged = new Workspace([
      {
        path: 'connectors/compass.json',
        id: 'cn_compass',
        environment: 'staging'
      },
      {
        path: 'connectors/compass.json',
        id: 'cn_compass_prod',
        environment: 'production'
      }
    ])
    staged.write('connectors/compass.json', COMPASS_TEXT)
    try {
      let stdout = ''
      const code = await cliMain(
        [
          'publish',
          '--api-url',
          sandbox.url,
          '--no-require-review',
          '--environment',
          'production'
        ],
        {
          stdout: (text) => (stdout += text),
          stderr: () => undefined,
          color: false,
          cwd: staged.root,
          env: { PLUGSYNC_TOKEN: TOKEN }
        }
      )
      expect(code).toBe(0)
      expect(stdout).toBe(
        'Promotion to PlugSync (environment production):\n  compass (cn_compass_prod, production): published v1\n'
      )
      expect(sandbox.state.versions.cn_compass).toEqual([])

      let stderr = ''
      const typo = await cliMain(
        [
          'publish',
          '--api-url',
          sandbox.url,
          '--no-require-review',
          '--environment',
          'prodction'
        ],
        {
          stdout: () => undefined,
          stderr: (text) => (stderr += text),
          color: false,
          cwd: staged.root,
          env: { PLUGSYNC_TOKEN: TOKEN }
        }
      )
      expect(typo).toBe(2)
      expect(stderr).toBe(
        'plugsync-config: no manifest entry has the environment "prodction": did you mean "production"? The manifest\'s environments: staging, production.\n'
      )

      // No --environment, and every entry has one: said, not silent.
      let warned = ''
      let printed = ''
      const none = await cliMain(
        ['publish', '--api-url', sandbox.url, '--no-require-review'],
        {
          stdout: (text) => (printed += text),
          stderr: (text) => (warned += text),
          color: false,
          cwd: staged.root,
          env: { PLUGSYNC_TOKEN: TOKEN }
        }
      )
      expect({ none, printed, warned }).toEqual({
        none: 0,
        printed: 'Promotion to PlugSync:\n  no connector to promote\n',
        warned:
          'warning: no connector to promote: the manifest maps none to the environment (none), only to staging, production; name one with --environment\n'
      })
    } finally {
      staged.remove()
    }
  })

  it("a 422 shows PlugSync's rejection at its line and column", async () => {
    sandbox.inject({
      method: 'PATCH',
      path: '/connectors/cn_compass/draft',
      status: 422,
      body: JSON.stringify({
        detail: [
          {
            loc: ['body', 'flows', 0, 'steps', 0, 'action'],
            msg: 'Value error, target hubspot is not connected',
            type: 'value_error'
          }
        ]
      })
    })
    const result = await publish(reviewed(COMPASS_TEXT, null))
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '  compass (cn_compass): failed while writing the draft\n    PlugSync rejected the config of cn_compass (422) with 1 problem: Value error, target hubspot is not connected at /flows/0/steps/0/action; fix the config and re-run.\n    connectors/compass.json:18:21: error backend-rejected: PlugSync rejected the config: Value error, target hubspot is not connected\n'
    )
  })

  it('validation findings stop it before any request', async () => {
    repo.write('connectors/compass.json', COMPASS_TEXT.replace('"3.0"', '3.0'))
    const result = await publish(reviewed(COMPASS_TEXT, null))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'plugsync-config: nothing was published: the validation found problems at or above --fail-on error\n'
    )
    expect(sandbox.requests).toEqual([])
  })

  it('shows a manifest finding that stops it at its line in the manifest', async () => {
    repo.write(
      'plugsync.yaml',
      'connectors:\n  - path: connectors/compass.json\n    id: cn_compass\n  - path: connectors/gone.json\n    id: cn_gone\n'
    )
    const result = await publish(reviewed(COMPASS_TEXT, null))
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'plugsync.yaml',
        "  4:11  error   the path 'connectors/gone.json' of connector 2 does not exist in the repository  manifest-missing-path",
        '    4 |   - path: connectors/gone.json',
        '      |           ^^^^^^^^^^^^^^^^^^^^',
        '',
        '1 error in 1 file (1 file checked)',
        ''
      ].join('\n')
    )
    expect(sandbox.requests).toEqual([])
  })

  it('never prints the token, even when PlugSync refuses it', async () => {
    const wrong = 'psk_live_WrongTokenAbc123456'
    const result = await publish(reviewed(COMPASS_TEXT, null), {
      PLUGSYNC_TOKEN: wrong
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      'Promotion to PlugSync:\n  compass (cn_compass): failed while reading the active version\n    PlugSync refused the token (401) trying to read the active version of connector cn_compass: the token is missing, wrong or expired; check PLUGSYNC_TOKEN or --token-file.\n'
    )
    expect(result.stdout + result.stderr).not.toContain(wrong)
  })

  it('a request that times out says to raise --timeout', async () => {
    sandbox.inject({ path: /versions\/active$/, delayMs: 1500 })
    const result = await publish([
      ...reviewed(COMPASS_TEXT, null),
      '--timeout',
      '1',
      '--retries',
      '0'
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      'Promotion to PlugSync:\n  compass (cn_compass): failed while reading the active version\n    PlugSync did not answer GET /connectors/cn_compass/versions/active within 1000 ms, trying to read the active version of connector cn_compass: re-run later, or raise --timeout.\n'
    )
  })
})

describe('plugsync-config publish: usage', () => {
  it.each([
    [
      [],
      'plugsync-config: publish needs the review of the change: pass --record <file> (written by "plugsync-config diff --record <file>" when the change was reviewed), or --no-require-review to publish without one\n'
    ],
    [
      ['--record', 'r.json', '--no-require-review'],
      'plugsync-config: --record and --no-require-review contradict each other: give one\n'
    ],
    [
      ['--record', 'missing.json'],
      'plugsync-config: the review record missing.json cannot be read (ENOENT): pass the file "plugsync-config diff --record" wrote\n'
    ],
    [
      ['--no-require-review', '--retries', 'many'],
      'plugsync-config: --retries is "many": use a whole number of at least 0\n'
    ]
  ])('%j exits 2 with a message', async (args, message) => {
    const result = await publish(args)
    expect(result).toEqual({ code: 2, stdout: '', stderr: message })
    expect(sandbox.requests).toEqual([])
  })

  it('a record file that is not one exits 2 naming what is wrong', async () => {
    repo.write('review.json', '{"version": 2}')
    const result = await publish(['--record', 'review.json'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: the review record review.json is not one: the record has version 2; this build reads version 1. Pass the file "plugsync-config diff --record" wrote\n'
    })
  })

  it('refuses a token on the command line', async () => {
    const result = await publish(['--no-require-review', `--token=${TOKEN}`])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: --token is not accepted: a token on the command line shows in process lists; set PLUGSYNC_TOKEN or pass --token-file <file>\n'
    })
  })

  it('reads the token from --token-file', async () => {
    repo.write('token.txt', `${TOKEN}\n`)
    const result = await publish(
      ['--no-require-review', '--token-file', 'token.txt'],
      { PLUGSYNC_TOKEN: '' }
    )
    expect(result.code).toBe(0)
    expect(sandbox.requests.every((r) => r.auth === 'valid')).toBe(true)
  })

  it('a token with a space exits 2 naming where it came from', async () => {
    const result = await publish(['--no-require-review'], {
      PLUGSYNC_TOKEN: 'psk two words'
    })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: the PlugSync token from PLUGSYNC_TOKEN or --token-file contains spaces, line breaks or other characters a token cannot have: copy the token again, and only the token\n'
    })
    expect(sandbox.requests).toEqual([])
  })

  it('without PLUGSYNC_TOKEN exits 2 before any request', async () => {
    const result = await publish(['--no-require-review'], {
      PLUGSYNC_TOKEN: ''
    })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: no PlugSync token: set PLUGSYNC_TOKEN or pass --token-file <file>\n'
    })
  })
})
