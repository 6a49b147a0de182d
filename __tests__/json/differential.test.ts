import { parseJson } from '../../src/json/parse.js'

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const SEEDS = [
  '{"version": "3.1", "entities": [{"name": "a", "schemas": {}}], "n": -1.5e3}',
  '[true, false, null, "a\\"b\\\\", 0, -0.25, 1E+2, {"x": []}]',
  '{"s": "\\u00e9\\ud83d\\ude00😀", "t": "\\n\\t"}'
]
const ALPHABET = [...'{}[]",:. -+0123456789eEtrufalsn\\/\t\n\r\'xuN\u00a0']

function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1))
  const roll = next()
  if (roll < 0.4) return text.slice(0, at) + text.slice(at + 1)
  const char = ALPHABET[Math.floor(next() * ALPHABET.length)]!
  if (roll < 0.7) return text.slice(0, at) + char + text.slice(at)
  return text.slice(0, at) + char + text.slice(at + 1)
}

function parsesWithJsonParse(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('parseJson against JSON.parse', () => {
  test('accepts exactly the texts JSON.parse accepts, with the same value', () => {
    const next = random(20240611)
    const disagreements: string[] = []
    for (let round = 0; round < 6000; round++) {
      let text = SEEDS[round % SEEDS.length]!
      const mutations = 1 + Math.floor(next() * 3)
      for (let m = 0; m < mutations; m++) text = mutate(text, next)
      const outcome = parseJson(text)
      if (outcome.ok !== parsesWithJsonParse(text)) disagreements.push(text)
      else if (outcome.ok) {
        expect(outcome.json.value).toStrictEqual(JSON.parse(text))
      }
    }
    expect(disagreements).toEqual([])
  })

  test('places every error inside the text', () => {
    const next = random(7)
    for (let round = 0; round < 2000; round++) {
      const text = mutate(mutate(SEEDS[0]!, next), next)
      const outcome = parseJson(text)
      if (outcome.ok) continue
      const { start, end, message } = outcome.error
      expect(start).toBeGreaterThanOrEqual(0)
      expect(end).toBeGreaterThanOrEqual(start)
      expect(end).toBeLessThanOrEqual(text.length)
      expect(message).not.toBe('')
    }
  })
})
