import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Node,
  type Pair,
  type YAMLMap
} from 'yaml'
import type { SeverityLevel } from '../findings/finding.js'
import { formatPointer } from '../json/pointer.js'
import { PLAIN_NAME } from '../plugsync/api-contract.js'
import type { ManifestProblems, Range } from './manifest-problems.js'
import { ENTRY_KEYS, FIXED_RULES, LEVELS, TOP_KEYS } from './manifest-words.js'
import { closest, completion } from './suggest.js'

/** A text value of the manifest and where it is. */
export interface Located {
  value: string
  range: Range
}

/** A connector entry as written, before its path is checked. */
export interface DraftEntry {
  /** 0-based position in the `connectors` list. */
  index: number
  /** The whole entry. */
  range: Range
  path?: Located
  id?: Located
  environment?: Located
}

/** What the manifest says, with each problem of its shape recorded. */
export interface ManifestShape {
  entries: DraftEntry[]
  severities: Record<string, SeverityLevel>
}

const LEVEL_WORDS = 'off, notice, warning or error'

/**
 * Reads the manifest's YAML into connector entries and rule severities.
 * Anything it cannot use becomes a problem at its own line; the rest is
 * still read.
 */
export function readManifestShape(
  text: string,
  problems: ManifestProblems,
  knownRules: readonly string[]
): ManifestShape {
  const shape: ManifestShape = { entries: [], severities: {} }
  const root = parseRoot(text, problems)
  if (root === undefined) return shape
  for (const pair of root.items) {
    const key = keyOf(pair, problems, '')
    if (key === undefined) continue
    if (key.value === 'connectors') {
      shape.entries = readConnectors(pair.value, problems)
    } else if (key.value === 'rules') {
      shape.severities = readRules(pair.value, problems, knownRules)
    } else {
      reportUnknownKey(
        key,
        TOP_KEYS,
        'the manifest',
        problems,
        formatPointer([key.value])
      )
    }
  }
  return shape
}

/** The top-level mapping, or undefined when the YAML has nothing to read. */
function parseRoot(
  text: string,
  problems: ManifestProblems
): YAMLMap | undefined {
  const documents = parseAllDocuments(text, { prettyErrors: false })
  const document = documents[0]
  if (document === undefined) return undefined
  const error = document.errors[0]
  if (error !== undefined) {
    problems.add('manifest-invalid', yamlMessage(error.message), error.pos, '')
    return undefined
  }
  const second = documents[1]
  if (second !== undefined) {
    const start = second.range[0]
    problems.add(
      'manifest-invalid',
      'the manifest holds more than one YAML document: keep one, without ---',
      [start, start + 3],
      ''
    )
    return undefined
  }
  const root = document.contents
  if (root === null || isNull(root)) return undefined
  if (!isMap(root)) {
    problems.add(
      'manifest-invalid',
      'the manifest must be a mapping with the keys connectors and rules',
      rangeOf(root),
      ''
    )
    return undefined
  }
  return root
}

function readConnectors(
  value: unknown,
  problems: ManifestProblems
): DraftEntry[] {
  if (isNull(value)) return []
  if (!isSeq(value)) {
    problems.add(
      'manifest-invalid-value',
      isAlias(value)
        ? `connectors is an alias (${sourceOf(value)}), which the manifest does not follow: write the list out`
        : 'connectors must be a list of connectors, each with path and id',
      rangeOf(value),
      '/connectors'
    )
    return []
  }
  const entries: DraftEntry[] = []
  value.items.forEach((item, index) => {
    if (isMap(item)) {
      entries.push(readEntry(item, index, problems))
      return
    }
    problems.add(
      'manifest-invalid-value',
      `connector ${index + 1} must be a mapping with path and id`,
      rangeOf(item),
      formatPointer(['connectors', index])
    )
  })
  return entries
}

function readEntry(
  map: YAMLMap,
  index: number,
  problems: ManifestProblems
): DraftEntry {
  const entry: DraftEntry = { index, range: rangeOf(map) }
  const seen = new Set<string>()
  const name = `connector ${index + 1}`
  for (const pair of map.items) {
    const key = keyOf(pair, problems, formatPointer(['connectors', index]))
    if (key === undefined) continue
    const field = ENTRY_KEYS.find((known) => known === key.value)
    if (field === undefined) {
      const pointer = formatPointer(['connectors', index, key.value])
      reportUnknownKey(key, ENTRY_KEYS, name, problems, pointer)
      continue
    }
    seen.add(field)
    const pointer = formatPointer(['connectors', index, field])
    const text = readText(
      pair,
      key,
      `the ${field} of ${name}`,
      problems,
      pointer
    )
    if (text === undefined) continue
    if (field !== 'path' && !isPlainName(text.value)) {
      problems.add(
        'manifest-invalid-value',
        `the ${field} of ${name}, ${JSON.stringify(text.value)}, may hold only letters, digits, '_', '-' and '.', starting with a letter or digit: write it as PlugSync shows it`,
        text.range,
        pointer
      )
      continue
    }
    entry[field] = text
  }
  reportMissing(entry, seen, name, problems)
  return entry
}

/** Connector ids and environment names: see PLAIN_NAME. */
function isPlainName(value: string): boolean {
  return PLAIN_NAME.test(value)
}

function reportMissing(
  entry: DraftEntry,
  seen: Set<string>,
  name: string,
  problems: ManifestProblems
): void {
  const pointer = formatPointer(['connectors', entry.index])
  const range: Range = entry.range
  if (!seen.has('path')) {
    problems.add(
      'manifest-invalid-value',
      `${name} has no path: add the path of its config file, relative to ` +
        'the repository root',
      range,
      pointer
    )
  }
  if (!seen.has('id')) {
    problems.add(
      'manifest-invalid-value',
      `${name} has no id: add its PlugSync connector id`,
      range,
      pointer
    )
  }
}

function readRules(
  value: unknown,
  problems: ManifestProblems,
  knownRules: readonly string[]
): Record<string, SeverityLevel> {
  const severities: Record<string, SeverityLevel> = {}
  if (isNull(value)) return severities
  if (!isMap(value)) {
    problems.add(
      'manifest-invalid-value',
      `rules must map rule ids to ${LEVEL_WORDS}`,
      rangeOf(value),
      '/rules'
    )
    return severities
  }
  for (const pair of value.items) {
    const key = keyOf(pair, problems, '/rules')
    if (key === undefined) continue
    const pointer = formatPointer(['rules', key.value])
    const level = readLevel(pair, key, problems, pointer)
    if (FIXED_RULES.includes(key.value)) {
      problems.add(
        'manifest-unknown-rule',
        `rule '${key.value}' cannot be changed: a manifest that does not parse has no rules to read, so its finding is always an error; remove this line`,
        key.range,
        pointer
      )
    } else if (!knownRules.includes(key.value)) {
      reportUnknownRule(key, knownRules, problems, pointer)
    } else if (level !== undefined) {
      severities[key.value] = level
    }
  }
  return severities
}

function readLevel(
  pair: Pair,
  key: Located,
  problems: ManifestProblems,
  pointer: string
): SeverityLevel | undefined {
  const value = pair.value
  const word = isScalar(value) ? String(value.value) : undefined
  const level = LEVELS.find((known) => known === word)
  if (level !== undefined) return level
  const suggestion =
    word === undefined
      ? undefined
      : (closest(word, LEVELS) ?? completion(word, LEVELS))
  const shown = isNode(value) ? sourceOf(value) : ''
  problems.add(
    'manifest-invalid-value',
    `the severity '${shown}' of rule '${key.value}' must be ${LEVEL_WORDS}` +
      (suggestion === undefined ? '' : `: did you mean ${suggestion}?`),
    valueRange(pair, key),
    pointer,
    suggestion
  )
  return undefined
}

function reportUnknownRule(
  key: Located,
  knownRules: readonly string[],
  problems: ManifestProblems,
  pointer: string
): void {
  const suggestion = closest(key.value, knownRules)
  problems.add(
    'manifest-unknown-rule',
    `unknown rule '${key.value}' under rules: ` +
      (suggestion === undefined
        ? 'no rule has this id'
        : `did you mean '${suggestion}'?`),
    key.range,
    pointer,
    suggestion
  )
}

function reportUnknownKey(
  key: Located,
  known: readonly string[],
  where: string,
  problems: ManifestProblems,
  pointer: string
): void {
  const suggestion = closest(key.value, known)
  const knownWords = known.join(', ').replace(/, (\w+)$/, ' and $1')
  // A YAML merge key reads as a key named '<<' here: say what it is.
  const merge = key.value === '<<' ? 'merge keys are not followed; ' : ''
  problems.add(
    'manifest-unknown-key',
    `unknown key '${key.value}' in ${where}: ${merge}` +
      (suggestion === undefined
        ? `the keys are ${knownWords}`
        : `did you mean '${suggestion}'?`),
    key.range,
    pointer,
    suggestion
  )
}

/** A non-empty text value; anything else is a problem at the value. */
function readText(
  pair: Pair,
  key: Located,
  what: string,
  problems: ManifestProblems,
  pointer: string
): Located | undefined {
  const value = pair.value
  const range = valueRange(pair, key)
  let complaint: string
  if (isNull(value)) {
    complaint = `${what} is empty: write a value or remove the key`
  } else if (isScalar(value) && typeof value.value === 'string') {
    if (value.value.trim() !== '') return { value: value.value, range }
    complaint = `${what} is empty: write a value or remove the key`
  } else if (isScalar(value)) {
    const source = sourceOf(value)
    complaint = `${what} must be text: quote it, as in "${source}"`
  } else {
    complaint = `${what} must be text, not ${describeNode(value)}`
  }
  problems.add('manifest-invalid-value', complaint, range, pointer)
  return undefined
}

/** The text of a mapping key; any other kind of key is a problem. */
function keyOf(
  pair: Pair,
  problems: ManifestProblems,
  parent: string
): Located | undefined {
  const key = pair.key
  if (isScalar(key) && key.value !== null && typeof key.value !== 'object') {
    return { value: String(key.value), range: rangeOf(key) }
  }
  problems.add(
    'manifest-invalid-value',
    'a key must be a plain word, not ' + describeNode(key),
    isNode(key) ? rangeOf(key) : [0, 0],
    parent
  )
  return undefined
}

/** The value's range, or the key's when the value is absent. */
function valueRange(pair: Pair, key: Located): Range {
  const value = pair.value
  if (!isNode(value)) return key.range
  const range = rangeOf(value)
  return range[0] === range[1] ? key.range : range
}

function rangeOf(node: unknown): Range {
  const range = isNode(node) ? node.range : undefined
  return range ? [range[0], range[1]] : [0, 0]
}

/** A value as the author wrote it, for quoting in messages. */
function sourceOf(node: Node): string {
  if (!isScalar(node)) return String(node).trim()
  return node.source ?? String(node.value ?? '')
}

function describeNode(node: unknown): string {
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  if (isAlias(node)) return 'an alias: write the value out'
  return 'empty'
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value)
}

function isNull(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (isScalar(value) && value.value === null)
  )
}

/** yaml's message in the manifest's words, without its position suffix. */
function yamlMessage(message: string): string {
  const plain = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')
  return `invalid YAML: ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`
}
