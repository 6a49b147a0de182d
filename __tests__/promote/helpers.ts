import type { JsonObject } from '../../src/config/normalise.js'
import { checkBytes } from '../../src/engine/check-file.js'
import { PlugSyncClient } from '../../src/plugsync/client.js'
import type { Sandbox } from '../../src/plugsync/sandbox/index.js'
import type { PromotionContext } from '../../src/promote/promotion-context.js'
import type { ReviewState } from '../../src/promote/review-state.js'
import type { PromotionTarget } from '../../src/promote/target.js'
import { configHash } from '../../src/review/record.js'

/** A token distinctive enough that a leak anywhere is found by search. */
export const TOKEN = 'psk_live_Pr0m0teT0k3nXq93Lw'

/** The text of a config PlugSync accepts, as a file in git holds it. */
export const COMPASS_TEXT = `{
  "$schema": "../schemas/connector-config-v3.schema.json",
  "version": "3.0",
  "entities": [
    {
      "name": "company",
      "schemas": { "hubspot": { "object_type": "companies" } }
    }
  ],
  "flows": [
    {
      "name": "upsert_company",
      "source": "compass_inbound",
      "event_type": "upsert_company",
      "steps": [
        {
          "id": "upsert_company",
          "action": "upsert",
          "target": "hubspot",
          "entity": "company",
          "data": "$.payload"
        }
      ]
    }
  ]
}
`

/** The same config with one more setting: the change a second PR makes. */
export const COMPASS_CHANGED_TEXT = COMPASS_TEXT.replace(
  '  "flows": [',
  '  "settings": { "region": "eu" },\n  "flows": ['
)

/** A config as the dashboard leaves it: someone's work in progress. */
export const DASHBOARD_WORK: JsonObject = {
  version: '3.0',
  entities: [
    { name: 'contact', schemas: { hubspot: { object_type: 'contacts' } } }
  ]
}

/** A promotion target read from config text, as the engine reads a file. */
export function targetOf(
  text: string,
  id = 'cn_compass',
  file = 'connectors/compass.json'
): PromotionTarget {
  const report = checkBytes(file, Buffer.from(text))
  const name = file.replace(/^.*\//, '').replace(/\.json$/, '')
  return { name, id, file, config: report.config!, source: report.source! }
}

/** A client for the sandbox whose retry waits are skipped. */
export function clientFor(
  sandbox: Sandbox,
  logs: string[] = []
): PlugSyncClient {
  return new PlugSyncClient({
    apiUrl: sandbox.url,
    token: sandbox.token,
    timeoutMs: 2000,
    retries: 2,
    logger: {
      info: (line) => logs.push(`info: ${line}`),
      debug: () => undefined,
      warning: (line) => logs.push(`warning: ${line}`)
    },
    sleep: async () => undefined,
    random: () => 0.5
  })
}

/** A review that recorded each target as it is, against a version. */
export function reviewOf(
  targets: readonly PromotionTarget[],
  activeVersion: number | null,
  source = 'pull request #7'
): ReviewState {
  return {
    required: true,
    source,
    connectors: targets.map((target) => ({
      id: target.id,
      path: target.file,
      activeVersion,
      configHash: configHash(target.config!)
    }))
  }
}

/** A promotion context over the sandbox, with the guards on. */
export function contextFor(
  sandbox: Sandbox,
  review: ReviewState,
  overrides: Partial<PromotionContext> = {},
  logs: string[] = []
): PromotionContext {
  return {
    api: clientFor(sandbox, logs),
    review,
    allowDrift: false,
    allowDraftOverwrite: false,
    dryRun: false,
    logger: {
      info: (line) => logs.push(`info: ${line}`),
      debug: () => undefined,
      warning: (line) => logs.push(`warning: ${line}`)
    },
    ...overrides
  }
}

/** The method and path of every request the sandbox received, from `from`. */
export function calls(sandbox: Sandbox, from = 0): string[] {
  return sandbox.requests.slice(from).map((r) => `${r.method} ${r.path}`)
}

/** The requests of a first publish of a connector, in order. */
export function firstPublishCalls(id: string): string[] {
  const base = `/api/connectors/${id}`
  return [
    `GET ${base}/versions/active`,
    `GET ${base}`,
    `GET ${base}/draft`,
    `PATCH ${base}/draft`,
    `GET ${base}/draft`,
    `GET ${base}`,
    `POST ${base}/publish`,
    `GET ${base}/versions/active`
  ]
}

/** The requests of a publish over an active version, in order. */
export function publishCalls(id: string): string[] {
  const base = `/api/connectors/${id}`
  return [
    `GET ${base}/versions/active`,
    `GET ${base}/draft`,
    `PATCH ${base}/draft`,
    `GET ${base}/draft`,
    `GET ${base}`,
    `POST ${base}/publish`,
    `GET ${base}/versions/active`
  ]
}
