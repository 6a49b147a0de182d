import { readFileSync } from 'node:fs'

/** The names heading each licence in a licenses.txt. */
function packagesIn(path: string): Set<string> {
  const blocks = readFileSync(path, 'utf8').split(/\n(?=\S+\n\S+\n)/)
  return new Set(blocks.map((block) => block.slice(0, block.indexOf('\n'))))
}

describe('the licences shipped with the bundles', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies: Record<string, string>
  }

  it.each(['dist/licenses.txt', 'dist/cli/licenses.txt'])(
    '%s names every runtime dependency',
    (path) => {
      const named = packagesIn(path)
      const missing = Object.keys(manifest.dependencies).filter(
        (name) => !named.has(name)
      )
      expect(missing).toEqual([])
    }
  )

  it('carries the licence text, not only the name', () => {
    const text = readFileSync('dist/licenses.txt', 'utf8')
    const ajv = text.slice(text.indexOf('\najv\nMIT\n'))
    expect(ajv.startsWith('\najv\nMIT\nThe MIT License (MIT)\n')).toBe(true)
  })
})
