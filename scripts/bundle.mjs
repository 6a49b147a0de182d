// Bundles the action and the CLI with ncc into dist/, the code the action
// runs. dist/ is committed; CI rebuilds it and fails when it differs.
// No --transpile-only: ncc's transpile-only mode compiles NodeNext modules
// to CommonJS, which breaks the ESM-only @actions packages.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const entries = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' }
]

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of entries) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' }
  )
}
