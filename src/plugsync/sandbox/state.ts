import {
  configsEqual,
  isObject,
  sortKeys,
  type Json,
  type JsonObject
} from '../../config/normalise.js'

/** A connector of the sandbox; `org` decides which tokens may reach it. */
export interface SandboxConnector {
  id: string
  name: string
  org: string
  activeVersion: number | null
}

/** The one mutable draft of a connector. */
export interface SandboxDraft {
  config: JsonObject
  updatedAt: string
  /** Grows on every write; the ETag is made from it. */
  revision: number
}

/** An immutable published version. */
export interface SandboxVersion {
  version: number
  config: JsonObject
  publishedAt: string
}

/** Everything the sandbox knows, as it is seeded and persisted. */
export interface SandboxState {
  connectors: Record<string, SandboxConnector>
  drafts: Record<string, SandboxDraft>
  versions: Record<string, SandboxVersion[]>
}

/** The org of the sandbox's own token. */
export const SANDBOX_ORG = 'sandbox'

/**
 * The sandbox's data and the rules of the API over it: one mutable draft
 * per connector, an append-only history of versions, one of them active.
 * Maps rather than plain objects, so that no connector id can reach an
 * object's prototype.
 */
export class SandboxStore {
  private readonly connectors = new Map<string, SandboxConnector>()
  private readonly drafts = new Map<string, SandboxDraft>()
  private readonly versions = new Map<string, SandboxVersion[]>()

  constructor(state?: SandboxState) {
    if (state === undefined) return
    for (const connector of Object.values(state.connectors)) {
      this.connectors.set(connector.id, { ...connector })
      const draft = own(state.drafts, connector.id)
      this.drafts.set(connector.id, draft ? { ...draft } : emptyDraft())
      this.versions.set(connector.id, [
        ...(own(state.versions, connector.id) ?? [])
      ])
    }
  }

  /** Creates a connector with an empty draft; throws if the id is taken. */
  create(
    id: string,
    name: string,
    org: string = SANDBOX_ORG
  ): SandboxConnector {
    if (this.connectors.has(id)) {
      throw new Error(`the sandbox already has a connector ${id}`)
    }
    const connector: SandboxConnector = { id, name, org, activeVersion: null }
    this.connectors.set(id, connector)
    this.drafts.set(id, emptyDraft())
    this.versions.set(id, [])
    return { ...connector }
  }

  /** The next free id of the form `cn_<n>`. */
  freeId(): string {
    let n = this.connectors.size + 1
    while (this.connectors.has(`cn_${n}`)) n++
    return `cn_${n}`
  }

  connector(id: string): SandboxConnector | undefined {
    return this.connectors.get(id)
  }

  draft(id: string): SandboxDraft | undefined {
    return this.drafts.get(id)
  }

  /** The draft as it would be with `changes` written over its keys. */
  merged(id: string, changes: JsonObject): JsonObject {
    return { ...this.requireDraft(id).config, ...changes }
  }

  /** Replaces the whole draft, as the dashboard or a PATCH does. */
  writeDraft(id: string, config: JsonObject): SandboxDraft {
    const draft: SandboxDraft = {
      config: sortKeys(config) as JsonObject,
      updatedAt: new Date().toISOString(),
      revision: this.requireDraft(id).revision + 1
    }
    this.drafts.set(id, draft)
    return draft
  }

  /** Every version of a connector, oldest first. */
  history(id: string): readonly SandboxVersion[] {
    return this.versions.get(id) ?? []
  }

  /** The active version, or undefined before the first publish. */
  active(id: string): SandboxVersion | undefined {
    const number = this.connectors.get(id)?.activeVersion
    return this.history(id).find((version) => version.version === number)
  }

  /** Tells whether the draft equals the active version (nothing to publish). */
  unchanged(id: string): boolean {
    const active = this.active(id)
    return (
      active !== undefined &&
      configsEqual(active.config, this.requireDraft(id).config)
    )
  }

  /** Turns the draft into the next version and makes it active. */
  publish(id: string): SandboxVersion {
    const history = this.versions.get(id) ?? []
    const version: SandboxVersion = {
      version: history.length + 1,
      config: structuredClone(this.requireDraft(id).config),
      publishedAt: new Date().toISOString()
    }
    this.versions.set(id, [...history, version])
    this.connectors.set(id, {
      ...this.requireConnector(id),
      activeVersion: version.version
    })
    return version
  }

  /** A deep copy of everything, in the shape it is persisted in. */
  snapshot(): SandboxState {
    return structuredClone({
      connectors: Object.fromEntries(this.connectors),
      drafts: Object.fromEntries(this.drafts),
      versions: Object.fromEntries(this.versions)
    })
  }

  private requireConnector(id: string): SandboxConnector {
    const connector = this.connectors.get(id)
    if (!connector) throw new Error(`the sandbox has no connector ${id}`)
    return connector
  }

  private requireDraft(id: string): SandboxDraft {
    this.requireConnector(id)
    return this.drafts.get(id) ?? emptyDraft()
  }
}

function emptyDraft(): SandboxDraft {
  return { config: {}, updatedAt: new Date().toISOString(), revision: 0 }
}

/** The maps of a state that a state file may leave out. */
const OPTIONAL_MAPS = ['drafts', 'versions'] as const

/** A state as a file may give it: `drafts` and `versions` may be absent. */
export type StateFile = Omit<SandboxState, (typeof OPTIONAL_MAPS)[number]> &
  Partial<Pick<SandboxState, (typeof OPTIONAL_MAPS)[number]>>

/**
 * The state a file describes: a map it leaves out is empty, as nobody
 * wrote a draft or published anything yet.
 */
export function completeState(file: StateFile): SandboxState {
  return { ...file, drafts: file.drafts ?? {}, versions: file.versions ?? {} }
}

/**
 * Checks that parsed JSON has the shape of a state file; returns the first
 * thing wrong, naming where it is, or '' when it is fine.
 */
export function stateProblem(value: Json): string {
  if (!isObject(value)) return 'the top level is not a JSON object'
  if (!isObject(value.connectors)) {
    return '"connectors" is missing or not an object'
  }
  for (const key of OPTIONAL_MAPS) {
    if (Object.hasOwn(value, key) && !isObject(value[key])) {
      return `"${key}" is not an object`
    }
  }
  return connectorsProblem(
    value.connectors,
    mapOf(value, 'drafts'),
    mapOf(value, 'versions')
  )
}

/** A member that is an object, or an empty one when it is left out. */
function mapOf(value: JsonObject, key: string): JsonObject {
  const map = own(value, key)
  return isObject(map) ? map : {}
}

function connectorsProblem(
  connectors: JsonObject,
  drafts: JsonObject,
  versions: JsonObject
): string {
  for (const [id, connector] of Object.entries(connectors)) {
    if (!isObject(connector) || connector.id !== id) {
      return `connectors.${id} is not an object whose "id" is "${id}"`
    }
    if (
      typeof connector.name !== 'string' ||
      typeof connector.org !== 'string'
    ) {
      return `connectors.${id} needs a string "name" and "org"`
    }
    const history = own(versions, id) ?? []
    if (!Array.isArray(history) || !history.every(isVersion)) {
      return `versions.${id} is not a list of {version, config, publishedAt} numbered from 1`
    }
    const active = connector.activeVersion
    if (
      active !== null &&
      !(
        Number.isInteger(active) &&
        (active as number) <= history.length &&
        (active as number) >= 1
      )
    ) {
      return `connectors.${id}.activeVersion is neither null nor the number of one of its versions`
    }
    const draft = own(drafts, id)
    if (draft !== undefined && !isDraft(draft)) {
      return `drafts.${id} is not a {config, updatedAt, revision}`
    }
  }
  return ''
}

function isVersion(value: Json, index: number): boolean {
  return (
    isObject(value) &&
    value.version === index + 1 &&
    isObject(value.config) &&
    typeof value.publishedAt === 'string'
  )
}

function isDraft(value: Json): boolean {
  return (
    isObject(value) &&
    isObject(value.config) &&
    typeof value.updatedAt === 'string' &&
    Number.isInteger(value.revision)
  )
}

/** A record's own member, never one inherited from Object.prototype. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}
