import {
  EXACT_NUMBER_LENGTH,
  numberAsSent,
  numberLoss
} from '../../src/json/number-loss.js'
import { parseJson } from '../../src/json/parse.js'
import { mayHoldInexactNumber, measureParsed } from '../../src/json/scan.js'

const ZEROS = '0'.repeat(400)

describe('numberLoss', () => {
  test.each([
    ['12345678901234567890123', 'rounded'],
    ['-12345678901234567890123', 'rounded'],
    ['9007199254740993', 'rounded'],
    ['123456789012345678901', 'rounded'],
    ['1180591620717411303424', 'notation'],
    ['1000000000000000000000', 'notation'],
    ['1e400', 'overflow'],
    ['-1e999', 'overflow'],
    ['1' + ZEROS, 'overflow'],
    ['1e-400', 'underflow'],
    ['-2.5E-400', 'underflow'],
    ['0.' + ZEROS + '1', 'underflow'],
    ['0.0001e-999', 'underflow']
  ])('finds that %s is %s', (token, loss) => {
    expect(numberLoss(token)).toBe(loss)
  })

  test.each([
    ['1152921504606846976'],
    ['-1152921504606846976'],
    ['9007199254740991'],
    ['9007199254740992'],
    ['100000000000000000000'],
    ['3.141592653589793238'],
    ['12345678901234567890123.5'],
    ['12345678901234567890123e0'],
    ['1e22'],
    ['1e308'],
    ['5e-324'],
    ['1e-300'],
    ['0e5'],
    ['0.0'],
    ['-0'],
    ['0.' + ZEROS + 'e9'],
    ['42']
  ])('finds nothing lost in %s', (token) => {
    expect(numberLoss(token)).toBeUndefined()
  })

  test('agrees with JSON.parse and BigInt on the integers around 2^53', () => {
    for (let offset = -3n; offset <= 3n; offset++) {
      const token = (2n ** 53n + offset).toString()
      const exact = BigInt(JSON.parse(token) as number) === BigInt(token)
      expect([token, numberLoss(token)]).toEqual([
        token,
        exact ? undefined : 'rounded'
      ])
    }
  })

  test('finds nothing lost in any token of the exact length', () => {
    const longest = '9'.repeat(EXACT_NUMBER_LENGTH)
    expect(numberLoss(longest)).toBeUndefined()
    expect(numberLoss(`-${longest}`)).toBeUndefined()
    expect(numberLoss(`0.${'0'.repeat(EXACT_NUMBER_LENGTH - 3)}1`)).toBe(
      undefined
    )
  })
})

describe('numberAsSent', () => {
  test.each([
    ['12345678901234567890123', '1.2345678901234568e+22'],
    ['123456789012345678901', '123456789012345680000'],
    ['1e400', 'null'],
    ['-1e-400', '0']
  ])('writes %s as %s', (token, sent) => {
    expect(numberAsSent(token)).toBe(sent)
  })
})

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** A valid JSON number token with long digit runs and wild exponents. */
function numberToken(next: () => number): string {
  const digits = (most: number, leading = '') =>
    leading +
    Array.from({ length: 1 + Math.floor(next() * most) }, () =>
      Math.floor(next() * 10)
    ).join('')
  let token = next() < 0.3 ? '-' : ''
  if (next() < 0.1) {
    // An integer a double holds exactly: 53 bits, shifted left.
    const bits = BigInt(1 + Math.floor(next() * 2 ** 53))
    return token + String(bits << BigInt(Math.floor(next() * 80)))
  }
  token += next() < 0.3 ? '0' : String(1 + Math.floor(next() * 9)) + digits(28)
  if (next() < 0.4) {
    const zeros = next() < 0.2 ? '0'.repeat(Math.floor(next() * 400)) : ''
    token += '.' + digits(20, zeros)
  }
  if (next() < 0.5) {
    token += (next() < 0.5 ? 'e' : 'E') + ['', '+', '-'][Math.floor(next() * 3)]
    token += digits(4)
  }
  return token
}

describe('the number checks of the scan and the parser', () => {
  test('agree with numberLoss on every token, and the fast check misses none', () => {
    const next = random(20260101)
    const missed: string[] = []
    const seen = new Map<string, number>()
    for (let round = 0; round < 20_000; round++) {
      const token = numberToken(next)
      const text = `{"n": [${token}]}`
      const loss = numberLoss(token)
      seen.set(loss ?? 'none', (seen.get(loss ?? 'none') ?? 0) + 1)
      const parsed = parseJson(text)
      if (!parsed.ok) throw new Error(`${token}: ${parsed.error.message}`)
      const found = parsed.json.inexactNumbers.map((n) => n.loss)
      const value: unknown = JSON.parse(text)
      const suspected = mayHoldInexactNumber(text, measureParsed(value).numbers)
      if (found.join() !== (loss ?? '') || (loss && !suspected)) {
        missed.push(token)
      }
    }
    expect(missed).toEqual([])
    // Every kind of loss, and tokens without any, were tried many times.
    expect([...seen.keys()].sort()).toEqual([
      'none',
      'notation',
      'overflow',
      'rounded',
      'underflow'
    ])
    expect(Math.min(...seen.values())).toBeGreaterThan(100)
  })
})
