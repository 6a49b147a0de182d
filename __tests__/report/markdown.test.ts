import { escapeMarkdown } from '../../src/report/markdown.js'

describe('escapeMarkdown', () => {
  it('keeps HTML, links, emphasis and table breaks from forming', () => {
    expect(escapeMarkdown('<img src=x> [a](b) *x* a|b')).toBe(
      '&lt;img src=x\\> \\[a\\]\\(b\\) \\*x\\* a\\|b'
    )
  })

  it('keeps a mention from notifying anyone', () => {
    expect(escapeMarkdown('ping @octocat')).toBe('ping @\u2060octocat')
  })

  it('folds every kind of line break into a space', () => {
    expect(escapeMarkdown('a\r\nb\rc\nd')).toBe('a b c d')
  })
})
