import { lineLink } from '../../src/report/links.js'

describe('lineLink', () => {
  const links = {
    serverUrl: 'https://github.com',
    repository: 'a/b',
    sha: 'abc'
  }

  it('encodes what would end a Markdown link', () => {
    expect(lineLink(links, 'c/br]ack)et (1).json', 4)).toBe(
      'https://github.com/a/b/blob/abc/c/br%5Dack%29et%20%281%29.json#L4'
    )
  })

  it('gives nothing without a commit to link to', () => {
    expect(lineLink(undefined, 'a.json', 1)).toBeUndefined()
  })
})
