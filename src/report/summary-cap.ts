/**
 * GitHub refuses a job summary over 1 MiB, counted in UTF-8 bytes: a
 * summary of non-ASCII names is up to three times its length in bytes.
 * Stay well under it.
 */
export const SUMMARY_BYTES = 900_000

const LINE_FEED = 0x0a

/**
 * The job summary, cut at its last whole line within SUMMARY_BYTES when it
 * is longer, with a note that says where every finding is.
 */
export function capSummary(markdown: string): string {
  if (Buffer.byteLength(markdown) <= SUMMARY_BYTES) return markdown
  // A line feed is a byte no other character's encoding holds, so a cut
  // before one never splits a character.
  const bytes = Buffer.from(markdown)
  const cut = bytes.lastIndexOf(LINE_FEED, SUMMARY_BYTES)
  return `${bytes.subarray(0, Math.max(cut, 0)).toString()}\n\n… the summary was cut at GitHub's size limit: the JSON report (output \`report\`) has every finding.\n`
}
