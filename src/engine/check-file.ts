import type {
  Finding,
  Problem,
  Severity,
  SeverityLevel,
  Span
} from '../findings/finding.js'
import { readFileSync } from 'node:fs'
import { isObject, type JsonObject } from '../config/normalise.js'
import { LineIndex } from '../json/line-index.js'
import {
  isStreamed,
  MAX_FILE_BYTES,
  writesTinyNumber,
  type FileContent,
  type StreamedJson
} from '../discover/file-content.js'
import { takeSniffed } from '../discover/config-sniff.js'
import {
  countStrings,
  mayHoldInexactNumber,
  measureParsed,
  numbersMayBeInexact
} from '../json/scan.js'
import { checkConfig, entityModes } from '../rules/index.js'
import { ruleInfo } from '../rules/registry.js'
import { appendAll } from '../append.js'
import { decodeUtf8, startsWithBom, type Decoded } from './decode.js'
import { inexactNumberProblems } from './inexact-numbers.js'
import { LocatedText, MAX_DEPTH } from './located-text.js'

/** How an entity of a config is edited and read, derived from its schemas. */
export interface EntityMode {
  name: string
  mode: 'simple' | 'federated'
  pointer: string
}

/** What checking one file found. */
export interface FileReport {
  /** Path relative to the repository root, with forward slashes. */
  file: string
  findings: Finding[]
  entities: EntityMode[]
  /** The parsed config, when the file holds a JSON object. */
  config?: JsonObject
  /** The decoded text with its position machinery, when it decoded. */
  source?: LocatedText
}

/** A file's text and its `JSON.parse` value, when discovery made them. */
export interface ParsedText {
  text: string
  value: unknown
}

/** Severity overrides from the manifest: rule id to level. */
export type Severities = Readonly<Record<string, SeverityLevel>>

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/**
 * Checks one config file from its bytes: encoding, JSON syntax, duplicate
 * keys, nesting, numbers JSON.parse changes, then the schema and the
 * semantic rules. The position-aware parse runs only when a finding needs
 * a place. `parsed` is the bytes' text and value when the caller already
 * decoded and parsed them.
 */
export function checkBytes(
  file: string,
  bytes: Uint8Array,
  severities: Severities = {},
  parsed?: ParsedText
): FileReport {
  const report: FileReport = { file, findings: [], entities: [] }
  const add = (problem: Problem, span: Span): void => {
    const placed = placeProblem(file, problem, span, severities)
    if (placed) report.findings.push(placed)
  }
  if (bytes.length > MAX_FILE_BYTES) {
    const size = Math.round(bytes.length / (1024 * 1024))
    add(
      problem(
        'unreadable-file',
        `the file is ${size} MiB, more than the ${MAX_FILE_BYTES / (1024 * 1024)} MiB a config may have: if it is not a config, add it to exclude`
      ),
      START
    )
    return report
  }
  if (bytes.length === 0) {
    add(
      problem(
        'empty-file',
        'the file is empty: a config holds one JSON object, e.g. {"version": "3.1"}'
      ),
      START
    )
    return report
  }

  const decoded: Decoded = parsed
    ? { ok: true, text: parsed.text, bom: startsWithBom(bytes) }
    : decodeUtf8(bytes)
  if (!decoded.ok) {
    const at = new LineIndex(decoded.prefix).position(decoded.prefix.length)
    const hex = decoded.badByte.toString(16).toUpperCase().padStart(2, '0')
    const message = `byte 0x${hex} at line ${at.line}, column ${at.column} is not UTF-8: save the file as UTF-8`
    add(problem('invalid-utf8', message), {
      ...at,
      endLine: at.line,
      endColumn: at.column + 1
    })
    return report
  }
  if (decoded.bom) {
    const message =
      'the file starts with a UTF-8 byte-order mark: PlugSync tolerates it, but many tools do not; save the file as UTF-8 without BOM'
    add(problem('byte-order-mark', message), START)
  }

  report.source = new LocatedText(decoded.text)
  checkJson(report, report.source, add, parsed)
  if (report.config) checkRules(report, report.source, severities)
  return report
}

/**
 * Checks one config file as discovery or the engine read it (see
 * `readContent`): from its bytes, or from the value of a large file read
 * in pieces, which is read again whole when its findings need the text to
 * be placed. Throws what the file system throws on that second read.
 */
export function checkContent(
  file: string,
  content: FileContent,
  severities: Severities
): FileReport {
  if (!isStreamed(content)) {
    return checkBytes(file, content, severities, takeSniffed(content))
  }
  return checkStreamed(file, content, severities)
}

/**
 * Checks a large file from the value it was read into. A clean config
 * keeps no text: it is read again only if something asks for a place in
 * it. Anything to report is placed by checking the file's bytes again, as
 * for any file: findings are rare, and places need the whole text.
 */
function checkStreamed(
  file: string,
  streamed: StreamedJson,
  severities: Severities
): FileReport {
  const { value, strings, path } = streamed
  const read = (): Buffer => readFileSync(path)
  const shape = measureParsed(value)
  const clean =
    isObject(value) &&
    shape.depth <= MAX_DEPTH &&
    strings === shape.strings &&
    !numbersMayBeInexact(shape.numbers, () => writesTinyNumber(path))
  if (clean) {
    const problems = checkConfig(value).filter(
      (problem) => severityOf(problem, severities) !== undefined
    )
    if (problems.length === 0) {
      return {
        file,
        findings: [],
        entities: entityModes(value),
        config: value,
        source: new LocatedText(() => textOf(read))
      }
    }
  }
  return checkBytes(file, read(), severities)
}

/** The text read again; empty when the file has gone since. */
function textOf(read: () => Buffer): string {
  try {
    return read().toString('utf8')
  } catch {
    return ''
  }
}

/** Parses the text and reports what makes it unusable as a config. */
function checkJson(
  report: FileReport,
  source: LocatedText,
  add: (problem: Problem, span: Span) => void,
  parsed: ParsedText | undefined
): void {
  if (source.text.trim() === '') {
    add(
      problem(
        'empty-file',
        'the file holds only white space: a config holds one JSON object, e.g. {"version": "3.1"}'
      ),
      START
    )
    return
  }

  // The native parser decides quickly whether the text is JSON at all; ours
  // runs only to explain why not.
  let value: unknown = parsed?.value
  try {
    if (parsed === undefined) value = JSON.parse(source.text)
  } catch {
    reportSyntax(source, add)
    return
  }
  const shape = measureParsed(value)
  if (shape.depth > MAX_DEPTH) {
    reportSyntax(source, add)
    return
  }
  if (countStrings(source.text) !== shape.strings) {
    // A duplicate key can replace a value nested too deep, which the parsed
    // value then hides: our parser, which reads every key, still sees it.
    if (!source.parsed.ok) {
      reportSyntax(source, add)
      return
    }
    reportDuplicates(source, add)
  }

  if (!isObject(value)) {
    const found = source.parsed.ok ? source.parsed.json.locate('') : undefined
    const span = found ? source.span(found.value.start, found.value.end) : START
    add(
      problem(
        'not-an-object',
        `the top-level value is ${describe(value)}: a config is one JSON object, e.g. {"version": "3.1", "entities": [], "flows": []}`
      ),
      span
    )
    return
  }
  // The value shows which numbers may have changed in the parse; only then
  // does our parser look at the tokens.
  if (mayHoldInexactNumber(source.text, shape.numbers)) {
    for (const { problem, span } of inexactNumberProblems(source)) {
      add(problem, span)
    }
  }
  report.config = value
}

function reportSyntax(
  source: LocatedText,
  add: (problem: Problem, span: Span) => void
): void {
  const outcome = source.parsed
  if (outcome.ok) return
  const { message, start, end } = outcome.error
  const span = source.span(start, Math.max(end, start + 1))
  if (message.startsWith('nesting deeper')) {
    const advice = `${message}: PlugSync's backend cannot read JSON nested this deep; flatten the structure`
    add(problem('nesting-too-deep', advice), span)
  } else {
    add(problem('invalid-json', message), span)
  }
}

function reportDuplicates(
  source: LocatedText,
  add: (problem: Problem, span: Span) => void
): void {
  if (!source.parsed.ok) return
  for (const duplicate of source.parsed.json.duplicates) {
    const name = JSON.parse(
      source.text.slice(duplicate.key.start, duplicate.key.end)
    ) as string
    const first = source.index.position(duplicate.first.start)
    add(
      {
        rule: 'duplicate-key',
        pointer: duplicate.pointer,
        at: 'key',
        message: `key "${name}" appears twice in this object (first at line ${first.line}, column ${first.column}); JSON readers keep only the last one: remove or merge one of them`
      },
      source.span(duplicate.key.start, duplicate.key.end)
    )
  }
}

/** Runs the schema and the semantic rules and places what they find. */
function checkRules(
  report: FileReport,
  source: LocatedText,
  severities: Severities
): void {
  const config = report.config!
  report.entities = entityModes(config)
  const problems = checkConfig(config)
  appendAll(
    report.findings,
    placeProblems(report.file, source, problems, severities)
  )
}

/**
 * Places problems found by pointer (by the rules, or in a 422 from PlugSync)
 * at their line and column in the file, with their final severity.
 */
export function placeProblems(
  file: string,
  source: LocatedText,
  problems: readonly Problem[],
  severities: Severities = {}
): Finding[] {
  const findings: Finding[] = []
  for (const problem of problems) {
    if (severityOf(problem, severities) === undefined) continue
    const span = source.spanOf(problem.pointer, problem.at)
    findings.push(placeProblem(file, problem, span, severities)!)
  }
  return findings
}

function placeProblem(
  file: string,
  problem: Problem,
  span: Span,
  severities: Severities
): Finding | undefined {
  const severity = severityOf(problem, severities)
  if (severity === undefined) return undefined
  const finding: Finding = {
    rule: problem.rule,
    severity,
    message: problem.message,
    file,
    pointer: problem.pointer,
    ...span
  }
  if (problem.backendMessage !== undefined)
    finding.backendMessage = problem.backendMessage
  if (problem.suggestion !== undefined) finding.suggestion = problem.suggestion
  return finding
}

/** The manifest's level for the rule wins over the problem's and the rule's. */
function severityOf(
  problem: Problem,
  severities: Severities
): Severity | undefined {
  const level = severities[problem.rule]
  if (level === 'off') return undefined
  return level ?? problem.severity ?? ruleInfo(problem.rule).severity
}

function problem(rule: string, message: string): Problem {
  return { rule, message, pointer: '' }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}
