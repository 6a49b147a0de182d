// Bundles the action and the CLI with ncc into dist/, the code the action
// runs. dist/ is committed; CI rebuilds it and fails when it differs.
// No --transpile-only: ncc's transpile-only mode compiles NodeNext modules
// to CommonJS, which breaks the ESM-only @actions packages.
//
// Each output gets a licenses.txt with the licence of every package npm
// installs for production. ncc's own --license lists only the packages of
// the lazily loaded chunks when it bundles ESM, which left out ajv, yaml,
// @actions/core and others that the entry chunks carry.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const entries = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' }
]

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of entries) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet'], {
    stdio: 'inherit'
  })
  writeFileSync(join(out, 'licenses.txt'), licences())
}

/**
 * The production packages of package-lock.json, each as its name, its
 * licence's identifier and its licence file, in order of name.
 */
function licences() {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
  const seen = new Map()
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev) continue
    const name = path.slice(path.lastIndexOf('node_modules/') + 13)
    const key = `${name}@${entry.version}`
    if (!seen.has(key)) seen.set(key, { name, path, license: entry.license })
  }
  return [...seen.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, path, license }) => {
      const file = readdirSync(path).find((f) => /^licen[cs]e/i.test(f))
      const text = file ? readFileSync(join(path, file), 'utf8').trim() : ''
      return `${name}\n${license}\n${text}\n`
    })
    .join('\n')
}
