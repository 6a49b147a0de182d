import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { startsWithBom } from '../engine/decode.js'
import { MAX_DEPTH } from '../engine/located-text.js'
import { JsonStream, JsonStreamError } from '../json/json-stream.js'
import { StringCount, TinyNumberSearch } from '../json/scan.js'

/**
 * Files from this size on are read in pieces and parsed as they are read,
 * so that a large config's text is never held whole next to its value.
 */
export const STREAM_BYTES = 4 * 1024 * 1024

/**
 * The largest file the checker reads. A JavaScript string holds at most
 * about 512 MiB, and a config a quarter of that size is not a config.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024

/** What Node's decoder puts for a byte that is not UTF-8. */
const REPLACEMENT = '\uFFFD'

/** How much of a file each read takes: below V8's large-object size. */
const PIECE_BYTES = 64 * 1024

/**
 * A file read in pieces: its `JSON.parse` value and what the engine needs
 * of its text, which was not kept.
 */
export interface StreamedJson {
  /** The file's path, to read it again. */
  path: string
  value: unknown
  /** The strings of the text, to compare with the value's. */
  strings: number
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
    // A file over the cap is read whole, for the engine to refuse.
    if (size >= streamFrom && size <= MAX_FILE_BYTES) {
      const streamed = streamJson(path, fd)
      if (streamed !== undefined) return streamed
    }
    // Reads at explicit positions left the file's offset at its start.
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * The file's value, or undefined when it is not plain UTF-8 JSON. Node's
 * own decoder is several times faster than a strict TextDecoder; it turns
 * a bad byte into U+FFFD, which sends the file to the whole-text path, as
 * does a U+FFFD written in the file, which is rare.
 */
function streamJson(path: string, fd: number): StreamedJson | undefined {
  // Deeper than the backend reads is reported from the whole text.
  const parser = new JsonStream(MAX_DEPTH)
  const strings = new StringCount()
  try {
    const read = eachPiece(fd, (piece) => {
      strings.add(piece)
      parser.push(piece)
    })
    if (!read) return undefined
    return { path, value: parser.end(), strings: strings.strings }
  } catch (error) {
    if (error instanceof JsonStreamError) return undefined
    throw error
  }
}

/**
 * Whether a file read in pieces writes a number so small that it may have
 * read as zero (see `mayHoldInexactNumber`). Asked only of a file whose
 * value holds a zero, so that the search costs nothing otherwise. Throws
 * what the file system throws.
 */
export function writesTinyNumber(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const search = new TinyNumberSearch()
    // A file changed since into one not read in pieces goes to the whole
    // text, as if it did.
    const read = eachPiece(fd, (piece) => search.add(piece))
    return !read || search.writesTinyNumber
  } finally {
    closeSync(fd)
  }
}

/**
 * Hands the file's text to `take` in pieces; false, having stopped, at a
 * byte-order mark or a piece that holds U+FFFD.
 */
function eachPiece(fd: number, take: (piece: string) => void): boolean {
  const buffer = Buffer.allocUnsafe(PIECE_BYTES)
  const decoder = new StringDecoder('utf8')
  const give = (piece: string): boolean => {
    if (piece.includes(REPLACEMENT)) return false
    take(piece)
    return true
  }
  let position = 0
  for (let read; (read = readSync(fd, buffer, 0, PIECE_BYTES, position));) {
    const bytes = buffer.subarray(0, read)
    if (position === 0 && startsWithBom(bytes)) return false
    position += read
    if (!give(decoder.write(bytes))) return false
  }
  return give(decoder.end())
}
