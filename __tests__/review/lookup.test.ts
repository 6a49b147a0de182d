import { findReviewRecord } from '../../src/review/lookup.js'
import { encodeRecord, type ReviewRecord } from '../../src/review/record.js'
import { openHarness, type Harness } from '../github/helpers.js'

const MARKER = '<!-- plugsync-config:comment 0123456789ab -->'
const RECORD: ReviewRecord = {
  version: 1,
  headSha: 'feed',
  connectors: [
    {
      id: 'cn_compass',
      path: 'compass.json',
      activeVersion: 7,
      configHash: 'c'.repeat(64)
    }
  ]
}

function pull(number: number, mergedAt: string | null, base = 'main'): object {
  return {
    number,
    state: mergedAt ? 'closed' : 'open',
    merged_at: mergedAt,
    head: { sha: 'feed' },
    base: { ref: base }
  }
}

let h: Harness
beforeEach(async () => {
  h = await openHarness()
})
afterEach(async () => {
  await h.github.stop()
})

describe('findReviewRecord', () => {
  it('reads the record from the merged pull request of the commit', async () => {
    h.github.pullsByCommit.set('m1', [
      pull(3, null),
      pull(7, '2026-01-01T00:00:00Z')
    ])
    h.github.addComment(
      7,
      `${MARKER}\ntext\n${encodeRecord(RECORD)}`,
      'github-actions[bot]'
    )
    const lookup = await findReviewRecord(h.api, 'm1', MARKER)
    expect(lookup).toMatchObject({
      status: 'found',
      pullRequest: { number: 7 },
      record: RECORD
    })
  })

  it('prefers the latest pull request merged into the default branch', async () => {
    h.github.pullsByCommit.set('m1', [
      pull(5, '2026-03-01T00:00:00Z', 'release'),
      pull(6, '2026-01-01T00:00:00Z'),
      pull(8, '2026-02-01T00:00:00Z')
    ])
    for (const n of [5, 6, 8]) {
      h.github.addComment(
        n,
        `${MARKER}\n${encodeRecord(RECORD)}`,
        'github-actions[bot]'
      )
    }
    const lookup = await findReviewRecord(h.api, 'm1', MARKER, 'main')
    expect(lookup).toMatchObject({
      status: 'found',
      pullRequest: { number: 8 }
    })
  })

  it('never takes an open pull request as the review', async () => {
    h.github.pullsByCommit.set('m1', [pull(3, null)])
    h.github.addComment(
      3,
      `${MARKER}\n${encodeRecord(RECORD)}`,
      'github-actions[bot]'
    )
    expect(await findReviewRecord(h.api, 'm1', MARKER)).toEqual({
      status: 'no-pull-request'
    })
  })

  it('says when no pull request contains the commit', async () => {
    expect(await findReviewRecord(h.api, 'm1', MARKER)).toEqual({
      status: 'no-pull-request'
    })
  })

  it('says when the pull request has no comment of its own', async () => {
    h.github.pullsByCommit.set('m1', [pull(7, '2026-01-01T00:00:00Z')])
    h.github.addComment(7, `${MARKER}\n${encodeRecord(RECORD)}`, 'mallory')
    expect(await findReviewRecord(h.api, 'm1', MARKER)).toMatchObject({
      status: 'no-comment',
      pullRequest: { number: 7 }
    })
  })

  it('says how a hand-edited record is damaged', async () => {
    h.github.pullsByCommit.set('m1', [pull(7, '2026-01-01T00:00:00Z')])
    h.github.addComment(
      7,
      `${MARKER}\n<!-- plugsync-config:record eyJ2ZXJzaW9uIjox -->`,
      'github-actions[bot]'
    )
    expect(await findReviewRecord(h.api, 'm1', MARKER)).toMatchObject({
      status: 'unreadable',
      problem: 'the hidden record does not hold JSON'
    })
  })
})
