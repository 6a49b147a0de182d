import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decideMode, readEvent, type RunEvent } from '../../src/action/event.js'
import { readInputs, InputError } from '../../src/action/inputs.js'

function event(name: string, ref = 'refs/heads/main'): RunEvent {
  return {
    name,
    ref,
    sha: 'abc',
    repository: 'a/b',
    serverUrl: 'https://github.com',
    defaultBranch: 'main'
  }
}

describe('decideMode', () => {
  it.each([
    ['pull_request', 'refs/pull/1/merge', 'diff'],
    ['pull_request_target', 'refs/heads/main', 'diff'],
    ['push', 'refs/heads/main', 'promote'],
    ['push', 'refs/heads/feature', 'validate'],
    ['push', 'refs/tags/v1', 'validate'],
    ['workflow_dispatch', 'refs/heads/main', 'promote'],
    ['release', 'refs/tags/v1', 'promote'],
    ['schedule', 'refs/heads/main', 'validate']
  ])('on %s to %s picks %s', (name, ref, mode) => {
    expect(decideMode('auto', event(name, ref)).mode).toBe(mode)
  })

  it('follows the mode input over the event', () => {
    expect(decideMode('validate', event('push'))).toEqual({
      mode: 'validate',
      reason: 'input mode'
    })
  })
})

describe('readEvent', () => {
  it('reads the pull request and tells a fork by its head repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plugsync-event-'))
    const path = join(dir, 'event.json')
    writeFileSync(
      path,
      JSON.stringify({
        repository: { default_branch: 'trunk' },
        pull_request: {
          number: 7,
          head: { sha: 'h1', repo: { full_name: 'someone/fork' } },
          base: { repo: { full_name: 'acme/connectors' } }
        }
      })
    )
    const read = readEvent({
      GITHUB_EVENT_PATH: path,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: 'm1'
    })
    rmSync(dir, { recursive: true, force: true })
    expect(read.defaultBranch).toBe('trunk')
    expect(read.pullRequest).toEqual({ number: 7, headSha: 'h1', fork: true })
  })

  it('reads nothing but the variables from a missing or broken event file', () => {
    expect(
      readEvent({
        GITHUB_EVENT_PATH: '/nonexistent/event.json',
        GITHUB_SHA: 's'
      }).pullRequest
    ).toBeUndefined()
  })
})

describe('readInputs', () => {
  const read = (values: Record<string, string>) => (name: string) =>
    values[name] ?? ''

  it('masks both tokens before reading anything else', () => {
    const masked: string[] = []
    readInputs(
      read({ 'plugsync-token': ' ps_secret ', 'github-token': 'gh_secret' }),
      (s) => masked.push(s)
    )
    expect(masked).toEqual(['ps_secret', 'gh_secret'])
  })

  it('gives the defaults of action.yml for empty inputs', () => {
    const inputs = readInputs(read({}), () => undefined)
    expect(inputs).toMatchObject({
      mode: 'auto',
      failOn: 'error',
      manifest: 'plugsync.yaml',
      apiUrl: 'https://app.plugsync.com/api',
      comment: true,
      requireReview: true,
      dryRun: false,
      timeoutMs: 30_000,
      retries: 3,
      concurrency: 4
    })
  })

  it('splits multi-line globs and drops blank and comment lines', () => {
    const inputs = readInputs(
      read({ configs: 'a/*.json\n\n  # note\r\nb/**/*.json ' }),
      () => undefined
    )
    expect(inputs.configs).toEqual(['a/*.json', 'b/**/*.json'])
  })

  it.each([
    [
      'fail-on',
      'sometimes',
      'input fail-on is "sometimes": use one of "error", "warning", "never"'
    ],
    [
      'fail-on',
      'warnings',
      'input fail-on is "warnings": did you mean "warning"? use one of "error", "warning", "never"'
    ],
    [
      'mode',
      'promot',
      'input mode is "promot": did you mean "promote"? use one of "auto", "validate", "diff", "promote"'
    ],
    ['dry-run', 'maybe', 'input dry-run is "maybe": use "true" or "false"'],
    ['timeout', '0', 'input timeout is "0": use a whole number from 1 to 3600'],
    [
      'timeout',
      '3000000',
      'input timeout is "3000000": use a whole number from 1 to 3600'
    ],
    [
      'retries',
      '1.5',
      'input retries is "1.5": use a whole number of at least 0'
    ]
  ])(
    'refuses %s "%s" with a message that says what to use',
    (name, value, message) => {
      expect(() =>
        readInputs(read({ [name]: value }), () => undefined)
      ).toThrow(new InputError(message))
    }
  )
})
