import { normaliseConfig } from '../../src/config/normalise.js'
import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import { promoteConnector } from '../../src/promote/promote-connector.js'
import type { PromotionTarget } from '../../src/promote/target.js'
import {
  calls,
  COMPASS_CHANGED_TEXT,
  COMPASS_TEXT,
  contextFor,
  DASHBOARD_WORK,
  firstPublishCalls,
  publishCalls,
  reviewOf,
  targetOf,
  TOKEN
} from './helpers.js'

let sandbox: Sandbox
let compass: PromotionTarget

beforeEach(async () => {
  sandbox = await startSandbox({ token: TOKEN })
  sandbox.createConnector('cn_compass', 'Compass')
  compass = targetOf(COMPASS_TEXT)
})

afterEach(async () => {
  await sandbox.close()
})

/** Publishes a config as someone in the dashboard would. */
function publishOutsideGit(config: object): void {
  sandbox.setDraft('cn_compass', config as never)
  sandbox.publishDraft('cn_compass')
}

function activeConfig(): unknown {
  const state = sandbox.state
  const active = state.connectors.cn_compass!.activeVersion
  return state.versions.cn_compass!.find((v) => v.version === active)?.config
}

describe('promoteConnector: publishing', () => {
  it('publishes v1 of a connector never published, reading everything back', async () => {
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null))
    )
    expect(outcome).toEqual({
      status: 'published',
      version: 1,
      previous: null,
      recovered: false
    })
    expect(calls(sandbox)).toEqual(firstPublishCalls('cn_compass'))
    const patch = sandbox.requests[3]!
    expect(patch.headers['if-match']).toBe('"r0"')
    const sent: Record<string, unknown> = { ...compass.config!, settings: {} }
    delete sent.$schema
    expect(patch.body).toEqual(sent)
    expect(activeConfig()).toEqual(sent)
  })

  it('publishes a change as the next version, with the ETag of the draft read', async () => {
    await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null))
    )
    const changed = targetOf(COMPASS_CHANGED_TEXT)
    const from = sandbox.requests.length
    const outcome = await promoteConnector(
      changed,
      contextFor(sandbox, reviewOf([changed], 1))
    )
    expect(outcome).toEqual({
      status: 'published',
      version: 2,
      previous: 1,
      recovered: false
    })
    expect(calls(sandbox, from)).toEqual(publishCalls('cn_compass'))
    expect(sandbox.requests[from + 2]!.headers['if-match']).toBe('"r1"')
    expect(sandbox.state.versions.cn_compass).toHaveLength(2)
  })

  it('is up to date when the active version equals git: one read, no version', async () => {
    const context = contextFor(sandbox, reviewOf([compass], null))
    await promoteConnector(compass, context)
    const from = sandbox.requests.length
    const outcome = await promoteConnector(compass, context)
    expect(outcome).toEqual({ status: 'up-to-date', version: 1 })
    expect(calls(sandbox, from)).toEqual([
      'GET /api/connectors/cn_compass/versions/active'
    ])
    expect(sandbox.state.versions.cn_compass).toHaveLength(1)
  })

  it('is up to date even without a review: nothing would be published', async () => {
    publishOutsideGit(compass.config!)
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, {
        required: true,
        missing: 'no pull request',
        connectors: []
      })
    )
    expect(outcome).toEqual({ status: 'up-to-date', version: 1 })
  })

  it('finishes what a run left between the draft write and the publish', async () => {
    sandbox.setDraft('cn_compass', compass.config!)
    const logs: string[] = []
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null), {}, logs)
    )
    expect(outcome).toMatchObject({ status: 'published', version: 1 })
    expect(logs).toContain(
      'info: compass: the draft already holds the config in git (an earlier run wrote it): finishing the promotion'
    )
  })

  it('dry run: reads and checks, writes nothing', async () => {
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null), { dryRun: true })
    )
    expect(outcome).toEqual({ status: 'would-publish', previous: null })
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_compass/versions/active',
      'GET /api/connectors/cn_compass',
      'GET /api/connectors/cn_compass/draft'
    ])
    expect(sandbox.state.drafts.cn_compass!.revision).toBe(0)
  })

  it('dry run still refuses what a real run would refuse', async () => {
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null), { dryRun: true })
    )
    expect(outcome).toMatchObject({ status: 'refused', reason: 'draft-work' })
  })
})

describe('promoteConnector: review guards', () => {
  it('refuses a connector no review recorded, saying why and showing what would go out', async () => {
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, {
        required: true,
        missing: 'no merged pull request produced commit 0123456',
        connectors: []
      })
    )
    expect(outcome).toEqual({
      status: 'refused',
      reason: 'not-reviewed',
      override: 'require-review',
      message:
        'no merged pull request produced commit 0123456, so nobody reviewed this change. The diff shows what would be published: open a pull request with it, let its check comment the diff, and merge it',
      diff: {
        title: 'What would be published (nothing was published yet):',
        before: {},
        beforeVersion: null,
        after: compass.config
      }
    })
    expect(calls(sandbox)).toEqual([
      'GET /api/connectors/cn_compass/versions/active',
      'GET /api/connectors/cn_compass'
    ])
  })

  it('refuses a connector the pull request comment did not record', async () => {
    const other = targetOf(COMPASS_TEXT, 'cn_other')
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([other], null))
    )
    expect(outcome).toMatchObject({
      status: 'refused',
      reason: 'not-reviewed',
      message:
        'pull request #7 recorded no diff of this connector, so nobody reviewed this change. The diff shows what would be published: open a pull request with it, let its check comment the diff, and merge it'
    })
  })

  it('refuses a config that changed after the review, with the diff that would go out', async () => {
    publishOutsideGit(compass.config!)
    const changed = targetOf(COMPASS_CHANGED_TEXT)
    const outcome = await promoteConnector(
      changed,
      contextFor(sandbox, reviewOf([compass], 1))
    )
    expect(outcome).toEqual({
      status: 'refused',
      reason: 'changed-after-review',
      override: 'require-review',
      message:
        'connectors/compass.json is not the config pull request #7 reviewed: it changed after its diff was recorded (a commit after the last check ran, or a merge that combined changes). The diff shows what would be published unreviewed: review it in a new pull request',
      diff: {
        title: 'What would be published, against v1:',
        before: normaliseConfig(compass.config!),
        beforeVersion: 1,
        after: changed.config
      }
    })
    expect(sandbox.state.versions.cn_compass).toHaveLength(1)
  })

  it('require-review off: publishes what no review recorded', async () => {
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, { required: false, connectors: [] })
    )
    expect(outcome).toMatchObject({ status: 'published', version: 1 })
  })

  it('refuses drift: shows what was published outside git since the review', async () => {
    publishOutsideGit(compass.config!)
    const changed = targetOf(COMPASS_CHANGED_TEXT)
    const review = reviewOf([changed], 1)
    publishOutsideGit(DASHBOARD_WORK)
    const from = sandbox.requests.length
    const outcome = await promoteConnector(changed, contextFor(sandbox, review))
    expect(outcome).toEqual({
      status: 'refused',
      reason: 'drift',
      override: 'allow-drift',
      message:
        'v2 is active, but pull request #7 was reviewed against v1: someone published outside git. The diff shows what changed since the review; bring that change into git through a pull request (or undo it in PlugSync), then re-run',
      diff: {
        title: 'What changed in PlugSync since the review (v1 → v2):',
        before: normaliseConfig(compass.config!),
        beforeVersion: 1,
        after: normaliseConfig(DASHBOARD_WORK)
      }
    })
    expect(calls(sandbox, from)).toEqual([
      'GET /api/connectors/cn_compass/versions/active',
      'GET /api/connectors/cn_compass/versions/1'
    ])
  })

  it('a version republishing the reviewed config is no drift', async () => {
    publishOutsideGit(compass.config!)
    const changed = targetOf(COMPASS_CHANGED_TEXT)
    const review = reviewOf([changed], 1)
    publishOutsideGit(DASHBOARD_WORK)
    publishOutsideGit(compass.config!)
    const logs: string[] = []
    const outcome = await promoteConnector(
      changed,
      contextFor(sandbox, review, {}, logs)
    )
    expect(outcome).toMatchObject({
      status: 'published',
      version: 4,
      previous: 3
    })
    expect(logs).toContain(
      'info: compass: v3 is active, but pull request #7 was reviewed against v1, with the same config: the review still holds'
    )
  })

  it('refuses drift from nothing: the review saw no version, one is active now', async () => {
    const review = reviewOf([compass], null)
    publishOutsideGit(DASHBOARD_WORK)
    const outcome = await promoteConnector(compass, contextFor(sandbox, review))
    expect(outcome).toMatchObject({
      status: 'refused',
      reason: 'drift',
      message: expect.stringMatching(
        /^v1 is active, but pull request #7 was reviewed when no version was published: /
      ),
      diff: { before: {}, beforeVersion: null }
    })
  })

  it('allow-drift: publishes over the drift and says so in the log', async () => {
    publishOutsideGit(compass.config!)
    const changed = targetOf(COMPASS_CHANGED_TEXT)
    const review = reviewOf([changed], 1)
    publishOutsideGit(DASHBOARD_WORK)
    const logs: string[] = []
    const outcome = await promoteConnector(
      changed,
      contextFor(sandbox, review, { allowDrift: true }, logs)
    )
    expect(outcome).toMatchObject({
      status: 'published',
      version: 3,
      previous: 2
    })
    expect(logs).toContain(
      'warning: compass: v2 is active, but pull request #7 was reviewed against v1; allow-drift is on, so the promotion goes ahead'
    )
  })

  it('allow-drift in a dry run: says the promotion would go ahead', async () => {
    publishOutsideGit(compass.config!)
    const changed = targetOf(COMPASS_CHANGED_TEXT)
    publishOutsideGit(DASHBOARD_WORK)
    const logs: string[] = []
    const outcome = await promoteConnector(
      changed,
      contextFor(
        sandbox,
        reviewOf([changed], 1),
        { allowDrift: true, dryRun: true },
        logs
      )
    )
    expect(outcome).toMatchObject({ status: 'would-publish' })
    expect(logs).toContain(
      'warning: compass: v2 is active, but pull request #7 was reviewed against v1; allow-drift is on, so the promotion would go ahead'
    )
    expect(sandbox.state.versions.cn_compass).toHaveLength(2)
  })
})

describe('promoteConnector: the draft guard', () => {
  it('refuses unpublished work in the draft and shows what would be lost', async () => {
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    const updatedAt = sandbox.state.drafts.cn_compass!.updatedAt
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null))
    )
    expect(outcome).toEqual({
      status: 'refused',
      reason: 'draft-work',
      override: 'allow-draft-overwrite',
      message: `the draft holds unpublished work (edited ${updatedAt}) that is not the config in git, and writing the draft would destroy it. The diff shows that work, which is what would be lost: publish or discard it in PlugSync, or bring it into git through a pull request, then re-run`,
      diff: {
        title: 'The unpublished work in the draft (nothing was published yet):',
        before: {},
        beforeVersion: null,
        after: normaliseConfig(DASHBOARD_WORK)
      }
    })
    expect(sandbox.state.drafts.cn_compass!.config).toEqual(DASHBOARD_WORK)
  })

  it('a draft equal to the active version is no work of anyone', async () => {
    publishOutsideGit(DASHBOARD_WORK)
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], 1))
    )
    expect(outcome).toMatchObject({ status: 'published', version: 2 })
  })

  it('allow-draft-overwrite: overwrites the work and warns', async () => {
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    const logs: string[] = []
    const outcome = await promoteConnector(
      compass,
      contextFor(
        sandbox,
        reviewOf([compass], null),
        { allowDraftOverwrite: true },
        logs
      )
    )
    expect(outcome).toMatchObject({ status: 'published', version: 1 })
    expect(logs).toContain(
      'warning: compass: the draft holds unpublished work that is not the config in git; allow-draft-overwrite is on, so it is overwritten'
    )
  })

  it('allow-draft-overwrite in a dry run: says the work would be overwritten, keeps it', async () => {
    sandbox.setDraft('cn_compass', DASHBOARD_WORK)
    const logs: string[] = []
    const outcome = await promoteConnector(
      compass,
      contextFor(
        sandbox,
        reviewOf([compass], null),
        { allowDraftOverwrite: true, dryRun: true },
        logs
      )
    )
    expect(outcome).toMatchObject({ status: 'would-publish' })
    expect(logs).toContain(
      'warning: compass: the draft holds unpublished work that is not the config in git; allow-draft-overwrite is on, so it would be overwritten'
    )
    expect(sandbox.state.drafts.cn_compass!.config).toEqual(DASHBOARD_WORK)
  })

  it('412: someone wrote between our read and our write; their work is kept', async () => {
    const context = contextFor(sandbox, reviewOf([compass], null))
    const api = context.api
    context.api = {
      ...api,
      getActiveVersion: (id) => api.getActiveVersion(id),
      getVersion: (id, n) => api.getVersion(id, n),
      patchDraft: (id, config, options) => api.patchDraft(id, config, options),
      publish: (id) => api.publish(id),
      getDraft: async (id) => {
        const draft = await api.getDraft(id)
        sandbox.setDraft(id, DASHBOARD_WORK)
        return draft
      }
    }
    const outcome = await promoteConnector(compass, context)
    expect(outcome).toEqual({
      status: 'refused',
      reason: 'draft-changed',
      message:
        'someone wrote to the draft between our read and our write (412 Precondition Failed), so nothing was written and their work is kept: re-run to read the draft again and let the guards judge it'
    })
    expect(calls(sandbox).slice(-1)).toEqual([
      'PATCH /api/connectors/cn_compass/draft'
    ])
    expect(sandbox.state.drafts.cn_compass!.config).toEqual(DASHBOARD_WORK)
  })
})

describe('promoteConnector: failures', () => {
  const rejection = JSON.stringify({
    detail: [
      {
        loc: ['body', 'flows', 0, 'steps', 0, 'action'],
        msg: 'Value error, target hubspot is not connected',
        type: 'value_error'
      }
    ]
  })

  it('a 422 on the draft write becomes a finding at the line and column of the value', async () => {
    sandbox.inject({
      method: 'PATCH',
      path: '/connectors/cn_compass/draft',
      status: 422,
      body: rejection
    })
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null))
    )
    expect(outcome).toMatchObject({ status: 'failed', step: 'write-draft' })
    if (outcome.status !== 'failed') throw new Error('not failed')
    expect(outcome.message).toBe(
      'PlugSync rejected the config of cn_compass (422) with 1 problem: Value error, target hubspot is not connected at /flows/0/steps/0/action; fix the config and re-run'
    )
    expect(outcome.findings).toEqual([
      {
        rule: 'backend-rejected',
        severity: 'error',
        message:
          'PlugSync rejected the config: Value error, target hubspot is not connected',
        backendMessage: 'Value error, target hubspot is not connected',
        file: 'connectors/compass.json',
        pointer: '/flows/0/steps/0/action',
        line: 18,
        column: 21,
        endLine: 18,
        endColumn: 29
      }
    ])
    expect(sandbox.state.versions.cn_compass).toHaveLength(0)
  })

  it('a 422 on publish becomes findings too, and names the publish step', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_compass/publish',
      status: 422,
      body: rejection
    })
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null))
    )
    expect(outcome).toMatchObject({
      status: 'failed',
      step: 'publish',
      findings: [{ line: 18, column: 21, rule: 'backend-rejected' }]
    })
  })

  it('a 503 on publish that went through: the re-read finds the version', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_compass/publish',
      status: 503,
      processFirst: true
    })
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null))
    )
    expect(outcome).toEqual({
      status: 'published',
      version: 1,
      previous: null,
      recovered: true
    })
    expect(calls(sandbox).slice(-3)).toEqual([
      'POST /api/connectors/cn_compass/publish',
      'GET /api/connectors/cn_compass/versions/active',
      'GET /api/connectors/cn_compass/versions/active'
    ])
    expect(sandbox.state.versions.cn_compass).toHaveLength(1)
  })

  it('a publish that keeps failing names the step; a re-run finishes the job', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_compass/publish',
      status: 503,
      times: 3
    })
    const context = contextFor(sandbox, reviewOf([compass], null))
    const first = await promoteConnector(compass, context)
    expect(first).toMatchObject({ status: 'failed', step: 'publish' })
    if (first.status !== 'failed') throw new Error('not failed')
    expect(first.message).toMatch(
      /^PlugSync failed to publish connector cn_compass with 503 Service Unavailable.*\(the active version is still none, so nothing was published\)$/
    )
    const second = await promoteConnector(compass, context)
    expect(second).toMatchObject({ status: 'published', version: 1 })
  })

  it('a draft that does not read back as sent fails before publishing', async () => {
    sandbox.setDraft('cn_compass', { ...DASHBOARD_WORK, notes: 'keep me' })
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null), {
        allowDraftOverwrite: true
      })
    )
    expect(outcome).toMatchObject({
      status: 'failed',
      step: 'verify-draft',
      message:
        'the draft PlugSync holds after the write is not the config in git, so nothing was published. Keys the draft had that git does not are kept by a draft write: remove them in PlugSync, then re-run',
      diff: {
        title: 'The draft PlugSync holds, against the config in git:',
        before: compass.config,
        after: { ...normaliseConfig(compass.config!), notes: 'keep me' }
      }
    })
    expect(calls(sandbox)).not.toContain(
      'POST /api/connectors/cn_compass/publish'
    )
  })

  it('an active version that does not read back as git fails the last step', async () => {
    const context = contextFor(sandbox, reviewOf([compass], null))
    const api = context.api
    context.api = {
      ...api,
      getActiveVersion: (id) => api.getActiveVersion(id),
      getVersion: (id, n) => api.getVersion(id, n),
      getDraft: (id) => api.getDraft(id),
      patchDraft: (id, config, options) => api.patchDraft(id, config, options),
      publish: async (id) => {
        const published = await api.publish(id)
        publishOutsideGit(DASHBOARD_WORK)
        return published
      }
    }
    const outcome = await promoteConnector(compass, context)
    expect(outcome).toMatchObject({
      status: 'failed',
      step: 'verify-active',
      message:
        "PlugSync answered that v1 was published, but reading the active version back gives v2, which is not the config in git: someone may have published in between. Look at the connector's versions in PlugSync, then re-run"
    })
  })

  it('a 409 on publish after someone published the same config is up to date', async () => {
    sandbox.inject({
      method: 'POST',
      path: '/connectors/cn_compass/publish',
      status: 409,
      processFirst: true
    })
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null))
    )
    expect(outcome).toEqual({ status: 'up-to-date', version: 1 })
  })

  it('names the step that failed: reading the reviewed version', async () => {
    publishOutsideGit(compass.config!)
    const changed = targetOf(COMPASS_CHANGED_TEXT)
    const review = reviewOf([changed], 1)
    publishOutsideGit(DASHBOARD_WORK)
    sandbox.inject({
      path: '/connectors/cn_compass/versions/1',
      status: 500,
      times: 3
    })
    const outcome = await promoteConnector(changed, contextFor(sandbox, review))
    expect(outcome).toMatchObject({
      status: 'failed',
      step: 'read-reviewed',
      message: expect.stringMatching(
        /^PlugSync failed to read version 1 of connector cn_compass with 500 Internal Server Error after 3 attempts/
      )
    })
  })

  it('names the step that failed: reading the draft', async () => {
    sandbox.inject({ path: '/connectors/cn_compass/draft', status: 403 })
    const outcome = await promoteConnector(
      compass,
      contextFor(sandbox, reviewOf([compass], null))
    )
    expect(outcome).toMatchObject({
      status: 'failed',
      step: 'read-draft',
      message:
        'the token has no access to connector cn_compass (403): check that the token belongs to the right PlugSync org'
    })
  })

  it('a file without a config fails at reading it, without a request', async () => {
    const broken = { ...compass }
    delete broken.config
    const outcome = await promoteConnector(
      broken,
      contextFor(sandbox, reviewOf([compass], null))
    )
    expect(outcome).toEqual({
      status: 'failed',
      step: 'read-config',
      message:
        'connectors/compass.json holds no JSON object to publish: fix the file (the validation findings say how) and re-run',
      findings: []
    })
    expect(sandbox.requests).toHaveLength(0)
  })

  it('an unknown connector fails at reading the active version', async () => {
    const ghost = targetOf(COMPASS_TEXT, 'cn_ghost')
    const outcome = await promoteConnector(
      ghost,
      contextFor(sandbox, reviewOf([ghost], null))
    )
    expect(outcome).toMatchObject({
      status: 'failed',
      step: 'read-active',
      message:
        'PlugSync has no connector cn_ghost (404): check the connector id and that api-url points at the right PlugSync'
    })
  })
})
