import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  SandboxDataError,
  startSandbox,
  type Sandbox,
  type SandboxState
} from '../../src/plugsync/sandbox/index.js'
import { clientFor, CONFIG, TOKEN } from './helpers.js'

let dir: string
let file: string
const open: Sandbox[] = []

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plugsync-sandbox-'))
  file = join(dir, 'state.json')
})

afterEach(async () => {
  for (const sandbox of open.splice(0)) await sandbox.close()
  rmSync(dir, { recursive: true, force: true })
})

async function start(
  options: Parameters<typeof startSandbox>[0]
): Promise<Sandbox> {
  const sandbox = await startSandbox({ token: TOKEN, ...options })
  open.push(sandbox)
  return sandbox
}

function saved(): SandboxState {
  return JSON.parse(readFileSync(file, 'utf8')) as SandboxState
}

describe('sandbox data file', () => {
  it('is written at start, after every change through the API, and survives a restart', async () => {
    const first = await start({ dataFile: file })
    expect(saved()).toEqual({ connectors: {}, drafts: {}, versions: {} })
    first.createConnector('cn_1', 'Demo')
    const { client } = clientFor(first)
    await client.patchDraft('cn_1', CONFIG)
    expect(saved().drafts.cn_1?.revision).toBe(1)
    await client.publish('cn_1')
    expect(saved().connectors.cn_1?.activeVersion).toBe(1)
    await first.close()
    open.splice(0)

    const second = await start({ dataFile: file })
    const again = clientFor(second).client
    expect((await again.getActiveVersion('cn_1'))?.version).toBe(1)
    expect((await again.getDraft('cn_1')).etag).toBe('"r1"')
  })

  it('leaves no temporary file behind', async () => {
    const sandbox = await start({ dataFile: file })
    sandbox.createConnector('cn_1', 'Demo')
    sandbox.setDraft('cn_1', CONFIG)
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('is not written by a change the API refuses', async () => {
    const sandbox = await start({ dataFile: file })
    sandbox.createConnector('cn_1', 'Demo')
    const before = readFileSync(file, 'utf8')
    await clientFor(sandbox)
      .client.patchDraft('cn_1', { version: 3 })
      .catch(() => undefined)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('wins over the seed when it exists; the seed starts an empty one', async () => {
    const seed: SandboxState = {
      connectors: {
        cn_7: {
          id: 'cn_7',
          name: 'Seeded',
          org: 'sandbox',
          activeVersion: null
        }
      },
      drafts: {},
      versions: {}
    }
    const seeded = await start({ dataFile: file, seed })
    expect(Object.keys(seeded.state.connectors)).toEqual(['cn_7'])
    seeded.createConnector('cn_8', 'Added')
    await seeded.close()
    open.splice(0)
    const restarted = await start({ dataFile: file, seed })
    expect(Object.keys(restarted.state.connectors)).toEqual(['cn_7', 'cn_8'])
  })

  it('may leave out drafts and versions: empty drafts, nothing published', async () => {
    writeFileSync(
      file,
      '{"connectors": {"cn_1": {"id": "cn_1", "name": "Demo", "org": "sandbox", "activeVersion": null}}}'
    )
    const sandbox = await start({ dataFile: file })
    const { client } = clientFor(sandbox)
    expect((await client.getDraft('cn_1')).etag).toBe('"r0"')
    expect(await client.getActiveVersion('cn_1')).toBeNull()
    expect(saved()).toEqual({
      connectors: {
        cn_1: { id: 'cn_1', name: 'Demo', org: 'sandbox', activeVersion: null }
      },
      drafts: {
        cn_1: { config: {}, updatedAt: expect.any(String), revision: 0 }
      },
      versions: { cn_1: [] }
    })
  })

  it('that is not JSON is refused with a message naming it', async () => {
    writeFileSync(file, '{"connectors": ')
    await expect(start({ dataFile: file })).rejects.toThrow(SandboxDataError)
    await expect(start({ dataFile: file })).rejects.toThrow(
      new RegExp(
        `^sandbox data ${file.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} is not valid JSON \\(.+\\): fix it, or move it away to start empty$`
      )
    )
  })

  it.each([
    ['[]', 'the top level is not a JSON object'],
    [
      '{"drafts": {}, "versions": {}}',
      '"connectors" is missing or not an object'
    ],
    ['{"connectors": {}, "drafts": null}', '"drafts" is not an object'],
    ['{"connectors": {}, "versions": []}', '"versions" is not an object'],
    [
      '{"connectors": {"cn_1": {"id": "cn_1", "name": "x", "org": "sandbox", "activeVersion": 1}}}',
      'connectors.cn_1.activeVersion is neither null nor the number of one of its versions'
    ],
    [
      '{"connectors": {"cn_1": {"id": "cn_2", "name": "x", "org": "sandbox", "activeVersion": null}}, "drafts": {}, "versions": {}}',
      'connectors.cn_1 is not an object whose "id" is "cn_1"'
    ],
    [
      '{"connectors": {"cn_1": {"id": "cn_1", "name": "x", "org": "sandbox", "activeVersion": 2}}, "drafts": {}, "versions": {"cn_1": []}}',
      'connectors.cn_1.activeVersion is neither null nor the number of one of its versions'
    ],
    [
      '{"connectors": {"constructor": {"id": "constructor", "name": "x", "org": "sandbox", "activeVersion": null}}, "drafts": {}, "versions": {}}',
      ''
    ]
  ])('checks the shape of %s', async (text, problem) => {
    writeFileSync(file, text)
    if (problem === '') {
      const sandbox = await start({ dataFile: file })
      expect(sandbox.state.versions.constructor).toEqual([])
      return
    }
    await expect(start({ dataFile: file })).rejects.toThrow(
      `sandbox data ${file} is not a sandbox state: ${problem}; fix it, or move it away to start empty`
    )
  })

  it('in a folder that does not exist is refused at start, naming the folder', async () => {
    const data = join(dir, 'missing', 'state.json')
    await expect(start({ dataFile: data })).rejects.toMatchObject({
      name: 'SandboxDataError',
      message: `cannot write sandbox data ${data}: the folder ${join(dir, 'missing')} does not exist: create it, or give --data a path in a folder that exists`,
      cause: { code: 'ENOENT' }
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('under a path that is a file is refused, naming that path', async () => {
    writeFileSync(file, '{}')
    const data = join(file, 'state.json')
    await expect(start({ dataFile: data })).rejects.toThrow(
      `cannot read sandbox data ${data}: part of the path ${file} is a file, not a folder: give --data a path in a folder that exists`
    )
  })

  it('that is a folder is refused, saying to name a file', async () => {
    await expect(start({ dataFile: dir })).rejects.toThrow(
      `cannot read sandbox data ${dir}: it is a folder: give --data the path of a JSON file instead`
    )
  })
})
