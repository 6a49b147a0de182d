import { visibleText } from '../report/describe.js'

/**
 * Makes text safe for the runner's log: a line of a log message that
 * begins with `::` would be read as a workflow command, so text that came
 * from a config, a manifest or PlugSync could forge an annotation or an
 * output. Such a line gets a zero-width space between its two colons.
 * (`@actions/core` escapes annotations and debug lines itself; plain info
 * lines it writes as they are.)
 */
export function safeLogText(text: string): string {
  return printable(text).replace(/^(\s*):(?=:)/gm, '$1:\u200b')
}

/**
 * Text with its control characters and bidi controls written as `\u{...}`,
 * line by line (see visibleText): the log shows terminal escapes, so a file
 * or connector name could otherwise clear it, recolour it or reorder what
 * it shows. The line breaks stay: messages have lines.
 */
export function printable(text: string): string {
  return text.split('\n').map(visibleText).join('\n')
}
