import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { JsonObject } from '../../src/config/normalise.js'
import {
  startSandbox,
  type Sandbox,
  type SandboxState
} from '../../src/plugsync/sandbox/index.js'

/** The config of compass that is active in PlugSync as v7. */
export const COMPASS_V7: JsonObject = {
  version: '3.1',
  entities: [
    { name: 'company', schemas: { hubspot: { object_type: 'companies' } } }
  ],
  flows: [
    {
      name: 'company-sync',
      source: 'erp',
      event_type: 'company.updated',
      steps: [
        {
          id: 'save',
          action: 'upsert',
          target: 'hubspot',
          entity: 'company',
          data: '$.payload'
        }
      ]
    }
  ]
}

/** Compass in the branch: the step reads another path, a setting is new. */
export const COMPASS_BRANCH: JsonObject = {
  ...COMPASS_V7,
  flows: [
    {
      name: 'company-sync',
      source: 'erp',
      event_type: 'company.updated',
      steps: [
        {
          id: 'save',
          action: 'upsert',
          target: 'hubspot',
          entity: 'company',
          data: '$.payload.company'
        }
      ]
    }
  ],
  settings: { batch: 50 }
}

/** Atlas, never published. */
export const ATLAS: JsonObject = {
  version: '3.1',
  entities: [
    { name: 'contact', schemas: { hubspot: { object_type: 'contacts' } } }
  ]
}

/** The manifest of the workspace: compass and atlas, loose.json unmapped. */
export const MANIFEST = `connectors:
  - path: connectors/compass.json
    id: cn_compass
  - path: connectors/atlas.json
    id: cn_atlas
`

/**
 * A sandbox where compass is at v7 (seven versions, the last COMPASS_V7)
 * and atlas was never published.
 */
export async function startSeededSandbox(): Promise<Sandbox> {
  const old = (n: number): JsonObject => ({
    ...COMPASS_V7,
    settings: { revision: n }
  })
  const versions = [1, 2, 3, 4, 5, 6].map((n) => ({
    version: n,
    config: old(n),
    publishedAt: `2026-01-0${n}T00:00:00.000Z`
  }))
  const seed: SandboxState = {
    connectors: {
      cn_compass: {
        id: 'cn_compass',
        name: 'compass',
        org: 'sandbox',
        activeVersion: 7
      },
      cn_atlas: {
        id: 'cn_atlas',
        name: 'atlas',
        org: 'sandbox',
        activeVersion: null
      }
    },
    drafts: {},
    versions: {
      cn_compass: [
        ...versions,
        {
          version: 7,
          config: COMPASS_V7,
          publishedAt: '2026-01-07T00:00:00.000Z'
        }
      ],
      cn_atlas: []
    }
  }
  return startSandbox({ seed, token: 'psk_sandbox_e2e_Xw3Rt8Lm2Qv9' })
}

/** The workspaces made since `removeWorkspaces` last ran. */
const made: string[] = []

/**
 * Writes files into a fresh temporary directory and returns its path; a
 * test file that makes any removes them with `removeWorkspaces`.
 */
export function workspace(files: Record<string, string | JsonObject>): string {
  const root = mkdtempSync(join(tmpdir(), 'plugsync-diff-'))
  made.push(root)
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path)
    mkdirSync(dirname(absolute), { recursive: true })
    writeFileSync(
      absolute,
      typeof content === 'string'
        ? content
        : JSON.stringify(content, null, 2) + '\n'
    )
  }
  return root
}

/** Removes every workspace made so far. */
export function removeWorkspaces(): void {
  for (const root of made.splice(0)) {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The usual workspace: compass changed, atlas new, loose.json unmapped. */
export function standardWorkspace(): string {
  return workspace({
    'plugsync.yaml': MANIFEST,
    'connectors/compass.json': COMPASS_BRANCH,
    'connectors/atlas.json': ATLAS,
    'connectors/loose.json': { version: '3.1', entities: [] }
  })
}
