import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sandboxMain } from '../../src/plugsync/sandbox/index.js'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plugsync-main-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** Runs the command until `whileRunning` is done, with its output. */
async function run(
  argv: string[],
  whileRunning: (stdout: string[]) => Promise<void> = async () => undefined
): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = []
  const stderr: string[] = []
  const stop = new AbortController()
  const exit = sandboxMain(
    argv,
    { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) },
    stop.signal
  )
  let exited = false
  void exit.then(() => (exited = true))
  while (!exited && stdout.length < 4) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  const started = !exited
  if (started) await whileRunning(stdout)
  stop.abort()
  return { code: await exit, stdout, stderr }
}

describe('plugsync-config sandbox', () => {
  it('prints the URL and the token, serves, logs requests, and stops cleanly', async () => {
    const data = join(dir, 'state.json')
    const result = await run(
      ['--port', '0', '--token', 'psk_demo', '--data', data],
      async (stdout) => {
        const url =
          stdout[0]?.replace('PlugSync sandbox listening on ', '') ?? ''
        const response = await fetch(`${url}/connectors`, {
          method: 'POST',
          headers: {
            authorization: 'Bearer psk_demo',
            'content-type': 'application/json'
          },
          body: JSON.stringify({ id: 'cn_1', name: 'Demo' })
        })
        expect(response.status).toBe(201)
      }
    )
    expect(result.code).toBe(0)
    expect(result.stdout[0]).toMatch(
      /^PlugSync sandbox listening on http:\/\/127\.0\.0\.1:\d+\/api$/
    )
    expect(result.stdout.slice(1)).toEqual([
      'token: psk_demo',
      `state: ${data} (saved after every change)`,
      'stop with Ctrl+C',
      `sandbox stopped; state saved to ${data}`
    ])
    expect(result.stderr).toEqual(['POST /api/connectors 201'])
    expect(JSON.parse(readFileSync(data, 'utf8')).connectors.cn_1.name).toBe(
      'Demo'
    )
  })

  it('starts from a seed file', async () => {
    const seed = join(dir, 'seed.json')
    writeFileSync(
      seed,
      JSON.stringify({
        connectors: {
          cn_5: {
            id: 'cn_5',
            name: 'Seeded',
            org: 'sandbox',
            activeVersion: null
          }
        },
        drafts: {},
        versions: {}
      })
    )
    const result = await run(
      ['--port=0', '--seed', seed, '--token', 't0k'],
      async (stdout) => {
        const url =
          stdout[0]?.replace('PlugSync sandbox listening on ', '') ?? ''
        const response = await fetch(`${url}/connectors/cn_5`, {
          headers: { authorization: 'Bearer t0k' }
        })
        expect(await response.json()).toEqual({
          id: 'cn_5',
          name: 'Seeded',
          active_version: null
        })
      }
    )
    expect(result.code).toBe(0)
    expect(result.stdout[2]).toBe(
      'state: in memory only (pass --data FILE to keep it)'
    )
    expect(result.stdout[4]).toBe('sandbox stopped')
  })

  it('starts from a seed without drafts or versions, as the docs allow', async () => {
    const seed = join(dir, 'seed.json')
    writeFileSync(
      seed,
      JSON.stringify({
        connectors: {
          cn_acme: {
            id: 'cn_acme',
            name: 'Acme ERP to HubSpot',
            org: 'sandbox',
            activeVersion: null
          }
        }
      })
    )
    const result = await run(
      ['--port=0', '--seed', seed, '--token', 't0k'],
      async (stdout) => {
        const url =
          stdout[0]?.replace('PlugSync sandbox listening on ', '') ?? ''
        const headers = { authorization: 'Bearer t0k' }
        const draft = await fetch(`${url}/connectors/cn_acme/draft`, {
          headers
        })
        const body = (await draft.json()) as { config: unknown }
        expect(body.config).toEqual({})
        const active = await fetch(
          `${url}/connectors/cn_acme/versions/active`,
          { headers }
        )
        expect(active.status).toBe(404)
      }
    )
    expect(result.code).toBe(0)
    expect(result.stderr).toEqual([
      'GET /api/connectors/cn_acme/draft 200',
      'GET /api/connectors/cn_acme/versions/active 404'
    ])
  })

  it('prints a random token when given none', async () => {
    const result = await run(['--port', '0'])
    expect(result.stdout[1]).toMatch(/^token: psk_sandbox_[0-9a-f]{36}$/)
  })

  it.each([
    [
      ['--port', 'eighty'],
      'plugsync-config sandbox: --port "eighty" is not a port number: use 0 to 65535'
    ],
    [
      ['--port', '70000'],
      'plugsync-config sandbox: --port "70000" is not a port number: use 0 to 65535'
    ],
    [
      ['--verbose'],
      'plugsync-config sandbox: unknown option --verbose (run "plugsync-config sandbox --help" for its options)'
    ],
    [
      ['--prot', '0'],
      'plugsync-config sandbox: unknown option --prot: did you mean --port? (run "plugsync-config sandbox --help" for its options)'
    ],
    [
      ['--seed'],
      'plugsync-config sandbox: --seed needs a value, as in --seed=<value> (run "plugsync-config sandbox --help" for its options)'
    ],
    [
      ['--token', 'two words'],
      'plugsync-config sandbox: --token must be printable ASCII without spaces'
    ],
    [
      ['--data', 'a.json', '--data=b.json'],
      'plugsync-config sandbox: --data is given 2 times: give it once (run "plugsync-config sandbox --help" for its options)'
    ],
    [
      ['--port', '0', '--seed', 'a.json', '--port', '0'],
      'plugsync-config sandbox: --port is given 2 times: give it once (run "plugsync-config sandbox --help" for its options)'
    ]
  ])('refuses %j with exit code 2', async (argv, message) => {
    const result = await run(argv)
    expect(result.code).toBe(2)
    expect(result.stderr[0]).toContain(message)
    expect(result.stderr[1]).toMatch(/^Usage: plugsync-config sandbox/)
  })

  it('fails with exit code 1 on a seed file that does not exist', async () => {
    const result = await run(['--port', '0', '--seed', join(dir, 'nope.json')])
    expect(result).toEqual({
      code: 1,
      stdout: [],
      stderr: [
        `plugsync-config sandbox: seed file ${join(dir, 'nope.json')} does not exist`
      ]
    })
  })

  it.each([
    [
      '{"drafts": {}}',
      'is not a sandbox state: "connectors" is missing or not an object; fix it (a seed has the shape of a --data file), or pass another --seed'
    ],
    [
      '{"connectors": ',
      'is not valid JSON (Unexpected end of JSON input): fix it (a seed has the shape of a --data file), or pass another --seed'
    ]
  ])('fails with exit code 1 on the seed file %s', async (text, what) => {
    const seed = join(dir, 'seed.json')
    writeFileSync(seed, text)
    const result = await run(['--port', '0', '--seed', seed])
    expect(result).toEqual({
      code: 1,
      stdout: [],
      stderr: [`plugsync-config sandbox: seed file ${seed} ${what}`]
    })
  })

  it('fails with exit code 1, before it listens, on a --data file whose folder does not exist', async () => {
    const data = join(dir, 'missing', 'state.json')
    const result = await run(['--port', '0', '--data', data])
    expect(result).toEqual({
      code: 1,
      stdout: [],
      stderr: [
        `plugsync-config sandbox: cannot write sandbox data ${data}: the folder ${join(dir, 'missing')} does not exist: create it, or give --data a path in a folder that exists`
      ]
    })
  })

  it('fails with exit code 1 on a port that is taken', async () => {
    await run(['--port', '0', '--token', 'a'], async (stdout) => {
      const port = new URL(
        stdout[0]?.replace('PlugSync sandbox listening on ', '') ?? ''
      ).port
      const second = await run(['--port', port])
      expect(second.code).toBe(1)
      expect(second.stderr).toEqual([
        `plugsync-config sandbox: port ${port} on 127.0.0.1 is taken: choose another with --port, or 0 for a free one`
      ])
    })
  })

  it('prints its usage for --help', async () => {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout[0]).toMatch(
      /^Usage: plugsync-config sandbox \[--port N\] /
    )
    expect(result.stdout[0]).toContain(
      '--data FILE    read the state from FILE if it exists'
    )
  })
})
