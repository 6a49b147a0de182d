import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { normaliseConfig, type JsonObject } from '../src/config/normalise.js'
import { isStreamed, readContent } from '../src/discover/file-content.js'
import { diffConfigs } from '../src/diff/config-diff.js'
import { renderDiffMarkdown } from '../src/diff/render.js'
import { unifiedConfigDiff } from '../src/diff/unified.js'
import { checkBytes } from '../src/engine/check-file.js'
import { checkRepository } from '../src/engine/check-repository.js'
import { loadRules } from '../src/rules/on-demand.js'
import type { Logger } from '../src/logger.js'
import { UNIFIED_LINES } from '../src/review/compare.js'
import { configHash } from '../src/review/record.js'

/** One piece of work the benchmark times; resolves to a check value. */
export type Task = () => Promise<number>

const silent: Logger = { info() {}, debug() {}, warning() {} }

/** The `.json` files of a directory, as the floor reads them. */
export function jsonFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(directory, name))
}

/**
 * The floor: read each file and `JSON.parse` it, nothing else. Resolves
 * to the number of top-level keys, so the work cannot be skipped.
 */
export function readAndParse(paths: readonly string[]): Task {
  return async () => {
    let keys = 0
    for (const path of paths) {
      const value = JSON.parse(readFileSync(path, 'utf8')) as object
      keys += Object.keys(value).length
    }
    return keys
  }
}

/**
 * Our validation of a directory, as the action runs it with its default
 * inputs: discovery by content, every config checked. Resolves to the
 * number of findings.
 */
export function validate(directory: string): Task {
  return async () => {
    const check = await checkRepository({
      root: directory,
      patterns: [],
      exclude: [],
      manifest: 'plugsync.yaml',
      logger: silent
    })
    return check.findings.length
  }
}

/**
 * The semantic diff alone, on two configs parsed beforehand: how its own
 * cost grows with the input, apart from the parse's. Resolves to the
 * number of changes.
 */
export function diffParsed(before: string, after: string): Task {
  const [old, now] = [published(before), fromGit(after)]
  return async () => diffConfigs(old!, now!).changes.length
}

/**
 * The published side of a diff as the client returns it: parsed, then
 * normalised, the flows' defaults filled in.
 */
function published(path: string): JsonObject {
  return normaliseConfig(fromGit(path))
}

/**
 * The repository's side of a diff: the file parsed, as written, and read
 * as the engine reads it (a large one in pieces, as the client also reads
 * a large body).
 */
function fromGit(path: string): JsonObject {
  const content = readContent(path)
  const value = isStreamed(content)
    ? content.value
    : JSON.parse(content.toString('utf8'))
  return value as JsonObject
}

/** GitHub's limit on a pull request comment. */
const COMMENT_CHARS = 65_536

/**
 * Our diff of two config files: read and parse both (the published one
 * normalised, as the client returns it) and the semantic diff
 * (diffConfigs); with `review`, also the rest of what a review does with
 * it (reviewConnectors, then the pull request comment): the unified diff
 * of the normalised configs, the hash of the config for the review record,
 * and the Markdown. Resolves to the number of changes.
 */
export function diff(before: string, after: string, review: boolean): Task {
  return async () => {
    const [old, now] = [published(before), fromGit(after)]
    const changes = diffConfigs(old!, now!)
    if (!review) return changes.changes.length
    const hash = configHash(now!)
    const text = unifiedConfigDiff(old!, now!, { maxLines: UNIFIED_LINES })
    const markdown = renderDiffMarkdown(
      { name: 'big', id: 'cn_big' },
      changes,
      {
        activeVersion: 1,
        unified: text.text,
        unifiedOmitted: text.omitted,
        maxChars: COMMENT_CHARS
      }
    )
    return changes.changes.length + markdown.length + hash.length
  }
}

/**
 * A config of `count` entities, each with a number where the schema wants
 * text: `count` schema errors, every one explained and placed.
 */
export function manyErrors(count: number): Buffer {
  const entities = Array.from({ length: count }, (_, index) => ({
    name: `e${index}`,
    schemas: { hubspot: { object_type: index } }
  }))
  return Buffer.from(JSON.stringify({ version: '3.1', entities }, null, 2))
}

/**
 * The engine's check of one file from its bytes, every part of the rules
 * loaded first. Resolves to the number of findings.
 */
export function checkFile(bytes: Buffer): Task {
  return async () => {
    await loadRules()
    return checkBytes('errors.json', bytes).findings.length
  }
}
