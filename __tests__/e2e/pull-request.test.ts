import type { JsonObject } from '../../src/config/normalise.js'
import type { Sandbox } from '../../src/plugsync/sandbox/index.js'
import { configHash, decodeRecord } from '../../src/review/record.js'
import { GitHubStandIn } from '../helpers/github-stand-in.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import {
  ATLAS,
  COMPASS_BRANCH,
  COMPASS_V7,
  MANIFEST,
  removeWorkspaces,
  standardWorkspace,
  startSeededSandbox,
  workspace
} from '../review/diff-fixtures.js'

const GITHUB_TOKEN = 'ghs_e2eTokenQ4m8Zr2Lx7Vb'
const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface'
const BLOB = `https://github.com/acme/connectors/blob/${HEAD}`
const RUN_URL = 'https://github.com/acme/connectors/actions/runs/4242'
const MARKER = '<!-- plugsync-config:comment 2bef92d327c2 -->'
const COMMENTS = '/repos/acme/connectors/issues/7/comments'

let sandbox: Sandbox
let github: GitHubStandIn
beforeEach(async () => {
  sandbox = await startSeededSandbox()
  github = await new GitHubStandIn().start()
})
afterEach(async () => {
  await sandbox.close()
  await github.stop()
  removeWorkspaces()
})

function pullRequestEvent(fork: boolean): object {
  return {
    pull_request: {
      number: 7,
      head: {
        sha: HEAD,
        repo: { full_name: fork ? 'mallory/connectors' : 'acme/connectors' }
      },
      base: { repo: { full_name: 'acme/connectors' } }
    },
    repository: { default_branch: 'main' }
  }
}

interface RunOptions {
  fork?: boolean
  inputs?: Record<string, string>
}

function run(root: string, options: RunOptions = {}): Promise<ActionRun> {
  return runAction({
    workspace: root,
    event: pullRequestEvent(options.fork ?? false),
    inputs: {
      'plugsync-token': sandbox.token,
      'api-url': sandbox.url,
      'github-token': GITHUB_TOKEN,
      ...options.inputs
    },
    env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: '4242' }
  })
}

/** `METHOD path` of the GitHub requests, from the `from`th on. */
function gitHubRequests(from = 0): string[] {
  return github.requests.slice(from).map((r) => `${r.method} ${r.path}`)
}

/** The comments the action's user wrote. */
function ownComments() {
  return github.comments.filter((c) => c.user.login === 'github-actions[bot]')
}

/** Lines of stdout that are not the runner's own masking commands. */
function logWithoutMasks(result: ActionRun): string {
  return result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

const CHANGES = `### Changes against PlugSync

**compass** (cn\\_compass): 1 added, 1 changed, against published v7

- changed step \`save\` in flow \`company-sync\`: \`data\` \`$.payload\` → \`$.payload.company\`
- added setting \`batch\`: \`50\`

<details><summary>Unified diff of the normalised config (19 lines)</summary>

\`\`\`diff
@@ -19,7 +19,7 @@
       "steps": [
         {
           "action": "upsert",
-          "data": "$.payload",
+          "data": "$.payload.company",
           "entity": "company",
           "id": "save",
           "target": "hubspot"
@@ -27,6 +27,8 @@
       ]
     }
   ],
-  "settings": {},
+  "settings": {
+    "batch": 50
+  },
   "version": "3.1"
 }
\`\`\`

</details>

**atlas** (cn\\_atlas): never published: merging publishes v1 (1 entity, 0 flows)

- version \`"3.1"\`
- added entity \`contact\` (simple, schema \`hubspot\`)

<details><summary>Unified diff of the normalised config (16 lines)</summary>

\`\`\`diff
@@ -0,0 +1,15 @@
+{
+  "entities": [
+    {
+      "name": "contact",
+      "schemas": {
+        "hubspot": {
+          "object_type": "contacts"
+        }
+      }
+    }
+  ],
+  "flows": [],
+  "settings": {},
+  "version": "3.1"
+}
\`\`\`

</details>

### What merging does

- merging publishes v8 of **compass** (cn\\_compass)
- merging publishes v1 of **atlas** (cn\\_atlas), its first version

Validated but not compared, as no entry of plugsync.yaml maps them to a connector: \`connectors/loose.json\`.`

const VALIDATION = `✅ **The configs are valid**: 3 configs, 1 notice.

- ℹ️ **notice** \`empty-config\` [line 1, column 1](${BLOB}/connectors/loose.json#L1): this config has no entities and no flows, so it does nothing: add the entities it syncs and the flows that write them`

describe('the action on a pull request', () => {
  it('creates one comment: validity, diffs, what merging does, the record', async () => {
    const result = await run(standardWorkspace())

    expect(result.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0]!.body
    const record = body.slice(body.lastIndexOf('<!-- plugsync-config:record'))
    expect(body).toBe(
      `${MARKER}\n## PlugSync config\n\n${VALIDATION}\n\n${CHANGES}\n\n${record}`
    )
    expect(record.endsWith(' -->\n')).toBe(true)
    expect(decodeRecord(body)).toEqual({
      ok: true,
      record: {
        version: 1,
        headSha: HEAD,
        connectors: [
          {
            id: 'cn_compass',
            path: 'connectors/compass.json',
            activeVersion: 7,
            configHash: configHash(COMPASS_BRANCH)
          },
          {
            id: 'cn_atlas',
            path: 'connectors/atlas.json',
            activeVersion: null,
            configHash: configHash(ATLAS)
          }
        ]
      }
    })
    expect(gitHubRequests()).toEqual([
      'GET /user',
      `GET ${COMMENTS}?per_page=100`,
      `POST ${COMMENTS}`
    ])
    expect(github.requests.map((r) => r.authorization)).toEqual(
      Array(3).fill(`token ${GITHUB_TOKEN}`)
    )
  })

  it('shows the same diffs in full in the job summary', async () => {
    const result = await run(standardWorkspace())
    expect(result.summary).toContain(`\n\n${CHANGES}\n`)
    expect(result.summary).not.toContain('plugsync-config:record')
  })

  it('writes the changed list and the structured diff as outputs', async () => {
    const result = await run(standardWorkspace())
    expect(result.outputs.changed).toBe(
      '[{"connector":"compass","id":"cn_compass"},{"connector":"atlas","id":"cn_atlas"}]'
    )
    expect(result.outputs.diff).toMatch(
      /\/plugsync-config-diff-2bef92d327c2\.json$/
    )
    const document = JSON.parse(result.written.diff!)
    expect(
      document.connectors.map(
        (c: { id: string; status: string; nextVersion: number }) => [
          c.id,
          c.status,
          c.nextVersion
        ]
      )
    ).toEqual([
      ['cn_compass', 'changed', 8],
      ['cn_atlas', 'new', 1]
    ])
    expect(document.unmapped).toEqual(['connectors/loose.json'])
  })

  it('reads PlugSync only, and logs each headline', async () => {
    const result = await run(standardWorkspace())
    expect(
      sandbox.requests.map((r) => `${r.method} ${r.path} ${r.auth}`).sort()
    ).toEqual([
      'GET /api/connectors/cn_atlas valid',
      'GET /api/connectors/cn_compass valid',
      'GET /api/connectors/cn_compass/versions/active valid'
    ])
    expect(result.stdout).toContain(
      'compass (cn_compass): 1 added, 1 changed, against published v7\n'
    )
    expect(result.stdout).toContain(
      `created the pull request comment ${github.url}/acme/connectors/pull/7#issuecomment-1000\n`
    )
  })

  it('never shows a token in the log, the summary or the comment', async () => {
    const result = await run(standardWorkspace())
    const everything = [
      logWithoutMasks(result),
      result.stderr,
      result.summary,
      github.comments[0]!.body
    ].join('\n')
    expect(everything).not.toContain(GITHUB_TOKEN)
    expect(everything).not.toContain(sandbox.token)
  })

  it('updates the same comment on the next push', async () => {
    const root = standardWorkspace()
    await run(root)
    const before = github.requests.length
    const unchanged = workspace({
      'plugsync.yaml': MANIFEST,
      'connectors/compass.json': COMPASS_V7,
      'connectors/atlas.json': ATLAS
    })

    const result = await run(unchanged)

    expect(result.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.id).toBe(1000)
    expect(gitHubRequests(before)).toEqual([
      'GET /user',
      `GET ${COMMENTS}?per_page=100`,
      'PATCH /repos/acme/connectors/issues/comments/1000'
    ])
    const body = github.comments[0]!.body
    expect(body).toContain(
      '**compass** (cn\\_compass): no change against published v7\n'
    )
    expect(body).toContain(
      '- merging publishes nothing for **compass** (cn\\_compass): it equals published v7\n'
    )
    expect(result.outputs.changed).toBe(
      '[{"connector":"atlas","id":"cn_atlas"}]'
    )
  })

  it('finds its comment behind 120 older ones and never duplicates it', async () => {
    for (let n = 0; n < 119; n++) github.addComment(7, `comment ${n}`)
    github.addComment(7, `${MARKER}\npasted by someone`, 'mallory')
    const root = standardWorkspace()

    await run(root)
    const before = github.requests.length
    await run(root)

    expect(github.comments).toHaveLength(121)
    expect(ownComments().map((c) => c.id)).toEqual([1120])
    expect(github.comments[119]!.body).toBe(`${MARKER}\npasted by someone`)
    expect(gitHubRequests(before)).toEqual([
      'GET /user',
      `GET ${COMMENTS}?per_page=100`,
      `GET ${COMMENTS}?per_page=100&page=2`,
      'PATCH /repos/acme/connectors/issues/comments/1120'
    ])
  })

  it('keeps a huge diff under 65,536 characters, every headline kept', async () => {
    const huge: JsonObject = {
      ...COMPASS_BRANCH,
      entities: [
        ...(COMPASS_V7.entities as JsonObject[]),
        ...Array.from({ length: 1500 }, (_, n) => ({
          name: `entity-${n}`,
          schemas: {
            hubspot: {
              object_type: 'companies',
              field_mappings: [{ source: `$.payload.f${n}`, target: `f${n}` }]
            }
          }
        }))
      ]
    }
    const root = workspace({
      'plugsync.yaml': MANIFEST,
      'connectors/compass.json': huge,
      'connectors/atlas.json': ATLAS
    })

    const result = await run(root)

    expect(result.commands.filter((c) => c.startsWith('::error'))).toEqual([])
    expect(result.code).toBe(0)
    const body = github.comments[0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.length).toBeGreaterThan(60_000)
    expect(body).toContain(
      '**compass** (cn\\_compass): 1501 added, 1 changed, against published v7'
    )
    expect(body).toContain(
      '**atlas** (cn\\_atlas): never published: merging publishes v1 (1 entity, 0 flows)'
    )
    expect(body).toContain(
      '- merging publishes v8 of **compass** (cn\\_compass)'
    )
    expect(body).toContain(
      `_Some diffs were cut to fit a comment: [the job summary](${RUN_URL}) has more of them._`
    )
    expect(decodeRecord(body).ok).toBe(true)
    expect(result.summary).toContain('added entity `entity-1499`')
    expect(body).not.toContain('added entity `entity-1499`')
  })

  it('skips the diff on a fork, without a single PlugSync request', async () => {
    github.inject({
      method: 'POST',
      path: /comments$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' }
    })
    const result = await run(standardWorkspace(), { fork: true })

    expect(result.code).toBe(0)
    expect(sandbox.requests).toEqual([])
    const skipped =
      '**Diff skipped**: this pull request comes from a fork, whose runs get no PlugSync token; the configs were validated.'
    expect(result.summary.endsWith(`\n${skipped}\n`)).toBe(true)
    expect(result.commands.filter((c) => c.startsWith('::warning'))).toEqual([])
    expect(result.stdout).toContain(
      'no pull request comment from a fork: GitHub: could not comment on #7: 403 Resource not accessible by integration'
    )
    expect(result.outputs.changed).toBeUndefined()
  })

  it('skips the diff without a PlugSync token and says so in the comment', async () => {
    const result = await run(standardWorkspace(), {
      inputs: { 'plugsync-token': '' }
    })

    expect(result.code).toBe(0)
    expect(sandbox.requests).toEqual([])
    expect(github.comments[0]!.body).toBe(
      `${MARKER}\n## PlugSync config\n\n${VALIDATION}\n\n**Diff skipped**: no plugsync-token was given; the configs were validated.\n`
    )
  })

  it('warns, and does not fail, when the token may not comment', async () => {
    github.inject({
      method: 'POST',
      path: /comments$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' }
    })
    const result = await run(standardWorkspace())

    expect(result.code).toBe(0)
    expect(result.commands.filter((c) => c.startsWith('::warning'))).toEqual([
      '::warning::GitHub: could not comment on #7: 403 Resource not accessible by integration: the token may not do this; give the job the permission (e.g. pull-requests: write) or pass another github-token. The job summary has the results.'
    ])
  })

  it('retries GitHub server errors, then fails the run saying the comment is stale', async () => {
    github.inject({
      method: 'GET',
      path: /comments$/,
      status: 502,
      times: 2,
      body: { message: 'Server Error' }
    })
    const result = await run(standardWorkspace(), { inputs: { retries: '1' } })

    expect(result.code).toBe(1)
    expect(result.commands).toContain(
      '::error::PlugSync config: the pull request comment is not up to date: GitHub: could not list the comments of #7: 502 Server Error'
    )
    expect(gitHubRequests()).toEqual([
      'GET /user',
      `GET ${COMMENTS}?per_page=100`,
      `GET ${COMMENTS}?per_page=100`
    ])
    expect(result.summary).toContain('### What merging does')
  })

  it('fails on an environment no manifest entry has, before any request', async () => {
    const before = sandbox.requests.length
    const result = await run(standardWorkspace(), {
      inputs: { environment: 'prodction' }
    })
    expect(result.code).toBe(1)
    expect(result.commands.at(-1)).toBe(
      `::error::PlugSync config: no manifest entry has the environment "prodction". The manifest's environments: none.`
    )
    expect(sandbox.requests.length).toBe(before)
    expect(github.requests).toEqual([])
  })

  it('refuses an api-url that is not https before any request', async () => {
    const result = await run(standardWorkspace(), {
      inputs: { 'api-url': 'http://plugsync.invalid/api' }
    })

    expect(result.code).toBe(1)
    const failure = result.commands.find((c) => c.startsWith('::error::'))
    expect(failure).toMatch(/^::error::PlugSync config: .*https/)
    expect(result.summary).toMatch(/\n\*\*Diff failed\*\*: .*https.*\n$/)
    expect(github.requests).toEqual([])
  })

  it('fails the run when a connector cannot be read, and still comments', async () => {
    const root = workspace({
      'plugsync.yaml': `${MANIFEST}  - path: connectors/ghost.json\n    id: cn_ghost\n`,
      'connectors/compass.json': COMPASS_BRANCH,
      'connectors/atlas.json': ATLAS,
      'connectors/ghost.json': ATLAS
    })

    const result = await run(root)

    expect(result.code).toBe(1)
    expect(result.commands).toContain(
      '::error::PlugSync config: 1 connector(s) could not be compared with PlugSync: ghost (cn_ghost); see the job summary'
    )
    const body = github.comments[0]!.body
    expect(body).toContain(
      '\n\n**ghost** (cn\\_ghost): could not be compared with PlugSync: PlugSync has no connector cn\\_ghost \\(404\\): check the connector id and that api\\-url points at the right PlugSync\n\n'
    )
    expect(body).toContain(
      '- what merging does to **ghost** (cn\\_ghost) is not known: PlugSync could not be read'
    )
  })

  it('logs a connector whose file is not JSON as not compared, pointing at its findings', async () => {
    const root = workspace({
      'plugsync.yaml': MANIFEST,
      'connectors/compass.json': COMPASS_BRANCH,
      'connectors/atlas.json': '{"version": "3.1",'
    })

    const result = await run(root)

    expect(result.stdout).toContain(
      'atlas (cn_atlas): not compared: connectors/atlas.json is not JSON, or not a JSON object: see its findings\n'
    )
    expect(sandbox.requests.filter((r) => r.path.includes('cn_atlas'))).toEqual(
      []
    )
    expect(result.code).toBe(1)
    expect(result.commands.at(-1)).toBe(
      '::error::PlugSync config: 1 error in connectors/atlas.json (fail-on: error); see the annotations and the job summary' +
        '%0APlugSync config: 1 connector(s) not compared, as their file is not JSON or not a JSON object: atlas (cn_atlas)'
    )
  })

  it('fails the run for a connector not compared even when its findings are off', async () => {
    const root = workspace({
      'plugsync.yaml': `${MANIFEST}rules:\n  invalid-json: off\n`,
      'connectors/compass.json': COMPASS_BRANCH,
      'connectors/atlas.json': '{"version": "3.1",'
    })

    const result = await run(root)

    expect(result.code).toBe(1)
    expect(result.commands.filter((c) => c.startsWith('::error'))).toEqual([
      '::error::PlugSync config: 1 connector(s) not compared, as their file is not JSON or not a JSON object: atlas (cn_atlas)'
    ])
  })

  it('keeps one comment per manifest', async () => {
    const root = workspace({
      'plugsync.yaml': MANIFEST,
      'second.yaml':
        'connectors:\n  - path: connectors/compass.json\n    id: cn_compass\n',
      'connectors/compass.json': COMPASS_BRANCH,
      'connectors/atlas.json': ATLAS
    })

    await run(root)
    await run(root, { inputs: { manifest: 'second.yaml' } })
    await run(root)

    const markers = ownComments().map((c) => c.body.split('\n', 1)[0])
    expect(markers).toEqual([
      MARKER,
      '<!-- plugsync-config:comment ee2537544e9b -->'
    ])
  })
})
