/**
 * Makes text safe for the runner's log: a line of a log message that
 * begins with `::` would be read as a workflow command, so text that came
 * from a config, a manifest or PlugSync could forge an annotation or an
 * output. Such a line gets a zero-width space between its two colons.
 * (`@actions/core` escapes annotations and debug lines itself; plain info
 * lines it writes as they are.)
 */
export function safeLogText(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1:\u200b')
}
