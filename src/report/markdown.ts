/**
 * Makes user text safe inside Markdown prose and table cells: no HTML, no
 * links, emphasis or table breaks can come from a config value or a path,
 * and no `@name` notifies anyone (GitHub links mentions even when escaped,
 * so a word joiner, U+2060, follows each `@`).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '@\u2060')
    .replace(/\r\n|\r|\n/g, ' ')
}

/** Escapes a path or URL part for a Markdown link target. */
export function linkTarget(url: string): string {
  return url.replace(/[()<> ]/g, (c) => encodeURIComponent(c))
}
