import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeReportFile } from '../../src/action/report-file.js'

describe('writeReportFile', () => {
  let base: string
  let workspace: string
  let outside: string
  beforeEach(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'plugsync-report-')))
    workspace = join(base, 'repo')
    outside = join(base, 'outside')
    mkdirSync(join(workspace, 'connectors'), { recursive: true })
    mkdirSync(outside)
    writeFileSync(join(outside, 'victim.txt'), 'keep\n')
    writeFileSync(join(workspace, 'connectors', 'a.json'), '{"version":"3.1"}')
  })
  afterEach(() => rmSync(base, { recursive: true, force: true }))

  const place = () => ({
    roots: [workspace],
    keep: [join(workspace, 'connectors', 'a.json')]
  })

  it('writes the report in a folder it makes', async () => {
    const path = join(workspace, 'out', 'r.json')
    expect(await writeReportFile(path, '{}\n', place())).toBeUndefined()
    expect(readFileSync(path, 'utf8')).toBe('{}\n')
  })

  it('makes a root that does not exist yet, such as a RUNNER_TEMP not made', async () => {
    const temp = join(base, 'runner-temp', 'missing')
    const path = join(temp, 'plugsync-config-report.json')
    const roots = { roots: [workspace, temp], keep: place().keep }
    expect(await writeReportFile(path, '{}\n', roots)).toBeUndefined()
    expect(readFileSync(path, 'utf8')).toBe('{}\n')
  })

  it('writes a report given in pieces, and leaves nothing when a piece fails', async () => {
    const path = join(workspace, 'r.json')
    expect(
      await writeReportFile(path, ['{\n', '  "a": 1', '\n}\n'], place())
    ).toBeUndefined()
    expect(readFileSync(path, 'utf8')).toBe('{\n  "a": 1\n}\n')

    function* failing(): Generator<string> {
      yield '{'
      throw new RangeError('Invalid string length')
    }
    await expect(writeReportFile(path, failing(), place())).rejects.toThrow(
      'Invalid string length'
    )
    expect(readFileSync(path, 'utf8')).toBe('{\n  "a": 1\n}\n')
    expect(readdirSync(workspace).sort()).toEqual(['connectors', 'r.json'])
  })

  it('replaces a symlink at the path instead of writing through it', async () => {
    const path = join(workspace, 'r.json')
    symlinkSync(join(outside, 'victim.txt'), path)
    expect(await writeReportFile(path, '{}\n', place())).toBeUndefined()
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep\n')
    expect(readFileSync(path, 'utf8')).toBe('{}\n')
  })

  it('replaces a hard link to a config instead of writing through it', async () => {
    const path = join(workspace, 'r.json')
    linkSync(join(workspace, 'connectors', 'a.json'), path)
    expect(await writeReportFile(path, '{}\n', place())).toBeUndefined()
    expect(readFileSync(join(workspace, 'connectors', 'a.json'), 'utf8')).toBe(
      '{"version":"3.1"}'
    )
  })

  it('refuses a path outside the workspace, and makes no folder there', async () => {
    for (const path of [
      join(outside, 'new', 'r.json'),
      join(workspace, '..', 'elsewhere', 'r.json')
    ]) {
      expect(await writeReportFile(path, '{}\n', place())).toBe(
        'it is outside the workspace: name a file in the repository, or leave the input empty'
      )
    }
    expect(readdirSync(outside)).toEqual(['victim.txt'])
    expect(readdirSync(base).sort()).toEqual(['outside', 'repo'])
  })

  it('refuses a folder that is a link out of the workspace', async () => {
    symlinkSync(outside, join(workspace, 'out'))
    const path = join(workspace, 'out', 'victim.txt')
    expect(await writeReportFile(path, '{}\n', place())).toBe(
      'its folder leads out of the workspace (through a symlink): name a folder of the repository, or leave the input empty'
    )
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep\n')
  })

  it('makes no folder through a link out of the workspace', async () => {
    symlinkSync(outside, join(workspace, 'out'))
    const path = join(workspace, 'out', 'new', 'sub', 'r.json')
    expect(await writeReportFile(path, '{}\n', place())).toBe(
      'its folder leads out of the workspace (through a symlink): name a folder of the repository, or leave the input empty'
    )
    expect(readdirSync(outside)).toEqual(['victim.txt'])
  })

  it('refuses a file the run checks, reached through a linked folder too', async () => {
    symlinkSync(join(workspace, 'connectors'), join(workspace, 'c'))
    expect(
      await writeReportFile(join(workspace, 'c', 'a.json'), '{}\n', place())
    ).toBe(
      'it is a file this run checks: it was not overwritten; name another file'
    )
  })
})
