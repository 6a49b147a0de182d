import type { ChangeCategory } from './change.js'
import { changeCategory } from './change.js'
import { describeChange, type Part } from './changelog.js'
import type { ConfigDiff } from './config-diff.js'
import { codeFence, codeSpan, escapeName } from './markdown.js'
import { cleanText, escapeUnsafe } from './value-format.js'
import { countOf } from '../report/describe.js'

/** The connector a diff belongs to, as the headline names it. */
export interface ConnectorRef {
  name: string
  id: string
  environment?: string
}

/** Options of the Markdown rendering. */
export interface MarkdownOptions {
  /** The published version diffed against; null if none. */
  activeVersion: number | null
  /** The unified diff of the normalised configs, shown folded. */
  unified?: string
  /** Lines unifiedDiff's `maxLines` already left out of `unified`. */
  unifiedOmitted?: number
  /** The most characters (UTF-16 code units) the result may have. */
  maxChars: number
  /** False when findings keep merging from publishing this config. */
  publishable?: boolean
}

/** Options of the terminal rendering. */
export interface TextOptions {
  /** Colour with ANSI escapes (only when the output is a colour terminal). */
  color: boolean
  activeVersion: number | null
  /** False when findings keep merging from publishing this config. */
  publishable?: boolean
}

/**
 * Renders a connector's diff as Markdown for a pull request comment: a
 * headline that is always kept, the changelog as a list, then the unified
 * diff folded in `<details>`. Never longer than `maxChars`: the changelog,
 * then the unified diff, are cut first, each saying how much was left out.
 */
export function renderDiffMarkdown(
  connector: ConnectorRef,
  diff: ConfigDiff,
  options: MarkdownOptions
): string {
  const headline = `${markdownLabel(connector)}: ${summary(diff, options)}`
  if (headline.length >= options.maxChars) {
    return cutUnits(headline, options.maxChars)
  }

  const unified = diff.unchanged ? '' : (options.unified ?? '')
  const diffLines = unified === '' ? [] : unified.split('\n')
  const totalLines = diffLines.length + (options.unifiedOmitted ?? 0)
  const foldNote = totalLines > 0 ? leftOutNote(totalLines) : ''

  // The changelog comes first, leaving room to say the diff was left out.
  const changelogRoom = options.maxChars - headline.length - foldNote.length
  const body = headline + changelog(diff, changelogRoom)

  const room = options.maxChars - body.length
  const folded = fold(diffLines, totalLines, room)
  if (folded !== undefined) return body + folded
  return foldNote.length <= room ? body + foldNote : body
}

/**
 * Renders a connector's diff for a terminal: the headline, then one line
 * per change marked `+`, `-`, `~` or `>` (moved), coloured only on request.
 */
export function renderDiffText(
  connector: ConnectorRef,
  diff: ConfigDiff,
  options: TextOptions
): string {
  const paint = options.color ? ansi : (_: string, text: string) => text
  const label = cleanText(connector.name) + ` (${connectorPlace(connector)})`
  const lines = [paint(BOLD, `${label}: ${summary(diff, options)}`)]
  for (const change of diff.changes) {
    const category = changeCategory(change.kind)
    const line = `${MARKS[category]} ${textParts(describeChange(change))}`
    lines.push('  ' + paint(COLOURS[category], line))
  }
  return lines.join('\n')
}

/** The headline after the connector's name. */
function summary(
  diff: ConfigDiff,
  options: { activeVersion: number | null; publishable?: boolean }
): string {
  if (diff.firstPublish) {
    const count = (kind: string) =>
      diff.changes.filter((change) => change.kind === kind).length
    const entities = countOf(count('entity-added'), 'entity', 'entities')
    const flows = countOf(count('flow-added'), 'flow')
    const merging =
      options.publishable === false ? 'all new' : 'merging publishes v1'
    return `never published: ${merging} (${entities}, ${flows})`
  }
  const against =
    options.activeVersion === null
      ? 'the published version'
      : `published v${options.activeVersion}`
  if (diff.unchanged) return `no change against ${against}`
  const totals = CATEGORIES.filter((category) => diff.counts[category] > 0)
    .map((category) => `${diff.counts[category]} ${category}`)
    .join(', ')
  return `${totals}, against ${against}`
}

const CATEGORIES: readonly ChangeCategory[] = [
  'added',
  'removed',
  'changed',
  'moved'
]

/** "**compass** (cn_123, production)" */
function markdownLabel(connector: ConnectorRef): string {
  const place = connectorPlace(connector, escapeName)
  return `**${escapeName(connector.name)}** (${place})`
}

/** "cn_123" or "cn_123, production", each part made safe by `clean`. */
function connectorPlace(
  connector: ConnectorRef,
  clean: (text: string) => string = cleanText
): string {
  const { id, environment } = connector
  return environment ? `${clean(id)}, ${clean(environment)}` : clean(id)
}

/**
 * The changelog list, as many lines as fit in `room` characters, then a
 * line saying how many were left out. Empty when not even that fits.
 */
function changelog(diff: ConfigDiff, room: number): string {
  const lines = diff.changes.map(
    (change) => '- ' + markdownParts(describeChange(change))
  )
  if (lines.length === 0) return ''
  const whole = '\n\n' + lines.join('\n')
  if (whole.length <= room) return whole

  const reserve = `\n- … ${lines.length} more changes left out`.length
  let text = '\n\n'
  let kept = 0
  for (const line of lines) {
    const next = (kept === 0 ? '' : '\n') + line
    if (text.length + next.length + reserve > room) break
    text += next
    kept++
  }
  const note = `- … ${lines.length - kept} more changes left out`
  text += (kept === 0 ? '' : '\n') + note
  return text.length <= room ? text : ''
}

/**
 * The unified diff folded in `<details>`, with as many lines as fit in
 * `room`; undefined when not even one line fits.
 */
function fold(
  lines: readonly string[],
  totalLines: number,
  room: number
): string | undefined {
  if (lines.length === 0) return undefined
  const raw = lines.join('\n')
  const fence = codeFence(raw)
  const count = countOf(totalLines, 'line')
  const summary = `Unified diff of the normalised config (${count})`
  const open = `\n\n<details><summary>${summary}</summary>\n\n${fence}diff\n`
  const close = (omitted: number) => {
    const note = omitted > 0 ? `\n\n… ${omitted} more lines left out` : ''
    return `\n${fence}${note}\n\n</details>`
  }

  // Escaping only lengthens a line, so a raw text too long cannot fit.
  if (open.length + raw.length + close(0).length <= room) {
    const whole = lines.map(escapeUnsafe).join('\n')
    const complete = open + whole + close(totalLines - lines.length)
    if (complete.length <= room) return complete
  }

  const body = fitLines(lines, room - open.length - close(totalLines).length)
  if (body.kept === 0) return undefined
  return open + body.text + close(totalLines - body.kept)
}

/** As many whole lines as fit in `room` characters, joined. */
function fitLines(
  lines: readonly string[],
  room: number
): { text: string; kept: number } {
  let text = ''
  let kept = 0
  for (const line of lines) {
    const next = (kept === 0 ? '' : '\n') + escapeUnsafe(line)
    if (text.length + next.length > room) break
    text += next
    kept++
  }
  return { text, kept }
}

/** "_Unified diff left out: 1234 lines._" */
function leftOutNote(totalLines: number): string {
  return `\n\n_Unified diff left out: ${countOf(totalLines, 'line')}._`
}

/** Joins parts for Markdown: values in code spans, wording as is. */
function markdownParts(parts: readonly Part[]): string {
  return parts
    .map((part) => ('code' in part ? codeSpan(part.code) : part.text))
    .join('')
}

/** Joins parts for a terminal: values in backticks. */
function textParts(parts: readonly Part[]): string {
  return parts
    .map((part) => ('code' in part ? '`' + part.code + '`' : part.text))
    .join('')
}

/** Cuts text to at most `limit` UTF-16 units without splitting a pair. */
function cutUnits(text: string, limit: number): string {
  if (text.length <= limit) return text
  if (limit <= 0) return ''
  let end = limit - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return text.slice(0, end) + '…'
}

const BOLD = '1'
const MARKS: Record<ChangeCategory, string> = {
  added: '+',
  removed: '-',
  changed: '~',
  moved: '>'
}
const COLOURS: Record<ChangeCategory, string> = {
  added: '32',
  removed: '31',
  changed: '33',
  moved: '36'
}

/** Wraps text in an ANSI colour escape and a reset. */
function ansi(code: string, text: string): string {
  return `\u001b[${code}m${text}\u001b[0m`
}
