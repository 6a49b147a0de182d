import { JsonStream, JsonStreamError } from '../json/json-stream.js'
import { ERROR_BODY_LIMIT, type BodyStart } from './error-body.js'

/** A success body, parsed as it arrived. */
export interface JsonBody extends BodyStart {
  /** The parsed body; absent when the body is not JSON or was cut off. */
  parsed?: { value: unknown }
}

/**
 * Reads a success body up to `limit` bytes, parsing it as it arrives, so
 * that a config of megabytes is never held as text next to its value.
 * Keeps the start of the text, which is all a message quotes; stops at the
 * first byte that shows the body is not JSON, or beyond the limit.
 */
export async function readJsonBody(
  response: Response,
  limit: number
): Promise<JsonBody> {
  if (response.body === null) return { text: '', truncated: false }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const parser = new JsonStream()
  let start = ''
  let bytes = 0
  const take = (piece: string): void => {
    if (start.length < ERROR_BODY_LIMIT) {
      start += piece.slice(0, ERROR_BODY_LIMIT - start.length)
    }
    parser.push(piece)
  }
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      bytes += value.byteLength
      if (bytes > limit) {
        await reader.cancel()
        return { text: start, truncated: true }
      }
      take(decoder.decode(value, { stream: true }))
    }
    take(decoder.decode())
    return { text: start, truncated: false, parsed: { value: parser.end() } }
  } catch (error) {
    if (!(error instanceof JsonStreamError)) throw error
    await reader.cancel()
    return { text: start, truncated: false }
  }
}
