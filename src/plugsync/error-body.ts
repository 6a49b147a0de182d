/**
 * How many bytes of a failed answer's body the client reads. A 422's list
 * of problems and the start a message quotes both fit with room to spare,
 * while a huge or endless error page costs neither the memory nor the time
 * to download it.
 */
export const ERROR_BODY_LIMIT = 64 * 1024

/** The start of a body, and whether more of it was left unread. */
export interface BodyStart {
  text: string
  truncated: boolean
}

/**
 * Reads a body up to `limit` bytes and cancels the rest of the stream, so
 * the connection is closed instead of draining a body nobody will read. A
 * character cut in half by the limit is left out rather than garbled.
 */
export async function readBodyStart(
  response: Response,
  limit: number = ERROR_BODY_LIMIT
): Promise<BodyStart> {
  if (response.body === null) return { text: '', truncated: false }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return { text: text + decoder.decode(), truncated: false }

    const room = limit - bytes
    if (value.byteLength > room) {
      text += decoder.decode(value.subarray(0, room), { stream: true })
      await reader.cancel()
      return { text, truncated: true }
    }
    bytes += value.byteLength
    text += decoder.decode(value, { stream: true })
  }
}
