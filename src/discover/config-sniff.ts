import { isObject } from '../config/normalise.js'

/** What a `.json` file found by content turns out to be. */
export type SniffResult = 'config' | 'other' | 'unparsable'

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Tells a connector config from other JSON: a JSON object with a `version`
 * key and an `entities` or `flows` key. A file that is not UTF-8 or not
 * JSON is `unparsable`: nobody can tell whether it was meant to be a config.
 */
export function sniffConfig(bytes: Uint8Array): SniffResult {
  let value: unknown
  try {
    const text = decoder.decode(bytes)
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return 'unparsable'
  }
  if (!isObject(value) || !Object.hasOwn(value, 'version')) return 'other'
  const hasWork =
    Object.hasOwn(value, 'entities') || Object.hasOwn(value, 'flows')
  return hasWork ? 'config' : 'other'
}
