import { checkBytes } from '../../src/engine/check-file.js'
import type { RepositoryCheck } from '../../src/engine/check-repository.js'
import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import { promoteAll } from '../../src/promote/promote-all.js'
import { displayName, promotionTargets } from '../../src/promote/target.js'
import {
  COMPASS_TEXT,
  contextFor,
  reviewOf,
  targetOf,
  TOKEN
} from './helpers.js'

const SPAN = { line: 1, column: 1, endLine: 1, endColumn: 1 }

function checkOf(): RepositoryCheck {
  return {
    root: '/repo',
    findings: [],
    files: [
      checkBytes('connectors/compass.json', Buffer.from(COMPASS_TEXT)),
      checkBytes('connectors/broken.json', Buffer.from('{ "version": '))
    ],
    connectors: [
      {
        path: 'connectors/compass.json',
        id: 'cn_staging',
        environment: 'staging',
        span: SPAN
      },
      {
        path: 'connectors/compass.json',
        id: 'cn_prod',
        environment: 'production',
        span: SPAN
      },
      { path: 'connectors/compass.json', id: 'cn_plain', span: SPAN },
      { path: 'connectors/broken.json', id: 'cn_broken', span: SPAN }
    ]
  }
}

describe('promotionTargets', () => {
  it('picks the entries of the environment asked for', () => {
    const targets = promotionTargets(checkOf(), 'production')
    expect(targets.map((t) => [t.name, t.id, t.environment])).toEqual([
      ['compass', 'cn_prod', 'production']
    ])
    expect(targets[0]!.config).toMatchObject({ version: '3.0' })
    expect(targets[0]!.source?.text).toBe(COMPASS_TEXT)
  })

  it('with no environment, picks the entries that name none', () => {
    const targets = promotionTargets(checkOf(), '')
    expect(targets.map((t) => t.id)).toEqual(['cn_plain', 'cn_broken'])
    expect(targets[1]!.config).toBeUndefined()
  })

  it('names a connector after its file', () => {
    expect(displayName('a/b/compass.json')).toBe('compass')
    expect(displayName('Fooshop.JSON')).toBe('Fooshop')
    expect(displayName('configs/erp.v2.json')).toBe('erp.v2')
  })
})

describe('promoteAll', () => {
  let sandbox: Sandbox

  beforeEach(async () => {
    sandbox = await startSandbox({ token: TOKEN })
    for (const id of ['cn_a', 'cn_c', 'cn_d']) sandbox.createConnector(id, id)
  })

  afterEach(async () => {
    await sandbox.close()
  })

  it('promotes each connector on its own and keeps their order', async () => {
    const targets = ['cn_a', 'cn_missing', 'cn_c', 'cn_d'].map((id) =>
      targetOf(COMPASS_TEXT, id, `connectors/${id}.json`)
    )
    const results = await promoteAll(
      targets,
      contextFor(sandbox, reviewOf(targets, null)),
      2
    )
    expect(results.map((r) => [r.target.id, r.outcome.status])).toEqual([
      ['cn_a', 'published'],
      ['cn_missing', 'failed'],
      ['cn_c', 'published'],
      ['cn_d', 'published']
    ])
  })
})
