import { capSummary, SUMMARY_BYTES } from '../../src/report/summary-cap.js'

const NOTE =
  "\n\n… the summary was cut at GitHub's size limit: the JSON report (output `report`) has every finding.\n"

describe('capSummary', () => {
  it('keeps a summary within the limit as it is', () => {
    const markdown = `${'a'.repeat(SUMMARY_BYTES - 1)}\n`
    expect(capSummary(markdown)).toBe(markdown)
  })

  it('counts bytes, not characters: cuts non-ASCII text at a whole line', () => {
    // 400,000 characters, 1,200,000 bytes in UTF-8.
    const line = `| ${'設定'.repeat(48)} |\n`
    const markdown = line.repeat(Math.ceil(400_000 / line.length))
    expect(markdown.length).toBeLessThan(SUMMARY_BYTES)
    const capped = capSummary(markdown)
    const kept = capped.slice(0, -NOTE.length)
    expect(capped.endsWith(NOTE)).toBe(true)
    expect(Buffer.byteLength(kept)).toBeLessThanOrEqual(SUMMARY_BYTES)
    // Whole lines only, as many as fit.
    const lineBytes = Buffer.byteLength(line)
    const lines = Math.floor(SUMMARY_BYTES / lineBytes)
    expect(kept).toBe(line.repeat(lines).slice(0, -1))
  })
})
