/**
 * Makes user text safe inside Markdown prose and table cells: no HTML, no
 * links, emphasis or table breaks can come from a config value or a path.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ')
}

/** Escapes a path or URL part for a Markdown link target. */
export function linkTarget(url: string): string {
  return url.replace(/[()<> ]/g, (c) => encodeURIComponent(c))
}
