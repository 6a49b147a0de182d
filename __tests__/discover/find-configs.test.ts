import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  findConfigs,
  type FindConfigsOptions
} from '../../src/discover/find-configs.js'
import {
  configText,
  createTree,
  removeTree,
  type TreeEntry
} from './temp-tree.js'

const roots: string[] = []

afterAll(async () => {
  await Promise.all(roots.map(removeTree))
})

async function tree(entries: Record<string, TreeEntry>): Promise<string> {
  const root = await createTree(entries)
  roots.push(root)
  return root
}

async function find(root: string, options: Partial<FindConfigsOptions> = {}) {
  return findConfigs({
    root,
    patterns: [],
    exclude: [],
    manifestPaths: [],
    ...options
  })
}

/** The found paths with how each was found. */
async function foundPaths(
  root: string,
  options: Partial<FindConfigsOptions> = {}
): Promise<string[]> {
  const { files } = await find(root, options)
  return files.map((file) => `${file.path} (${file.source})`)
}

describe('findConfigs by content', () => {
  test('keeps config-shaped JSON and .json files that do not parse', async () => {
    const root = await tree({
      'connectors/compass.json': configText(),
      'flows-only.json': JSON.stringify({ version: '3.0', flows: [] }),
      '.github/plugsync/hidden.json': configText(),
      'broken.json': '{"version": "3.1",}',
      'empty.json': '',
      'latin1.json': Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0' }),
      'version-only.json': JSON.stringify({ version: '3.1' }),
      'array.json': JSON.stringify([{ version: '3.1', entities: [] }]),
      'inherited.json': '{"__proto__": {"version": "3.1", "entities": []}}',
      'notes.txt': configText()
    })
    expect(await foundPaths(root)).toEqual([
      '.github/plugsync/hidden.json (content)',
      'broken.json (content)',
      'connectors/compass.json (content)',
      'empty.json (content)',
      'flows-only.json (content)',
      'latin1.json (content)'
    ])
  })

  test('hands over the bytes it read and the absolute path', async () => {
    const text = '\uFEFF' + configText()
    const root = await tree({ 'a/config.json': text })
    const { files } = await find(root)
    expect(files).toEqual([
      {
        path: 'a/config.json',
        absolutePath: path.join(root, 'a', 'config.json'),
        source: 'content',
        content: Buffer.from(text)
      }
    ])
  })

  test('skips dependencies, VCS data, build output and JSON-with-comments files', async () => {
    const broken = '{ // comment\n}'
    const root = await tree({
      'node_modules/pkg/config.json': configText(),
      'sub/node_modules/config.json': configText(),
      '.git/config.json': configText(),
      'dist/config.json': configText(),
      '.vscode/settings.json': broken,
      'app/.devcontainer/devcontainer.json': broken,
      '.devcontainer.json': broken,
      'tsconfig.json': broken,
      'packages/web/tsconfig.build.json': broken,
      'jsconfig.json': broken,
      'kept.json': configText()
    })
    expect(await foundPaths(root)).toEqual(['kept.json (content)'])
  })

  test('leaves out what exclude globs match, files and whole directories', async () => {
    const root = await tree({
      'fixtures/bad/broken.json': '{',
      'legacy/old.json': configText(),
      'deep/legacy/old.json': configText(),
      'a/skip-me.json': configText(),
      'a/keep.json': configText()
    })
    const exclude = ['fixtures/**', '**/legacy', '**/skip-*.json', '']
    expect(await foundPaths(root, { exclude })).toEqual([
      'a/keep.json (content)'
    ])
  })

  test('finds 10,000 files quickly', async () => {
    const entries: Record<string, TreeEntry> = {}
    for (let dir = 0; dir < 100; dir++) {
      for (let file = 0; file < 100; file++) {
        const name = `d${dir}/s${file % 5}/f${file}`
        entries[file % 5 === 0 ? `${name}.json` : `${name}.txt`] =
          file === 0 ? configText() : '{"name": "other"}'
      }
    }
    const root = await tree(entries)
    const started = performance.now()
    const { files } = await find(root)
    const elapsed = performance.now() - started
    expect(files).toHaveLength(100)
    expect(files[0]!.path).toBe('d0/s0/f0.json')
    expect(elapsed).toBeLessThan(5000)
  })
})

describe('findConfigs with patterns', () => {
  test('returns every file the patterns match, configs or not', async () => {
    const root = await tree({
      'connectors/a.json': configText(),
      'connectors/broken.json': '{',
      'connectors/schema.json': '{"type": "object"}',
      'connectors/nested/deep.json': configText(),
      'connectors/notes.md': '# notes',
      'elsewhere/b.json': configText()
    })
    expect(
      await foundPaths(root, { patterns: ['./connectors/*.json', ''] })
    ).toEqual([
      'connectors/a.json (pattern)',
      'connectors/broken.json (pattern)',
      'connectors/schema.json (pattern)'
    ])
    const { files } = await find(root, { patterns: ['connectors/**/*.json'] })
    expect(files.map((file) => file.path)).toContain(
      'connectors/nested/deep.json'
    )
    expect(files.every((file) => file.content === undefined)).toBe(true)
  })

  test('treats a pattern starting with ! as an exclusion', async () => {
    const root = await tree({
      'c/a.json': configText(),
      'c/draft.json': configText()
    })
    expect(
      await foundPaths(root, { patterns: ['c/*.json', '!c/draft.json'] })
    ).toEqual(['c/a.json (pattern)'])
  })

  test('matches a literal file path and brace patterns', async () => {
    const root = await tree({
      'one/a.json': configText(),
      'two/b.json': configText(),
      'three/c.json': configText()
    })
    expect(
      await foundPaths(root, { patterns: ['one/a.json', '{two,three}/*.json'] })
    ).toEqual([
      'one/a.json (pattern)',
      'three/c.json (pattern)',
      'two/b.json (pattern)'
    ])
  })
})

describe('findConfigs with manifest paths', () => {
  test('always includes them, even where nothing else would look', async () => {
    const root = await tree({
      'dist/built.json': configText(),
      'configs/plain.txt': 'not json',
      'configs/found.json': configText()
    })
    expect(
      await foundPaths(root, {
        exclude: ['configs/**'],
        manifestPaths: ['dist/built.json', './configs/plain.txt']
      })
    ).toEqual(['configs/plain.txt (manifest)', 'dist/built.json (manifest)'])
  })

  test('lists a file once, as the manifest names it, with the bytes read', async () => {
    const root = await tree({ 'c/a.json': configText() })
    const { files } = await find(root, {
      manifestPaths: ['c/a.json', 'c/a.json']
    })
    expect(files).toEqual([
      {
        path: 'c/a.json',
        absolutePath: path.join(root, 'c', 'a.json'),
        source: 'manifest',
        content: Buffer.from(configText())
      }
    ])
  })

  test('leaves out paths that are missing or outside the repository', async () => {
    const outside = await tree({ 'secret.json': configText() })
    const root = await tree({
      'out.json': { symlink: path.join(outside, 'secret.json') }
    })
    expect(
      await foundPaths(root, {
        patterns: ['none/*.json'],
        manifestPaths: ['missing.json', '../x.json', 'out.json', '/etc/passwd']
      })
    ).toEqual([])
  })
})

describe('findConfigs with symlinks', () => {
  test('follows links that stay inside, listing each real file once', async () => {
    const root = await tree({
      'real/a.json': configText(),
      'alias.json': { symlink: 'real/a.json' },
      mirror: { symlink: 'real' },
      'vendor/shared/b.json': configText(),
      shared: { symlink: 'vendor/shared' },
      'dangling.json': { symlink: 'nowhere.json' }
    })
    const { files, problems } = await find(root, { exclude: ['vendor/**'] })
    // The link to nothing is kept unread, for the check to report.
    expect(
      files.map((file) => `${file.path} ${file.content === undefined}`)
    ).toEqual([
      'dangling.json true',
      'real/a.json false',
      'shared/b.json false'
    ])
    expect(files[2]!.absolutePath).toBe(path.join(root, 'shared', 'b.json'))
    expect(problems).toEqual([])
  })

  test('reports a link out of the repository once and never reads it', async () => {
    const outside = await tree({
      'x/config.json': configText(),
      'y.json': configText()
    })
    const root = await tree({
      'out-dir': { symlink: path.join(outside, 'x') },
      'out-file.json': { symlink: path.join(outside, 'y.json') },
      'out-ignored.txt': { symlink: path.join(outside, 'y.json') },
      'excluded/out': { symlink: outside },
      'inside.json': configText()
    })
    const { files, problems } = await find(root, { exclude: ['excluded'] })
    expect(files.map((file) => file.path)).toEqual(['inside.json'])
    expect(problems).toEqual([
      {
        rule: 'symlink-outside-repo',
        severity: 'error',
        message:
          'the symlink out-dir leads out of the repository: it was not followed; ' +
          'point it inside the repository or exclude it',
        file: 'out-dir',
        pointer: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1
      },
      expect.objectContaining({
        rule: 'symlink-outside-repo',
        file: 'out-file.json'
      })
    ])
  })

  test('reports loops once each and finishes', async () => {
    const root = await tree({
      'a/config.json': configText(),
      'a/self': { symlink: '.' },
      'a/b/up': { symlink: '../..' },
      ping: { symlink: 'pong' },
      pong: { symlink: 'ping' }
    })
    const { files, problems } = await find(root)
    expect(files.map((file) => file.path)).toEqual(['a/config.json'])
    expect(
      problems.map((problem) => `${problem.rule} ${problem.file}`)
    ).toEqual([
      'symlink-loop a/b/up',
      'symlink-loop a/self',
      'symlink-loop ping',
      'symlink-loop pong'
    ])
    expect(problems[0]!.message).toBe(
      'the symlink a/b/up leads back into a directory above it or never ' +
        'ends: it was not followed; remove it or exclude it'
    )
  })

  test('detects a loop through two links into a directory walked only by link', async () => {
    const root = await tree({
      'c/config.json': configText(),
      'c/d': { symlink: '../hidden' },
      'hidden/back': { symlink: '../c' }
    })
    const { files, problems } = await find(root, { patterns: ['c/**/*.json'] })
    expect(files.map((file) => file.path)).toEqual(['c/config.json'])
    expect(
      problems.map((problem) => `${problem.rule} ${problem.file}`)
    ).toEqual(['symlink-loop c/d/back'])
  })

  test('reports only links where the patterns could find a config', async () => {
    const outside = await tree({ 'config.json': configText() })
    const root = await tree({
      'b/ok.json': configText(),
      'b/loop': { symlink: '.' },
      'b/out': { symlink: outside },
      'b/sub/deep/x.json': configText(),
      'b/ping.json': { symlink: 'pong.json' },
      'b/pong.json': { symlink: 'ping.json' },
      'b/configs/out': { symlink: outside }
    })
    const names = async (patterns: string[]) => {
      const { files, problems } = await find(root, { patterns })
      return [
        ...files.map((file) => file.path),
        ...problems.map((problem) => `${problem.rule} ${problem.file}`)
      ]
    }
    expect(await names(['b/ok.json'])).toEqual(['b/ok.json'])
    // A link that loops is reported where a file of that name would be read.
    expect(await names(['b/*.json'])).toEqual([
      'b/ok.json',
      'symlink-loop b/ping.json',
      'symlink-loop b/pong.json'
    ])
    expect(await names(['b/configs/*/*.json', 'b/sub/deep/*.json'])).toEqual([
      'b/sub/deep/x.json',
      'symlink-outside-repo b/configs/out'
    ])
    expect(await names(['b/**/x.json'])).toEqual([
      'b/sub/deep/x.json',
      'symlink-outside-repo b/configs/out',
      'symlink-loop b/loop',
      'symlink-outside-repo b/out',
      'symlink-loop b/ping.json',
      'symlink-loop b/pong.json'
    ])
  })

  test('reports a pattern base that leads out of the repository', async () => {
    const outside = await tree({ 'config.json': configText() })
    const root = await tree({ ext: { symlink: outside } })
    const { files, problems } = await find(root, { patterns: ['ext/*.json'] })
    expect(files).toEqual([])
    expect(
      problems.map((problem) => `${problem.rule} ${problem.file}`)
    ).toEqual(['symlink-outside-repo ext'])
  })
})

describe('findConfigs errors', () => {
  test('rejects a root that is not a directory', async () => {
    const missing = path.join(os.tmpdir(), 'plugsync-no-such-root')
    await expect(find(missing)).rejects.toThrow(
      `the repository root ${missing} is not a directory: check the working directory`
    )
  })

  test('reports a directory it cannot read and goes on', async () => {
    const root = await tree({
      'locked/config.json': configText(),
      'ok.json': configText()
    })
    const denied = async (absolute: string) => {
      if (absolute.endsWith('locked')) {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' })
      }
      return fs.readdir(absolute, { withFileTypes: true })
    }
    const { files, problems } = await findConfigs(
      { root, patterns: [], exclude: [], manifestPaths: [] },
      denied
    )
    expect(files.map((file) => file.path)).toEqual(['ok.json'])
    expect(problems).toEqual([
      {
        rule: 'unreadable-directory',
        severity: 'error',
        message:
          'the directory locked could not be read (EACCES): configs in it were not checked',
        file: 'locked',
        pointer: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1
      }
    ])
  })
})
