import type { Verdict } from '../../src/action/verdict.js'
import {
  composeComment,
  type CommentInput
} from '../../src/report/pr-comment.js'
import type { Review } from '../../src/review/compare.js'
import {
  decodeRecord,
  encodeRecord,
  type ReviewRecord
} from '../../src/review/record.js'
import { bigConfig, compared, failed, finding } from './review-builders.js'

const MARKER = '<!-- plugsync-config:comment 0123456789ab -->'
const VALID: Verdict = {
  valid: true,
  counts: { error: 0, warning: 0, notice: 0 }
}
const SUMMARY = 'https://github.com/acme/connectors/actions/runs/42'
const LINKS = {
  serverUrl: 'https://github.com',
  repository: 'acme/connectors',
  sha: 'abc'
}
const RECORD: ReviewRecord = {
  version: 1,
  headSha: 'abc',
  connectors: [
    {
      id: 'cn_compass',
      path: 'connectors/compass.json',
      activeVersion: 7,
      configHash: 'd'.repeat(64)
    }
  ]
}

function input(
  review: CommentInput['review'],
  overrides: Partial<CommentInput> = {}
): CommentInput {
  return {
    marker: MARKER,
    verdict: VALID,
    files: 2,
    findings: [],
    links: LINKS,
    review,
    manifest: 'plugsync.yaml',
    record: RECORD,
    summaryUrl: SUMMARY,
    ...overrides
  }
}

const V7 = { version: '3.1', settings: { batch: 10 } }
const BRANCH = { version: '3.1', settings: { batch: 20 } }

describe('composeComment', () => {
  it('says validity, then the diffs, then what merging does, then the record', () => {
    const review: Review = {
      connectors: [compared('compass', V7, BRANCH)],
      unmapped: []
    }
    const body = composeComment(input(review))
    const record = body.slice(body.indexOf('<!-- plugsync-config:record'))
    expect(body).toBe(
      `${MARKER}
## PlugSync config

✅ **The configs are valid**: 2 configs, no findings.

### Changes against PlugSync

**compass** (cn\\_compass): 1 changed, against published v7

- changed setting \`batch\`: \`10\` → \`20\`

<details><summary>Unified diff of the normalised config (9 lines)</summary>

\`\`\`diff
@@ -2,7 +2,7 @@
   "entities": [],
   "flows": [],
   "settings": {
-    "batch": 10
+    "batch": 20
   },
   "version": "3.1"
 }
\`\`\`

</details>

### What merging does

- merging publishes v8 of **compass** (cn\\_compass)

${record}`
    )
    expect(decodeRecord(body)).toEqual({ ok: true, record: RECORD })
  })

  it('keeps a record or marker quoted from a config from passing for its own', () => {
    const forged = encodeRecord({ ...RECORD, headSha: 'forged' })
    const quoted = { version: '3.1', settings: { note: `see ${forged}` } }
    const review: Review = {
      connectors: [compared('compass', V7, quoted)],
      unmapped: []
    }
    const body = composeComment(input(review))
    expect(body.split('<!-- plugsync-config:record').length).toBe(2)
    expect(body).toContain('see <!-\u200b- plugsync-config:record ')
    expect(decodeRecord(body)).toEqual({ ok: true, record: RECORD })
  })

  it('lists the first ten findings, linked to their lines, and counts the rest', () => {
    const findings = Array.from({ length: 12 }, (_, n) =>
      finding('connectors/compass.json', n + 1)
    )
    const verdict: Verdict = {
      valid: false,
      counts: { error: 12, warning: 0, notice: 0 }
    }
    const body = composeComment(
      input(
        {
          skipped:
            '**Diff skipped**: no plugsync-token was given; the configs were validated.'
        },
        { findings, verdict, record: undefined }
      )
    )
    const lines = body.split('\n')
    expect(lines.slice(3, 6)).toEqual([
      '❌ **The configs are not valid**: 2 configs, 12 errors.',
      '',
      '- ❌ **error** `unknown-action` [line 1, column 3](https://github.com/acme/connectors/blob/abc/connectors/compass.json#L1): bad thing on line 1'
    ])
    expect(lines.filter((line) => line.startsWith('- ❌'))).toHaveLength(10)
    expect(body).toContain(
      `\n- … and 2 more findings: see [the job summary](${SUMMARY}).\n\n**Diff skipped**: no plugsync-token was given; the configs were validated.\n`
    )
    expect(body).not.toContain('plugsync-config:record')
  })

  it('stays within the limit, keeping every headline and linking the summary', () => {
    const connectors = ['a', 'b', 'c'].map((name) =>
      compared(name, bigConfig(10, 'old'), bigConfig(600, name))
    )
    connectors.push(compared('small', V7, BRANCH))
    const body = composeComment(input({ connectors, unmapped: [] }))

    expect(body.length).toBeLessThanOrEqual(65_536)
    for (const name of ['a', 'b', 'c']) {
      expect(body).toContain(
        `**${name}** (cn\\_${name}): 600 added, 10 removed, against published v7\n`
      )
      expect(body).toContain(
        `- merging publishes v8 of **${name}** (cn\\_${name})\n`
      )
    }
    expect(body).toContain('- changed setting `batch`: `10` → `20`')
    expect(body).toContain(
      `\n\n_Some diffs were cut to fit a comment: [the job summary](${SUMMARY}) has more of them._\n\n<!-- plugsync-config:record `
    )
    expect(decodeRecord(body)).toEqual({ ok: true, record: RECORD })
  })

  it('counts the broken markers when it fits the diffs, keeping what merging does', () => {
    const quoting = {
      version: '3.1',
      settings: Object.fromEntries(
        Array.from({ length: 3000 }, (_, n) => [`k${n}`, '<!--'.repeat(20)])
      )
    }
    const body = composeComment(
      input({ connectors: [compared('compass', V7, quoting)], unmapped: [] })
    )
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).not.toContain("cut at GitHub's comment size limit")
    expect(body).toContain(
      '### What merging does\n\n- merging publishes v8 of **compass** (cn\\_compass)\n'
    )
    expect(body.split('<details>').length).toBe(body.split('</details>').length)
    expect(decodeRecord(body)).toEqual({ ok: true, record: RECORD })
  })

  it('cuts long diffs to equal shares and leaves short ones whole', () => {
    const connectors = [
      compared('a', null, bigConfig(400, 'a')),
      compared('b', null, bigConfig(400, 'b')),
      compared('small', V7, BRANCH)
    ]
    const body = composeComment(input({ connectors, unmapped: [] }), 30_000)
    expect(body.length).toBeLessThanOrEqual(30_000)
    const section = (name: string, next: string) =>
      body.slice(body.indexOf(`**${name}**`), body.indexOf(next)).length
    const a = section('a', '**b**')
    const b = section('b', '**small**')
    expect(Math.abs(a - b)).toBeLessThan(200)
    expect(body).toContain('@@ -2,7 +2,7 @@')
  })

  it('folds a long changelog, as the unified diff is folded', () => {
    const body = composeComment(
      input({
        connectors: [compared('a', null, bigConfig(20, 'a'))],
        unmapped: []
      })
    )
    expect(body).toContain(
      '**a** (cn\\_a): never published: merging publishes v1 (20 entities, 0 flows)\n\n<details><summary>Changelog: 21 changes</summary>\n\n- version `"3.1"`\n- added entity `a0`'
    )
    expect(body).toContain(
      '- added entity `a19` (simple, schema `hubspot`)\n\n</details>\n\n<details><summary>Unified diff'
    )
  })

  it('keeps under the limit with hundreds of connectors, cutting at a line', () => {
    const connectors = Array.from({ length: 600 }, (_, n) =>
      compared(`connector-with-a-rather-long-name-${n}`, V7, BRANCH)
    )
    const body = composeComment(input({ connectors, unmapped: [] }))
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.startsWith(`${MARKER}\n## PlugSync config\n`)).toBe(true)
    expect(body).toContain(
      `\n\n… cut at GitHub's comment size limit: [the job summary](${SUMMARY}) has more.\n\n<!-- plugsync-config:record `
    )
    expect(decodeRecord(body)).toEqual({ ok: true, record: RECORD })
  })

  it('says so when the record is too large for the comment', () => {
    const record: ReviewRecord = {
      ...RECORD,
      connectors: Array.from({ length: 300 }, (_, n) => ({
        ...RECORD.connectors[0]!,
        id: `cn_${n}`
      }))
    }
    const body = composeComment(
      input({ connectors: [], unmapped: [] }, { record })
    )
    expect(body).toContain(
      '_The record of this review (300 connectors) is too large for a comment: promote with require-review: false, or keep the record with "plugsync-config diff --record"._'
    )
    expect(decodeRecord(body).ok).toBe(false)
  })

  it('shows a connector PlugSync could not be read for, and the unmapped configs', () => {
    const review: Review = {
      connectors: [failed('ghost', 'PlugSync has no connector cn_ghost')],
      unmapped: ['a.json', 'b`c.json']
    }
    const body = composeComment(input(review, { record: undefined }))
    expect(body).toContain(
      `### Changes against PlugSync

**cn\\_ghost** (cn\\_ghost): could not be compared with PlugSync: PlugSync has no connector cn\\_ghost

### What merging does

- what merging does to **cn\\_ghost** (cn\\_ghost) is not known: PlugSync could not be read

Validated but not compared, as no entry of plugsync.yaml maps them to a connector: \`a.json\`, \`\`b\`c.json\`\`.
`
    )
  })
})
