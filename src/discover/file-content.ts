import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { startsWithBom } from '../engine/decode.js'
import { JsonStream, JsonStreamError } from '../json/json-stream.js'
import { TextFacts } from '../json/scan.js'

/**
 * Files from this size on are read in pieces and parsed as they are read,
 * so that a large config's text is never held whole next to its value.
 */
export const STREAM_BYTES = 4 * 1024 * 1024

/** How much of a file each read takes: below V8's large-object size. */
const PIECE_BYTES = 64 * 1024

/**
 * A file read in pieces: its `JSON.parse` value and what the engine needs
 * of its text, which was not kept.
 */
export interface StreamedJson {
  value: unknown
  facts: TextFacts
  /** The file's size in bytes. */
  size: number
}

/** A file as discovery and the engine read it: its bytes, or streamed. */
export type FileContent = Buffer | StreamedJson

/** Whether the content was read in pieces. */
export function isStreamed(content: FileContent): content is StreamedJson {
  return !Buffer.isBuffer(content)
}

/**
 * Reads a file: whole when it is smaller than `streamFrom` bytes, else in
 * pieces and parsed. A large file that is not plain UTF-8 JSON (a bad
 * byte, a byte-order mark, a syntax error) is read again whole, so that
 * the engine can say where the problem is. Throws what the file system
 * throws.
 */
export function readContent(
  path: string,
  streamFrom: number = STREAM_BYTES
): FileContent {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    if (size >= streamFrom) {
      const streamed = streamJson(fd, size)
      if (streamed !== undefined) return streamed
    }
    return readFileSync(path)
  } finally {
    closeSync(fd)
  }
}

/** The file's value, or undefined when it is not plain UTF-8 JSON. */
function streamJson(fd: number, size: number): StreamedJson | undefined {
  const buffer = Buffer.allocUnsafe(PIECE_BYTES)
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  const parser = new JsonStream()
  const facts = new TextFacts()
  const take = (piece: string): void => {
    facts.add(piece)
    parser.push(piece)
  }
  try {
    let position = 0
    for (let read; (read = readSync(fd, buffer, 0, PIECE_BYTES, position));) {
      const bytes = buffer.subarray(0, read)
      if (position === 0 && startsWithBom(bytes)) return undefined
      position += read
      take(decoder.decode(bytes, { stream: true }))
    }
    take(decoder.decode())
    return { value: parser.end(), facts, size }
  } catch (error) {
    if (error instanceof JsonStreamError || isDecodingError(error)) {
      return undefined
    }
    throw error
  }
}

function isDecodingError(error: unknown): boolean {
  return (
    (error as NodeJS.ErrnoException).code ===
    'ERR_ENCODING_INVALID_ENCODED_DATA'
  )
}
