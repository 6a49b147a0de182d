import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import { commentMarker } from '../../src/review/marker.js'
import { decodeRecord, type ReviewRecord } from '../../src/review/record.js'
import { GitHubStandIn } from '../helpers/github-stand-in.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import {
  calls,
  COMPASS_CHANGED_TEXT,
  COMPASS_TEXT,
  DASHBOARD_WORK,
  firstPublishCalls,
  publishCalls,
  TOKEN
} from '../promote/helpers.js'
import {
  commentWithRecord,
  Workspace,
  type Entry
} from '../promote/workspace.js'

const GITHUB_TOKEN = 'ghs_StandInTokenForPushTests0042'
const MARKER = commentMarker({
  workingDirectory: '.',
  manifest: 'plugsync.yaml'
})
const COMPASS: Entry = { path: 'connectors/compass.json', id: 'cn_compass' }
const FOOSHOP: Entry = { path: 'connectors/fooshop.json', id: 'cn_fooshop' }
const SHA = '1111111111111111111111111111111111111111'
const NEXT_SHA = '2222222222222222222222222222222222222222'
const HEAD_SHA = 'cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd'

let sandbox: Sandbox
let github: GitHubStandIn
let repo: Workspace

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN })
  sandbox.createConnector('cn_compass', 'Compass')
  github = await new GitHubStandIn().start()
})

afterEach(async () => {
  await sandbox.close()
  await github.stop()
  repo.remove()
})

/** A repository whose manifest lists the entries, each file holding `text`. */
function repository(entries: Entry[], text = COMPASS_TEXT): void {
  repo = new Workspace(entries)
  for (const entry of entries) repo.write(entry.path, text)
}

/**
 * Says on the stand-in that pull request `number` was merged as `sha`,
 * with this action's comment carrying the record of what was reviewed.
 */
function merged(number: number, sha: string, record: ReviewRecord): void {
  github.pullsByCommit.set(sha, [
    {
      number,
      state: 'closed',
      merged_at: '2026-12-01T10:00:00Z',
      head: { sha: record.headSha },
      base: { ref: 'main' }
    }
  ])
  github.addComment(number, commentWithRecord(MARKER, record), github.login)
}

/** Runs the bundled action on a push of `sha` to the default branch. */
function push(
  sha: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    workspace: repo.root,
    eventName: 'push',
    ref: 'refs/heads/main',
    sha,
    event: {
      ref: 'refs/heads/main',
      after: sha,
      repository: { full_name: 'acme/connectors', default_branch: 'main' }
    },
    env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: '4242', ...env },
    inputs: {
      'plugsync-token': TOKEN,
      'api-url': sandbox.url,
      'github-token': GITHUB_TOKEN,
      timeout: '5',
      retries: '1',
      ...inputs
    }
  })
}

/** Merges compass.json as `text`, reviewed against `activeVersion`. */
function mergeCompass(
  number: number,
  sha: string,
  text: string,
  activeVersion: number | null
): void {
  repo.write(COMPASS.path, text)
  merged(number, sha, repo.record({ [COMPASS.path]: { text, activeVersion } }))
}

/**
 * Every value a push wrote for each output, in order, read from a
 * GITHUB_OUTPUT file of the test's own: the runner keeps every write.
 */
async function outputWrites(
  sha: string,
  inputs: Record<string, string> = {}
): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'plugsync-outputs-'))
  const file = join(dir, 'output')
  writeFileSync(file, '')
  try {
    await push(sha, inputs, { GITHUB_OUTPUT: file })
    const writes: Record<string, string[]> = {}
    const blocks = readFileSync(file, 'utf8').matchAll(
      /^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm
    )
    for (const [, name, , value] of blocks) {
      writes[name!] = [...(writes[name!] ?? []), value!]
    }
    return writes
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The body of this action's comment on a pull request. */
function comment(number: number): string {
  const found = github.comments.filter((c) => c.issue === number)
  expect(found).toHaveLength(1)
  return found[0]!.body
}

function expectNoSecrets(run: ActionRun): void {
  // The runner learns the secrets from the add-mask commands, and hides them.
  const stdout = run.stdout.replace(/^::add-mask::.*$/gm, '')
  const all = stdout + run.stderr + run.summary + JSON.stringify(run.outputs)
  expect(all).not.toContain(TOKEN)
  expect(all).not.toContain(GITHUB_TOKEN)
}

describe('pull request, then merge', () => {
  it('the record the diff wrote on the pull request lets the merge publish', async () => {
    repository([COMPASS])
    const pr = await runAction({
      workspace: repo.root,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      sha: 'abababababababababababababababababababab',
      event: {
        pull_request: {
          number: 7,
          head: { sha: HEAD_SHA, repo: { full_name: 'acme/connectors' } },
          base: { repo: { full_name: 'acme/connectors' } }
        },
        repository: { full_name: 'acme/connectors', default_branch: 'main' }
      },
      env: { GITHUB_API_URL: github.url },
      inputs: {
        'plugsync-token': TOKEN,
        'api-url': sandbox.url,
        'github-token': GITHUB_TOKEN
      }
    })
    expect(pr.code).toBe(0)
    expect(decodeRecord(comment(7)).ok).toBe(true)

    github.pullsByCommit.set(SHA, [
      {
        number: 7,
        state: 'closed',
        merged_at: '2026-12-01T10:00:00Z',
        head: { sha: HEAD_SHA },
        base: { ref: 'main' }
      }
    ])
    const merge = await push(SHA)
    expect(merge.code).toBe(0)
    expect(merge.outputs.published).toBe(
      '[{"connector":"compass","id":"cn_compass","version":1}]'
    )
    expect(comment(7)).toContain('- published v1 of compass (cn\\_compass)')
  })
})

describe('push to the default branch: promotion', () => {
  it('publishes v1 of a reviewed connector and says so on the pull request', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    const run = await push(SHA)

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(calls(sandbox)).toEqual(firstPublishCalls('cn_compass'))
    expect(run.outputs.published).toBe(
      '[{"connector":"compass","id":"cn_compass","version":1}]'
    )
    expect(run.outputs.failed).toBe('[]')
    expect(run.summary).toContain(
      '### Promotion to PlugSync\n\n| connector | id | outcome |\n| --- | --- | --- |\n| compass | cn\\_compass | published v1 |\n'
    )
    const body = comment(7)
    expect(body).toContain(
      `<!-- plugsync-config:promotion -->\n### Promotion of commit 1111111\n\n- published v1 of compass (cn\\_compass)\n\n[The run's summary](https://github.com/acme/connectors/actions/runs/4242) shows the details.\n`
    )
    expect(decodeRecord(body).ok).toBe(true)
    expect(
      github.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)
    ).toEqual([
      `GET /repos/acme/connectors/commits/${SHA}/pulls`,
      'GET /user',
      'GET /repos/acme/connectors/issues/7/comments',
      `PATCH /repos/acme/connectors/issues/comments/${github.comments[0]!.id}`
    ])
    expectNoSecrets(run)
  })

  it('publishes a change as v2', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    await push(SHA)
    mergeCompass(8, NEXT_SHA, COMPASS_CHANGED_TEXT, 1)
    const from = sandbox.requests.length
    const run = await push(NEXT_SHA)

    expect(run.code).toBe(0)
    expect(calls(sandbox, from)).toEqual(publishCalls('cn_compass'))
    expect(run.outputs.published).toBe(
      '[{"connector":"compass","id":"cn_compass","version":2}]'
    )
    expect(comment(8)).toContain('- published v2 of compass (cn\\_compass)')
  })

  it('a re-run publishes nothing: no v3', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    await push(SHA)
    mergeCompass(8, NEXT_SHA, COMPASS_CHANGED_TEXT, 1)
    await push(NEXT_SHA)
    const from = sandbox.requests.length
    const run = await push(NEXT_SHA)

    expect(run.code).toBe(0)
    expect(calls(sandbox, from)).toEqual([
      'GET /api/connectors/cn_compass/versions/active'
    ])
    expect(sandbox.state.versions.cn_compass).toHaveLength(2)
    expect(run.outputs.published).toBe('[]')
    expect(run.summary).toContain(
      '| compass | cn\\_compass | up to date \\(v2\\) |'
    )
    expect(comment(8)).toContain('- compass is up to date at v2 (cn\\_compass)')
    expect(comment(8).match(/plugsync-config:promotion/g)).toHaveLength(1)
  })

  it('refuses drift: a version published outside git since the review', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    await push(SHA)
    mergeCompass(8, NEXT_SHA, COMPASS_CHANGED_TEXT, 1)
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    sandbox.publishDraft('cn_compass')
    const from = sandbox.requests.length
    const run = await push(NEXT_SHA)

    expect(run.code).toBe(1)
    expect(calls(sandbox, from)).toEqual([
      'GET /api/connectors/cn_compass/versions/active',
      'GET /api/connectors/cn_compass/versions/1'
    ])
    expect(JSON.parse(run.outputs.failed!)).toEqual([
      {
        connector: 'compass',
        id: 'cn_compass',
        status: 'refused',
        reason: 'drift',
        message:
          'refused (published outside git since the review): v2 is active, but pull request #8 was reviewed against v1: someone published outside git. The diff shows what changed since the review; bring that change into git through a pull request (or undo it in PlugSync), then re-run'
      }
    ])
    expect(run.summary).toContain(
      '#### compass: refused: published outside git since the review\n\nv2 is active, but pull request \\#8 was reviewed against v1: someone published outside git. The diff shows what changed since the review; bring that change into git through a pull request \\(or undo it in PlugSync\\), then re\\-run. To overwrite what was published outside git, run with `allow-drift: true`.\n\nWhat changed in PlugSync since the review \\(v1 → v2\\):'
    )
    expect(run.stdout).toContain(
      '::error::PlugSync promotion: 1 of 1 connector(s) not promoted: compass (refused: published outside git since the review); see the job summary'
    )
    expect(comment(8)).toContain(
      '- refused to publish compass: published outside git since the review (cn\\_compass): v2 is active'
    )
  })

  it('refuses unpublished work in the dashboard draft, then overwrites it when allowed', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    const refused = await push(SHA)

    expect(refused.code).toBe(1)
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_compass/versions/active',
      'GET /api/connectors/cn_compass',
      'GET /api/connectors/cn_compass/draft'
    ])
    expect(refused.summary).toContain(
      'The unpublished work in the draft \\(nothing was published yet\\):\n\n- version `"3.0"`\n- added entity `contact` (simple, schema `hubspot`)'
    )

    const from = sandbox.requests.length
    const allowed = await push(SHA, { 'allow-draft-overwrite': 'true' })
    expect(allowed.code).toBe(0)
    expect(calls(sandbox, from)).toEqual(firstPublishCalls('cn_compass'))
    expect(allowed.stdout).toContain(
      '::warning::compass: the draft holds unpublished work that is not the config in git; allow-draft-overwrite is on, so it is overwritten'
    )
    expect(comment(7)).toContain('- published v1 of compass (cn\\_compass)')
  })

  it('refuses a config that changed after the review', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    repo.write(COMPASS.path, COMPASS_CHANGED_TEXT)
    const run = await push(SHA)

    expect(run.code).toBe(1)
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_compass/versions/active',
      'GET /api/connectors/cn_compass'
    ])
    expect(JSON.parse(run.outputs.failed!)[0]).toMatchObject({
      status: 'refused',
      reason: 'changed-after-review'
    })
    expect(run.summary).toContain('- added setting `region`: `eu`')
  })

  it('refuses a push no pull request reviewed, unless require-review is off', async () => {
    repository([COMPASS])
    const refused = await push(SHA)
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.outputs.failed!)[0].message).toBe(
      'refused (not reviewed): no merged pull request produced commit 1111111, so nobody reviewed this change. The diff shows what would be published: open a pull request with it, let its check comment the diff, and merge it'
    )

    const allowed = await push(SHA, { 'require-review': 'false' })
    expect(allowed.code).toBe(0)
    expect(allowed.outputs.published).toBe(
      '[{"connector":"compass","id":"cn_compass","version":1}]'
    )
  })

  it('a 503 on publish: the re-read finds it published, once', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_compass/publish',
      status: 503,
      processFirst: true
    })
    const run = await push(SHA)

    expect(run.code).toBe(0)
    const base = '/api/connectors/cn_compass'
    expect(calls(sandbox)).toEqual([
      ...firstPublishCalls('cn_compass').slice(0, -1),
      `GET ${base}/versions/active`,
      `GET ${base}/versions/active`
    ])
    expect(sandbox.state.versions.cn_compass).toHaveLength(1)
    expect(run.outputs.published).toBe(
      '[{"connector":"compass","id":"cn_compass","version":1}]'
    )
  })

  it('a 422 becomes an annotation at the line and column of the value', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
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
    const run = await push(SHA)

    expect(run.code).toBe(1)
    expect(calls(sandbox)).toEqual(firstPublishCalls('cn_compass').slice(0, 4))
    expect(run.commands).toContain(
      '::error title=backend-rejected,file=connectors/compass.json,line=18,endLine=18,col=21,endColumn=28::PlugSync rejected the config: Value error, target hubspot is not connected'
    )
    expect(JSON.parse(run.outputs.failed!)[0]).toMatchObject({
      status: 'failed',
      reason: 'write-draft'
    })
    expect(sandbox.state.versions.cn_compass).toEqual([])
  })

  it('names every overwritten draft in one warning, the one GitHub keeps for the action', async () => {
    sandbox.createConnector('cn_fooshop', 'Fooshop')
    repository([COMPASS, FOOSHOP])
    merged(
      7,
      SHA,
      repo.record({
        [COMPASS.path]: { text: COMPASS_TEXT, activeVersion: null },
        [FOOSHOP.path]: { text: COMPASS_TEXT, activeVersion: null }
      })
    )
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    sandbox.setDraft('cn_fooshop', DASHBOARD_WORK)
    const run = await push(SHA, { 'allow-draft-overwrite': 'true' })

    expect(run.code).toBe(0)
    expect(run.commands.filter((c) => c.startsWith('::warning::'))).toEqual([
      '::warning::compass: the draft holds unpublished work that is not the config in git; allow-draft-overwrite is on, so it is overwritten%0Afooshop: the draft holds unpublished work that is not the config in git; allow-draft-overwrite is on, so it is overwritten'
    ])
  })

  it('connectors are independent: one fails, the other publishes', async () => {
    sandbox.createConnector('cn_fooshop', 'Fooshop')
    repository([COMPASS, FOOSHOP])
    merged(
      7,
      SHA,
      repo.record({
        [COMPASS.path]: { text: COMPASS_TEXT, activeVersion: null },
        [FOOSHOP.path]: { text: COMPASS_TEXT, activeVersion: null }
      })
    )
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_fooshop/publish',
      status: 500,
      times: 2
    })
    const run = await push(SHA, { concurrency: '1' })

    expect(run.code).toBe(1)
    const fooshop = '/api/connectors/cn_fooshop'
    expect(calls(sandbox)).toEqual([
      ...firstPublishCalls('cn_compass'),
      ...firstPublishCalls('cn_fooshop').slice(0, -1),
      // The publish failed and the active version did not move: one retry.
      `GET ${fooshop}/versions/active`,
      `GET ${fooshop}`,
      `POST ${fooshop}/publish`,
      `GET ${fooshop}/versions/active`,
      `GET ${fooshop}`
    ])
    expect(run.outputs.published).toBe(
      '[{"connector":"compass","id":"cn_compass","version":1}]'
    )
    expect(JSON.parse(run.outputs.failed!)).toEqual([
      expect.objectContaining({
        connector: 'fooshop',
        id: 'cn_fooshop',
        status: 'failed',
        reason: 'publish'
      })
    ])
    expect(run.summary).toContain('| compass | cn\\_compass | published v1 |')
    expect(run.summary).toContain(
      '| fooshop | cn\\_fooshop | failed while publishing |'
    )
    expect(comment(7)).toContain(
      '- failed to publish fooshop while publishing (cn\\_fooshop)'
    )

    const again = await push(SHA)
    expect(again.code).toBe(0)
    expect(again.outputs.published).toBe(
      '[{"connector":"fooshop","id":"cn_fooshop","version":1}]'
    )
  })

  it('dry run: every read and check, nothing written to PlugSync or GitHub', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    const before = comment(7)
    const run = await push(SHA, { 'dry-run': 'true' })

    expect(run.code).toBe(0)
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_compass/versions/active',
      'GET /api/connectors/cn_compass',
      'GET /api/connectors/cn_compass/draft'
    ])
    expect(github.requests.every((r) => r.method === 'GET')).toBe(true)
    expect(comment(7)).toBe(before)
    expect(run.outputs.published).toBe('[]')
    expect(run.summary).toContain(
      '### Promotion to PlugSync (dry run: nothing was written)\n\n| connector | id | outcome |\n| --- | --- | --- |\n| compass | cn\\_compass | would publish v1 \\(dry run\\) |'
    )
  })

  it('writes the published and failed outputs once each', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    const writes = await outputWrites(SHA)
    expect(writes.published).toEqual([
      '[{"connector":"compass","id":"cn_compass","version":1}]'
    ])
    expect(writes.failed).toEqual(['[]'])
  })

  it('a promotion that cannot start writes each output once too', async () => {
    repository([COMPASS])
    mergeCompass(7, SHA, COMPASS_TEXT, null)
    const writes = await outputWrites(SHA, { 'plugsync-token': '' })
    expect(writes.published).toEqual(['[]'])
    expect(writes.failed).toEqual(['[]'])
    expect(sandbox.requests).toEqual([])
  })

  it('findings at fail-on: nothing is written anywhere', async () => {
    repository([COMPASS], COMPASS_TEXT.replace('"3.0"', '3.0'))
    merged(7, SHA, repo.record({}))
    const run = await push(SHA)

    expect(run.code).toBe(1)
    expect(sandbox.requests).toEqual([])
    expect(github.requests).toEqual([])
    expect(run.summary).toContain(
      '### Promotion to PlugSync\n\nNothing was promoted: the validation found problems at or above fail-on (error). Fix them and re-run.\n'
    )
    expect(run.outputs.published).toBe('[]')
  })

  it('environments: the input picks the entries, the summary names it', async () => {
    sandbox.createConnector('cn_compass_prod', 'Compass production')
    repository([
      { ...COMPASS, environment: 'staging' },
      { ...COMPASS, id: 'cn_compass_prod', environment: 'production' }
    ])
    merged(
      7,
      SHA,
      repo.record({
        [`staging:${COMPASS.path}`]: {
          text: COMPASS_TEXT,
          activeVersion: null
        },
        [`production:${COMPASS.path}`]: {
          text: COMPASS_TEXT,
          activeVersion: null
        }
      })
    )
    const staging = await push(SHA, { environment: 'staging' })
    expect(staging.code).toBe(0)
    expect(staging.outputs.published).toBe(
      '[{"connector":"compass","id":"cn_compass","environment":"staging","version":1}]'
    )
    expect(staging.summary).toContain(
      '### Promotion to PlugSync (environment staging)'
    )
    expect(sandbox.state.versions.cn_compass_prod).toEqual([])

    const production = await push(SHA, { environment: 'production' })
    expect(production.outputs.published).toBe(
      '[{"connector":"compass","id":"cn_compass_prod","environment":"production","version":1}]'
    )
    const forgotten = await push(SHA)
    expect(forgotten.code).toBe(0)
    expect(forgotten.stdout).toContain(
      '::warning::no connector to promote: the manifest maps none to the environment (none), only to staging, production; set the environment input to one of them'
    )
    const typo = await push(SHA, { environment: 'prodction' })
    expect(typo.code).toBe(1)
    expect(typo.stdout).toContain(
      `::error::PlugSync config: no manifest entry has the environment "prodction": did you mean "production"? The manifest's environments: staging, production.`
    )

    const body = comment(7)
    expect(body).toContain(
      '<!-- plugsync-config:promotion staging -->\n### Promotion of commit 1111111, environment staging\n'
    )
    expect(body).toContain(
      '<!-- plugsync-config:promotion production -->\n### Promotion of commit 1111111, environment production\n'
    )
  })
})
