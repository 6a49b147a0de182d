import type { Finding } from '../findings/finding.js'

/**
 * The full text of a finding's message: our words, then the backend's own
 * wording where it has one, so authors can match what the dashboard says.
 */
export function fullMessage(finding: Finding): string {
  if (finding.backendMessage === undefined) return finding.message
  if (finding.message.includes(finding.backendMessage)) return finding.message
  return `${finding.message} (PlugSync says: ${finding.backendMessage})`
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
