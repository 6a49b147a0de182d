import type { Finding } from '../findings/finding.js'

/**
 * The full text of a finding's message: our words, then the backend's own
 * wording where it has one, so authors can match what the dashboard says.
 * Control characters are shown as escapes, never sent as they are: the
 * backend's wording quotes config values raw, and an ESC or BEL from a
 * config must not reach a terminal or a log.
 */
export function fullMessage(finding: Finding): string {
  const message = visibleText(finding.message)
  if (finding.backendMessage === undefined) return message
  const backend = visibleText(finding.backendMessage)
  if (message.includes(backend)) return message
  return `${message} (PlugSync says: ${backend})`
}

/**
 * Text with its control characters (C0 but tab, DEL, C1) and the bidi
 * controls that can reorder what a reader sees written as `\u{...}`.
 */
export function visibleText(text: string): string {
  return text.replace(
    // Matching control characters is the point here.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`
  )
}

/** `1 step`, `3 steps`; `many` for irregular plurals (`entities`). */
export function countOf(
  count: number,
  noun: string,
  many = `${noun}s`
): string {
  return `${count} ${count === 1 ? noun : many}`
}

/** `3 errors`, `1 warning`, `no notices`. */
export function plural(count: number, noun: string): string {
  if (count === 0) return `no ${noun}s`
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** `3 errors, 1 warning and 2 notices`, leaving out the zero counts. */
export function countsText(counts: {
  error: number
  warning: number
  notice: number
}): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity))
  if (parts.length === 0) return 'no findings'
  if (parts.length === 1) return parts[0]!
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}
