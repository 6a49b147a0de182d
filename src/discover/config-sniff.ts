import { isObject } from '../config/normalise.js'
import { isStreamed, type FileContent } from './file-content.js'

/** What a `.json` file found by content turns out to be. */
export type SniffResult = 'config' | 'other' | 'unparsable'

const decoder = new TextDecoder('utf-8', { fatal: true })

/** A file's text and its `JSON.parse` value, as the sniff made them. */
export interface SniffedJson {
  text: string
  value: unknown
}

// The engine parses every config it checks; handing it the sniff's parse
// halves the parsing of a repository searched by content. Keyed by the very
// bytes, so nothing outlives them.
const sniffed = new WeakMap<Uint8Array, SniffedJson>()

/**
 * Tells a connector config from other JSON: a JSON object with a `version`
 * key and an `entities` or `flows` key. A file that is not UTF-8 or not
 * JSON is `unparsable`: nobody can tell whether it was meant to be a config.
 */
export function sniffConfig(bytes: Uint8Array): SniffResult {
  let text: string
  let value: unknown
  try {
    text = decoder.decode(bytes)
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return 'unparsable'
  }
  if (!isConfigShaped(value)) return 'other'
  // A second byte-order mark makes the engine's text differ: it parses that.
  if (text.charCodeAt(0) !== 0xfeff) sniffed.set(bytes, { text, value })
  return 'config'
}

/**
 * Tells a config from other JSON by its content, like `sniffConfig`, for a
 * file read in pieces and parsed as it was read.
 */
export function sniffContent(content: FileContent): SniffResult {
  if (!isStreamed(content)) return sniffConfig(content)
  return isConfigShaped(content.value) ? 'config' : 'other'
}

/** A JSON object with a `version` key and an `entities` or `flows` key. */
function isConfigShaped(value: unknown): boolean {
  if (!isObject(value) || !Object.hasOwn(value, 'version')) return false
  return Object.hasOwn(value, 'entities') || Object.hasOwn(value, 'flows')
}

/**
 * The text (after a byte-order mark) and value that `sniffConfig` parsed
 * from these bytes, when it found a config in them; handed over once.
 */
export function takeSniffed(bytes: Uint8Array): SniffedJson | undefined {
  const found = sniffed.get(bytes)
  sniffed.delete(bytes)
  return found
}
