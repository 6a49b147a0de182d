import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inputOf, runnerRuntime } from '../../src/action/runner.js'

/** What the runtime writes to stdout while `work` runs. */
async function stdoutOf(work: () => unknown): Promise<string> {
  const write = process.stdout.write
  let written = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    await work()
  } finally {
    process.stdout.write = write
  }
  return written
}

describe('inputOf', () => {
  it('reads INPUT_ and the upper-cased name, hyphens kept, trimmed', () => {
    const env = { 'INPUT_FAIL-ON': '  warning \n' }
    expect(inputOf(env, 'fail-on')).toBe('warning')
  })

  it('turns spaces in the name into underscores', () => {
    expect(inputOf({ INPUT_API_URL: 'x' }, 'api url')).toBe('x')
  })

  it('gives an empty string for an input that is not set', () => {
    expect(inputOf({}, 'mode')).toBe('')
  })
})

describe('runnerRuntime', () => {
  const saved = { ...process.env }
  const exitCode = process.exitCode
  let directory: string

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'plugsync-runner-'))
  })

  afterEach(() => {
    process.env = { ...saved }
    process.exitCode = exitCode
    rmSync(directory, { recursive: true, force: true })
  })

  it('writes an annotation with its place, escaping what would break it', async () => {
    const out = await stdoutOf(() =>
      runnerRuntime().error('bad\nvalue: 100%', {
        title: 'schema/type',
        file: 'configs/a,b.json',
        startLine: 3,
        endLine: 3,
        startColumn: 5,
        endColumn: 9
      })
    )
    expect(out).toBe(
      '::error title=schema/type,file=configs/a%2Cb.json,line=3,endLine=3,col=5,endColumn=9::bad%0Avalue: 100%25\n'
    )
  })

  it('writes warnings and notices without properties as bare commands', async () => {
    const runtime = runnerRuntime()
    const out = await stdoutOf(() => {
      runtime.warning('careful')
      runtime.notice('note')
      runtime.debug('detail')
    })
    expect(out).toBe('::warning::careful\n::notice::note\n::debug::detail\n')
  })

  it('masks a secret with add-mask', async () => {
    const out = await stdoutOf(() => runnerRuntime().setSecret('s3cr3t'))
    expect(out).toBe('::add-mask::s3cr3t\n')
  })

  it('breaks a workflow command forged inside a log line', async () => {
    const out = await stdoutOf(() => runnerRuntime().info('a\n::error::x'))
    expect(out).toBe('a\n:\u200b:error::x\n')
  })

  it('writes control characters of names as escapes, in log lines and in commands', async () => {
    const runtime = runnerRuntime()
    const name = 'x\u001b[2J\u0007y\u202e.json'
    const out = await stdoutOf(() => {
      runtime.info(`${name}: published v1\n\tnext`)
      runtime.setFailed(`not promoted: ${name}`)
      runtime.warning(`overwritten: ${name}`)
    })
    expect(out).toBe(
      'x\\u{1B}[2J\\u{7}y\\u{202E}.json: published v1\n\tnext\n' +
        '::error::not promoted: x\\u{1B}[2J\\u{7}y\\u{202E}.json\n' +
        '::warning::overwritten: x\\u{1B}[2J\\u{7}y\\u{202E}.json\n'
    )
  })

  it('fails the step with exit code 1 and an error', async () => {
    const out = await stdoutOf(() => runnerRuntime().setFailed('2 errors'))
    expect(out).toBe('::error::2 errors\n')
    expect(process.exitCode).toBe(1)
  })

  it('writes an output to the GITHUB_OUTPUT file between delimiters', async () => {
    const file = join(directory, 'output')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    const out = await stdoutOf(() =>
      runnerRuntime().setOutput('report', 'line 1\nline 2')
    )
    expect(out).toBe('')
    const text = readFileSync(file, 'utf8')
    const delimiter = /^report<<(ghadelimiter_[0-9a-f-]{36})\n/.exec(text)?.[1]
    expect(text).toBe(`report<<${delimiter}\nline 1\nline 2\n${delimiter}\n`)
  })

  it('falls back to set-output without a GITHUB_OUTPUT file', async () => {
    delete process.env.GITHUB_OUTPUT
    const out = await stdoutOf(() => runnerRuntime().setOutput('valid', 'true'))
    expect(out).toBe('::set-output name=valid::true\n')
  })

  it('appends to the job summary, one call after another', async () => {
    const file = join(directory, 'summary')
    writeFileSync(file, '# earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = file
    const runtime = runnerRuntime()
    await runtime.appendSummary('## PlugSync\n')
    await runtime.appendSummary('2 configs\n')
    expect(readFileSync(file, 'utf8')).toBe(
      '# earlier step\n## PlugSync\n2 configs\n'
    )
  })
})
