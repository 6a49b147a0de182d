import { readFileSync, readdirSync } from 'node:fs'

/**
 * The action's entry chunk is what every run loads before it knows its mode.
 * The GitHub client and any HTTP client belong in the chunks that only the
 * pull request and push modes load, and the YAML library in the one a
 * manifest outside the usual layout loads (issue 6, cold start).
 */
describe('the bundled action', () => {
  const entry = readFileSync('dist/index.js', 'utf8')

  it.each([
    'node_modules/@octokit/',
    'node_modules/@actions/github/',
    'node_modules/@actions/http-client/',
    'node_modules/undici/',
    'node_modules/yaml/'
  ])('keeps %s out of the entry chunk', (path) => {
    expect(entry.includes(path)).toBe(false)
  })

  it('keeps the code of the YAML library out of the entry chunk', () => {
    // One of its messages, which the bundle holds wherever the library is.
    const message = 'Map keys must be unique'
    expect(entry.includes(message)).toBe(false)
    const chunks = readdirSync('dist').filter((name) =>
      /^\d+\.index\.js$/.test(name)
    )
    expect(
      chunks.filter((name) =>
        readFileSync(`dist/${name}`, 'utf8').includes(message)
      )
    ).toHaveLength(1)
  })

  it('holds the modules of @actions/core that write workflow commands', () => {
    expect(entry.includes('node_modules/@actions/core/lib/command.js')).toBe(
      true
    )
  })
})
