import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const CLI = join(process.cwd(), 'dist/cli/index.js')

/**
 * A config that needs both parts the rules load on demand: a schema error
 * for the explaining validator, and a query beyond dotted names for the
 * JSONPath parser (one bad, one good).
 */
const CONFIG = `{
  "version": 3,
  "entities": [
    {
      "name": "company",
      "schemas": {
        "hubspot": {
          "object_type": "companies",
          "field_mappings": [
            { "source": "$.payload.first-name", "target": "name" },
            { "source": "$.items[?@.sku]", "target": "sku" }
          ]
        }
      }
    }
  ]
}
`

const REPORT = `a.json
  2:14  error   "version" is a number; it must be the string "3.0": write "version": "3.0" (PlugSync says: Input should be '3.0' or '3.1')  invalid-version
    2 |   "version": 3,
      |              ^
  10:25  warning "source" of field_mappings[0] of schema "hubspot" of entity "company" is "$.payload.first-name", which is not valid JSONPath (RFC 9535): unexpected "-" at character 16; a name with such characters needs brackets: $.payload['first-name']  invalid-jsonpath
    10 |             { "source": "$.payload.first-name", "target": "name" },
       |                         ^^^^^^^^^^^^^^^^^^^^^^

1 error and 1 warning in 1 file (1 file checked)
`

describe('the bundled CLI, loading the parts of the rules on demand', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plugsync-bundled-rules-'))
    writeFileSync(join(dir, 'a.json'), CONFIG)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const validate = async (...args: string[]) => {
    try {
      await promisify(execFile)(process.execPath, [CLI, 'validate', ...args], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '' }
      })
      return { code: 0 }
    } catch (error) {
      const { code, stdout, stderr } = error as {
        code: number
        stdout: string
        stderr: string
      }
      return { code, stdout, stderr }
    }
  }

  it('explains the findings of a file found by its content', async () => {
    expect(await validate()).toEqual({ code: 1, stdout: REPORT, stderr: '' })
  })

  it('explains the findings of a file over 1 MiB, loading every part first', async () => {
    // The same config, its entities padded past 1 MiB after the first.
    const padding = Array.from(
      { length: 13_000 },
      (_, i) =>
        `,\n    { "name": "pad${i}", "schemas": { "hubspot": { "object_type": "companies" } } }`
    ).join('')
    const large = CONFIG.replace('\n  ]\n}', `${padding}\n  ]\n}`)
    expect(large.length).toBeGreaterThan(1024 * 1024)
    writeFileSync(join(dir, 'large.json'), large)
    try {
      const result = await validate('large.json')
      expect(result).toEqual({
        code: 1,
        stdout: REPORT.replace(/^a\.json/, 'large.json'),
        stderr: ''
      })
    } finally {
      rmSync(join(dir, 'large.json'))
    }
  })

  it('explains the findings of a file named on the command line', async () => {
    expect(await validate('a.json')).toEqual({
      code: 1,
      stdout: REPORT,
      stderr: ''
    })
  })
})

describe('the bundled CLI in a folder that has been removed', () => {
  it('says so in one line and exits 2, without a stack trace', async () => {
    const gone = mkdtempSync(join(tmpdir(), 'plugsync-gone-'))
    const script = `cd "${gone}" && rmdir "${gone}" && exec "${process.execPath}" "${CLI}" validate`
    const result = await promisify(execFile)('/bin/sh', ['-c', script], {
      env: { PATH: process.env.PATH ?? '' }
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr
      })
    )
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'plugsync-config: the current folder no longer exists: cd into one that does, and run the command again\n'
    })
  })
})
