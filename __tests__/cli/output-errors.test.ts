import { spawn } from 'node:child_process'
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLI = 'dist/cli/index.js'

/** A config whose JSON report is far larger than a pipe holds. */
function manyFindings(): string {
  const entities = Array.from({ length: 3000 }, (_, i) => ({
    name: `e${i}`,
    schemas: { hubspot: { object_type: 5 } }
  }))
  return JSON.stringify({ version: '3.1', entities }, null, 2)
}

describe('the bundled CLI when its output cannot be written', () => {
  let dir: string
  let file: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plugsync-output-'))
    file = join(dir, 'many.json')
    writeFileSync(file, manyFindings())
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('ends with its own exit code and no trace when the reader stops early', async () => {
    const child = spawn(
      process.execPath,
      [CLI, 'validate', file, '--format', 'json'],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Like `| head -c 10`: read once, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((done) => child.on('close', done))
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' })
  })

  it('says once that it cannot write, and exits 2, on a full device', async () => {
    const full = openSync('/dev/full', 'w')
    const child = spawn(process.execPath, [CLI, 'validate', file], {
      stdio: ['ignore', full, 'pipe']
    })
    closeSync(full)
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise((done) => child.on('close', done))
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr:
        'plugsync-config: cannot write to standard output: ENOSPC: no space left on device, write\n'
    })
  })
})

describe('the bundled CLI writing its report into the repository', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plugsync-output-'))
    writeFileSync(
      join(dir, 'compass.json'),
      readFileSync('_examples/compass-light.json')
    )
    writeFileSync(join(dir, 'empty.json'), '')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('never checks the file its output is redirected to', async () => {
    // Like `validate --format json > report.json`: the shell makes the
    // file, empty, before the run looks for configs.
    const report = join(dir, 'report.json')
    const out = openSync(report, 'w')
    const child = spawn(
      process.execPath,
      [join(process.cwd(), CLI), 'validate', '--format', 'json'],
      { cwd: dir, stdio: ['ignore', out, 'pipe'] }
    )
    closeSync(out)
    const code = await new Promise((done) => child.on('close', done))
    const written = JSON.parse(readFileSync(report, 'utf8'))
    expect(written.files.map((f: { file: string }) => f.file)).toEqual([
      'compass.json',
      'empty.json'
    ])
    // Another empty file is still reported.
    expect(
      written.findings.map(
        (f: { rule: string; file: string }) => `${f.rule} ${f.file}`
      )
    ).toEqual(['empty-file empty.json'])
    expect(code).toBe(1)
  })
})
