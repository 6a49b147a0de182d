import { readFileSync } from 'node:fs'

/**
 * The action's entry chunk is what every run loads before it knows its mode.
 * The GitHub client and any HTTP client belong in the chunks that only the
 * pull request and push modes load (issue 6, cold start).
 */
describe('the bundled action', () => {
  const entry = readFileSync('dist/index.js', 'utf8')

  it.each([
    'node_modules/@octokit/',
    'node_modules/@actions/github/',
    'node_modules/@actions/http-client/',
    'node_modules/undici/'
  ])('keeps %s out of the entry chunk', (path) => {
    expect(entry.includes(path)).toBe(false)
  })

  it('holds the modules of @actions/core that write workflow commands', () => {
    expect(entry.includes('node_modules/@actions/core/lib/command.js')).toBe(
      true
    )
  })
})
