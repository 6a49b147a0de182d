import { cleanText } from './value-format.js'

/**
 * A Markdown code span that shows `content` literally, whatever backticks
 * it holds: the delimiter is one backtick longer than the longest run
 * inside, padded with spaces when the content starts or ends with one
 * (CommonMark strips one space from each side).
 */
export function codeSpan(content: string): string {
  const fence = '`'.repeat(longestBacktickRun(content) + 1)
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : ''
  return fence + pad + content + pad + fence
}

/** A code fence longer than any backtick run in the content (at least 3). */
export function codeFence(content: string): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(content) + 1))
}

/**
 * Escapes a short name (a connector's) for Markdown, cut to a readable
 * length (`src/report/markdown.ts` escapes whole messages): every ASCII
 * punctuation character gets a backslash, which CommonMark allows for all
 * of them, so no emphasis, link, HTML tag or entity can form. GitHub links
 * `@name` in plain text even when escaped, and would notify that user, so
 * a word joiner (U+2060) follows each `@`. Unsafe characters become U+FFFD
 * and the text is cut to a readable length.
 */
export function escapeName(text: string): string {
  return cleanText(text)
    .replace(/[!-/:-@[-`{-~]/g, '\\$&')
    .replace(/@/g, '@\u2060')
}

/** The length of the longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
  let longest = 0
  for (const run of text.match(/`+/g) ?? []) {
    longest = Math.max(longest, run.length)
  }
  return longest
}
