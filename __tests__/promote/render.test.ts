import type { Finding } from '../../src/findings/finding.js'
import type { PromotionResult } from '../../src/promote/outcome.js'
import { promotionOutputs } from '../../src/promote/outputs.js'
import {
  renderPromotionComment,
  renderPromotionMarkdown
} from '../../src/promote/render-markdown.js'
import { renderPromotionText } from '../../src/promote/render-text.js'
import type { PromotionTarget } from '../../src/promote/target.js'

function target(
  name: string,
  id: string,
  environment?: string
): PromotionTarget {
  return {
    name,
    id,
    file: `connectors/${name}.json`,
    ...(environment ? { environment } : {})
  }
}

const FINDING: Finding = {
  rule: 'backend-rejected',
  severity: 'error',
  message: 'PlugSync rejected the config: target hubspot is not connected',
  backendMessage: 'target hubspot is not connected',
  file: 'connectors/atlas.json',
  pointer: '/flows/0/steps/0/action',
  line: 18,
  column: 21,
  endLine: 18,
  endColumn: 29
}

const RESULTS: PromotionResult[] = [
  {
    target: target('compass', 'cn_1'),
    outcome: { status: 'published', version: 8, previous: 7, recovered: false }
  },
  {
    target: target('fooshop', 'cn_2'),
    outcome: { status: 'up-to-date', version: 3 }
  },
  {
    target: target('zeta', 'cn_3'),
    outcome: {
      status: 'refused',
      reason: 'draft-work',
      override: 'allow-draft-overwrite',
      message: 'the draft holds unpublished work',
      diff: {
        title: 'The unpublished work in the draft, against v2:',
        before: { version: '3.0' },
        beforeVersion: 2,
        after: { version: '3.0', settings: { region: 'eu' } }
      }
    }
  },
  {
    target: target('atlas', 'cn_4'),
    outcome: {
      status: 'failed',
      step: 'write-draft',
      message: 'PlugSync rejected the config of cn_4 (422)',
      findings: [FINDING]
    }
  }
]

describe('renderPromotionMarkdown', () => {
  it('gives a row per connector, then the reason, the way out and the diff of each refusal and failure', () => {
    expect(
      renderPromotionMarkdown(RESULTS, {
        environment: '',
        dryRun: false,
        diffChars: 5000
      })
    ).toBe(
      [
        '### Promotion to PlugSync',
        '',
        '| connector | id | outcome |',
        '| --- | --- | --- |',
        '| compass | cn\\_1 | published v8 |',
        '| fooshop | cn\\_2 | up to date \\(v3\\) |',
        '| zeta | cn\\_3 | refused: unpublished work in the draft |',
        '| atlas | cn\\_4 | failed while writing the draft |',
        '',
        '#### zeta: refused: unpublished work in the draft',
        '',
        "the draft holds unpublished work. To discard the draft's work, run with `allow-draft-overwrite: true`.",
        '',
        'The unpublished work in the draft, against v2:',
        '',
        '- added setting `region`: `eu`',
        '',
        '<details><summary>Unified diff of the normalised config (10 lines)</summary>',
        '',
        '```diff',
        '@@ -1,6 +1,8 @@',
        ' {',
        '   "entities": [],',
        '   "flows": [],',
        '-  "settings": {},',
        '+  "settings": {',
        '+    "region": "eu"',
        '+  },',
        '   "version": "3.0"',
        ' }',
        '```',
        '',
        '</details>',
        '',
        '#### atlas: failed while writing the draft',
        '',
        'PlugSync rejected the config of cn\\_4 \\(422\\).',
        '',
        '- ❌ **error** `backend-rejected` line 18, column 21: PlugSync rejected the config: target hubspot is not connected',
        ''
      ].join('\n')
    )
  })

  it('names the environment and a dry run in the heading', () => {
    const markdown = renderPromotionMarkdown(RESULTS.slice(0, 1), {
      environment: 'staging',
      dryRun: true,
      diffChars: 5000
    })
    expect(markdown.split('\n')[0]).toBe(
      '### Promotion to PlugSync (environment staging, dry run: nothing was written)'
    )
  })

  it('says when the environment has no connector', () => {
    expect(
      renderPromotionMarkdown([], {
        environment: 'qa',
        dryRun: false,
        diffChars: 100
      })
    ).toBe(
      '### Promotion to PlugSync (environment qa)\n\nThe manifest maps no connector to the environment qa: nothing to promote.\n'
    )
    expect(
      renderPromotionMarkdown([], {
        environment: '',
        dryRun: false,
        diffChars: 100
      })
    ).toBe(
      '### Promotion to PlugSync\n\nThe manifest maps no connector without an environment: nothing to promote. Set the environment input to promote the entries of one.\n'
    )
  })

  it('escapes names and messages so no Markdown or HTML can come through', () => {
    const markdown = renderPromotionMarkdown(
      [
        {
          target: target('<b>x|y', 'cn_1'),
          outcome: {
            status: 'failed',
            step: 'publish',
            message: 'PlugSync answered <script>alert(1)</script> @team',
            findings: []
          }
        }
      ],
      { environment: '', dryRun: false, diffChars: 100 }
    )
    expect(markdown).toContain(
      '| &lt;b\\>x\\|y | cn\\_1 | failed while publishing |'
    )
    expect(markdown).toContain(
      'PlugSync answered &lt;script\\>alert\\(1\\)&lt;/script\\>'
    )
    expect(markdown).not.toContain('<script>')
  })
})

describe('renderPromotionComment', () => {
  it('says what happened to each connector in a sentence, with reasons and a link', () => {
    expect(
      renderPromotionComment(RESULTS, {
        environment: 'production',
        sha: 'abcdef0123456789',
        runUrl: 'https://github.com/acme/c/actions/runs/1'
      })
    ).toBe(
      [
        '### Promotion of commit abcdef0, environment production',
        '',
        '- published v8 of compass (cn\\_1)',
        '- fooshop is up to date at v3 (cn\\_2)',
        '- refused to publish zeta: unpublished work in the draft (cn\\_3): the draft holds unpublished work',
        '- failed to publish atlas while writing the draft (cn\\_4): PlugSync rejected the config of cn\\_4 \\(422\\)',
        '',
        "[The run's summary](https://github.com/acme/c/actions/runs/1) shows the details.",
        ''
      ].join('\n')
    )
  })

  it('leaves the reasons out in its short form', () => {
    const short = renderPromotionComment(RESULTS, {
      environment: '',
      sha: 'abcdef0123456789',
      reasons: false
    })
    expect(short).toContain(
      '- refused to publish zeta: unpublished work in the draft (cn\\_3)\n'
    )
    expect(short).not.toContain('summary')
  })
})

describe('renderPromotionText', () => {
  it('gives a line per connector and the details under each refusal and failure', () => {
    expect(
      renderPromotionText(RESULTS, {
        environment: '',
        dryRun: false,
        color: false,
        overrides: {
          'require-review': '--no-require-review',
          'allow-drift': '--allow-drift',
          'allow-draft-overwrite': '--allow-draft-overwrite'
        }
      })
    ).toBe(
      [
        'Promotion to PlugSync:',
        '  compass (cn_1): published v8',
        '  fooshop (cn_2): up to date (v3)',
        '  zeta (cn_3): refused: unpublished work in the draft',
        "    the draft holds unpublished work. To discard the draft's work, run with --allow-draft-overwrite.",
        '    The unpublished work in the draft, against v2:',
        '      + added setting `region`: `eu`',
        '  atlas (cn_4): failed while writing the draft',
        '    PlugSync rejected the config of cn_4 (422).',
        '    connectors/atlas.json:18:21: error backend-rejected: PlugSync rejected the config: target hubspot is not connected',
        ''
      ].join('\n')
    )
  })
})

describe('promotionOutputs', () => {
  it('lists the published versions and the connectors refused or failed', () => {
    const outputs = promotionOutputs([
      ...RESULTS,
      {
        target: target('compass', 'cn_9', 'staging'),
        outcome: {
          status: 'published',
          version: 1,
          previous: null,
          recovered: true
        }
      },
      {
        target: target('dry', 'cn_10'),
        outcome: { status: 'would-publish', previous: null }
      }
    ])
    expect(JSON.parse(outputs.published)).toEqual([
      { connector: 'compass', id: 'cn_1', version: 8 },
      { connector: 'compass', id: 'cn_9', environment: 'staging', version: 1 }
    ])
    expect(JSON.parse(outputs.failed)).toEqual([
      {
        connector: 'zeta',
        id: 'cn_3',
        status: 'refused',
        reason: 'draft-work',
        message:
          'refused (unpublished work in the draft): the draft holds unpublished work'
      },
      {
        connector: 'atlas',
        id: 'cn_4',
        status: 'failed',
        reason: 'write-draft',
        message:
          'failed while writing the draft: PlugSync rejected the config of cn_4 (422)'
      }
    ])
  })

  it('gives empty lists when nothing happened', () => {
    expect(promotionOutputs([])).toEqual({ published: '[]', failed: '[]' })
  })
})
