import {
  renderChanges,
  renderReview,
  renderUnmapped,
  share
} from '../../src/review/review-markdown.js'
import { renderReviewText } from '../../src/review/review-text.js'
import { bigConfig, compared, unreadable } from './review-builders.js'

describe('share', () => {
  it('gives every part what it needs when the room allows', () => {
    expect(share([10, 20, 30], [5, 5, 5], 60)).toEqual([10, 20, 30])
  })

  it('keeps short parts whole and cuts the long ones evenly', () => {
    expect(share([10, 500, 900], [5, 5, 5], 410)).toEqual([10, 200, 200])
  })

  it('never goes below the floors, even without room', () => {
    expect(share([100, 100], [30, 40], 10)).toEqual([30, 40])
  })
})

describe('renderChanges', () => {
  it('says when no config is mapped to a connector', () => {
    expect(renderChanges({ connectors: [], unmapped: [] }, 1000)).toEqual({
      markdown:
        '### Changes against PlugSync\n\nNo config is mapped to a connector id, so nothing was compared with PlugSync.',
      cut: false
    })
  })

  it('keeps the headline alone when the share has no room for more', () => {
    const review = {
      connectors: [compared('a', null, bigConfig(50, 'a'))],
      unmapped: []
    }
    const fitted = renderChanges(review, 120)
    expect(fitted).toEqual({
      markdown:
        '### Changes against PlugSync\n\n**a** (cn\\_a): never published: merging publishes v1 (50 entities, 0 flows)',
      cut: true
    })
  })

  it('shows an unreadable config as not compared', () => {
    expect(
      renderChanges({ connectors: [unreadable('x')], unmapped: [] }, 1000)
        .markdown
    ).toBe(
      '### Changes against PlugSync\n\n**cn\\_x** (cn\\_x): not compared: connectors/x.json is not JSON, or not a JSON object: see its findings'
    )
  })

  it('says so when the manifest turns its findings off', () => {
    expect(
      renderChanges({ connectors: [unreadable('x', true)], unmapped: [] }, 1000)
        .markdown
    ).toBe(
      '### Changes against PlugSync\n\n**cn\\_x** (cn\\_x): not compared: connectors/x.json is not JSON, or not a JSON object; the manifest turns off the findings that would say where'
    )
  })
})

describe('renderReview', () => {
  it('says a config with errors is not published until they are fixed', () => {
    const review = {
      connectors: [compared('a', { version: '3.1' }, { version: '3.0' }, 4, 2)],
      unmapped: []
    }
    expect(renderReview(review, 'plugsync.yaml', 10_000).markdown).toContain(
      '\n\n### What merging does\n\n- merging publishes nothing for **a** (cn\\_a) until its 2 errors are fixed'
    )
  })

  it('names the configs whose manifest entries were left out', () => {
    const review = {
      connectors: [compared('a', { version: '3.1' }, { version: '3.1' })],
      unmapped: [],
      dropped: ['connectors/b_c.json']
    }
    expect(
      renderReview(review, 'plugsync.yaml', 10_000).markdown.endsWith(
        '\n\nValidated but not compared, as their entries in plugsync.yaml are left out for a problem (a repeated id or path, a missing id): `connectors/b_c.json`.'
      )
    ).toBe(true)
  })
})

describe('renderUnmapped', () => {
  it('names twenty files and counts the rest', () => {
    const files = Array.from({ length: 23 }, (_, n) => `f${n}.json`)
    const line = renderUnmapped(files, 'deploy/plugsync.yaml')
    expect(
      line.startsWith(
        'Validated but not compared, as no entry of deploy/plugsync.yaml maps them to a connector: `f0.json`, `f1.json`,'
      )
    ).toBe(true)
    expect(line.endsWith('`f19.json` and 3 more.')).toBe(true)
  })

  it('is empty when every config is mapped', () => {
    expect(renderUnmapped([], 'plugsync.yaml')).toBe('')
  })
})

describe('renderReviewText', () => {
  it('shows the diffs, what merging does and the unmapped configs', () => {
    const review = {
      connectors: [
        compared(
          'compass',
          { version: '3.1', settings: { batch: 10 } },
          { version: '3.1', settings: { batch: 20 } }
        ),
        unreadable('x')
      ],
      unmapped: ['loose.json']
    }
    expect(renderReviewText(review, 'plugsync.yaml', false)).toBe(
      `compass (cn_compass): 1 changed, against published v7
  ~ changed setting \`batch\`: \`10\` → \`20\`
cn_x (cn_x): not compared: connectors/x.json is not JSON, or not a JSON object: see its findings

merging publishes v8 of compass (cn_compass)
merging publishes nothing for cn_x (cn_x): connectors/x.json is not JSON, or not a JSON object: see its findings

not compared, as no entry of plugsync.yaml maps them to a connector: loose.json
`
    )
  })
})
