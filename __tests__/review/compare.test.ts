import { silentLogger } from '../../src/logger.js'
import { checkRepository } from '../../src/engine/check-repository.js'
import { PlugSyncClient } from '../../src/plugsync/client.js'
import type { Sandbox } from '../../src/plugsync/sandbox/index.js'
import {
  hasChanges,
  recordOf,
  reviewConnectors,
  type Review
} from '../../src/review/compare.js'
import {
  changedConnectors,
  diffDocument,
  mergeOutcome
} from '../../src/review/diff-document.js'
import { configHash } from '../../src/review/record.js'
import {
  ATLAS,
  COMPASS_BRANCH,
  COMPASS_V7,
  MANIFEST,
  removeWorkspaces,
  standardWorkspace,
  startSeededSandbox,
  workspace
} from './diff-fixtures.js'

let sandbox: Sandbox
beforeEach(async () => {
  sandbox = await startSeededSandbox()
})
afterEach(async () => {
  await sandbox.close()
  removeWorkspaces()
})

async function review(
  root: string,
  options: { environment?: string; token?: string } = {}
): Promise<Review> {
  const check = await checkRepository({
    root,
    patterns: [],
    exclude: [],
    manifest: 'plugsync.yaml',
    logger: silentLogger
  })
  const client = new PlugSyncClient({
    apiUrl: sandbox.url,
    token: options.token ?? sandbox.token,
    timeoutMs: 5000,
    retries: 0,
    logger: silentLogger
  })
  return reviewConnectors({
    client,
    check,
    environment: options.environment ?? '',
    concurrency: 2,
    logger: silentLogger
  })
}

describe('reviewConnectors', () => {
  it('compares each mapped connector with its active version', async () => {
    const result = await review(standardWorkspace())

    expect(
      result.connectors.map((c) =>
        c.kind === 'compared'
          ? [c.name, c.activeVersion, c.diff.counts, hasChanges(c)]
          : c.kind
      )
    ).toEqual([
      ['compass', 7, { added: 1, removed: 0, changed: 1, moved: 0 }, true],
      ['atlas', null, { added: 2, removed: 0, changed: 0, moved: 0 }, true]
    ])
    expect(result.unmapped).toEqual(['connectors/loose.json'])
  })

  it('sees no change when the branch equals the active version', async () => {
    const root = workspace({
      'plugsync.yaml': MANIFEST,
      'connectors/compass.json': { ...COMPASS_V7, $schema: 'x.json' },
      'connectors/atlas.json': ATLAS
    })
    const [compass] = (await review(root)).connectors
    expect(compass && hasChanges(compass)).toBe(false)
    expect(compass && mergeOutcome(compass)).toEqual({
      kind: 'unchanged',
      version: 7
    })
  })

  it('reviews only the entries of the environment asked for', async () => {
    const root = workspace({
      'plugsync.yaml': `connectors:
  - path: compass.json
    id: cn_compass
    environment: production
  - path: compass.json
    id: cn_atlas
    environment: staging
`,
      'compass.json': COMPASS_BRANCH
    })
    const production = await review(root, { environment: 'production' })
    expect(production.connectors.map((c) => c.entry.id)).toEqual(['cn_compass'])
    const every = await review(root)
    expect(every.connectors.map((c) => c.entry.id)).toEqual([
      'cn_compass',
      'cn_atlas'
    ])
    expect(recordOf(every, 'abc').connectors.map((c) => c.environment)).toEqual(
      ['production', 'staging']
    )
  })

  it('keeps going when one connector cannot be read', async () => {
    const root = workspace({
      'plugsync.yaml': `${MANIFEST}  - path: ghost.json\n    id: cn_ghost\n`,
      'connectors/compass.json': COMPASS_BRANCH,
      'connectors/atlas.json': ATLAS,
      'ghost.json': ATLAS
    })
    const result = await review(root)
    expect(result.connectors.map((c) => c.kind)).toEqual([
      'compared',
      'compared',
      'failed'
    ])
    expect(result.connectors[2]).toMatchObject({
      name: 'ghost',
      reason:
        'PlugSync has no connector cn_ghost (404): check the connector id and that api-url points at the right PlugSync'
    })
    expect(mergeOutcome(result.connectors[2]!)).toEqual({ kind: 'unknown' })
  })

  it('reports a refused token per connector, never with the token', async () => {
    const result = await review(standardWorkspace(), {
      token: 'psk_wrong_Ab12Cd34Ef56'
    })
    expect(result.connectors.map((c) => c.kind)).toEqual(['failed', 'failed'])
    const reasons = result.connectors.map((c) =>
      c.kind === 'failed' ? c.reason : ''
    )
    expect(reasons.join('\n')).not.toContain('psk_wrong_Ab12Cd34Ef56')
    expect(reasons[0]).toMatch(/401/)
  })

  it('does not ask PlugSync about a file that is not a JSON object', async () => {
    const root = workspace({
      'plugsync.yaml':
        'connectors:\n  - path: broken.json\n    id: cn_compass\n',
      'broken.json': '{"version": '
    })
    const result = await review(root)
    expect(result.connectors.map((c) => c.kind)).toEqual(['unreadable'])
    expect(sandbox.requests).toEqual([])
    expect(mergeOutcome(result.connectors[0]!)).toEqual({
      kind: 'unreadable',
      silenced: false
    })
  })

  it('counts error findings, which keep merging from publishing', async () => {
    const root = workspace({
      'plugsync.yaml': MANIFEST,
      'connectors/compass.json': { ...COMPASS_BRANCH, version: 3 },
      'connectors/atlas.json': ATLAS
    })
    const [compass] = (await review(root)).connectors
    expect(compass).toMatchObject({ kind: 'compared', errors: 1 })
    expect(mergeOutcome(compass!)).toEqual({ kind: 'blocked', errors: 1 })
  })
})

describe('recordOf, diffDocument and changedConnectors', () => {
  it('record what was compared, and list what changes', async () => {
    const result = await review(standardWorkspace())

    expect(recordOf(result, 'feed')).toEqual({
      version: 1,
      headSha: 'feed',
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
    })
    expect(changedConnectors(result)).toEqual([
      { connector: 'compass', id: 'cn_compass' },
      { connector: 'atlas', id: 'cn_atlas' }
    ])
    const document = diffDocument(result)
    expect(document.connectors[0]).toEqual({
      connector: 'compass',
      id: 'cn_compass',
      path: 'connectors/compass.json',
      status: 'changed',
      activeVersion: 7,
      nextVersion: 8,
      configHash: configHash(COMPASS_BRANCH),
      errors: 0,
      counts: { added: 1, removed: 0, changed: 1, moved: 0 },
      changes: [
        {
          kind: 'step-field-changed',
          flow: 'company-sync',
          step: 'save',
          field: 'data',
          path: '/flows/0/steps/0/data',
          before: '$.payload',
          after: '$.payload.company'
        },
        {
          kind: 'setting-added',
          field: 'batch',
          path: '/settings/batch',
          after: 50
        }
      ]
    })
    expect(document.connectors[1]).toMatchObject({
      status: 'new',
      activeVersion: null,
      nextVersion: 1
    })
  })
})
