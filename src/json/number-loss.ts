/**
 * How `JSON.parse` changes a number written in JSON, when the change
 * matters to a reader that keeps integers exactly and reads the rest as
 * doubles (PlugSync's Python backend):
 * - `rounded`: an integer a double cannot hold, 12345678901234567890123;
 * - `notation`: an integer of 22 digits or more that a double holds, but
 *   that `JSON.stringify` writes in exponent notation, which Python reads
 *   as a float;
 * - `overflow`: beyond the largest double, 1e400 becomes Infinity (and
 *   `JSON.stringify` writes null);
 * - `underflow`: nonzero, but below the smallest double, 1e-400 becomes 0.
 */
export type NumberLoss = 'rounded' | 'notation' | 'overflow' | 'underflow'

/**
 * A number token with at most this many characters, its sign aside, and no
 * exponent is always carried exactly: no integer of 15 digits passes
 * `Number.MAX_SAFE_INTEGER`, and no such decimal overflows or underflows.
 */
export const EXACT_NUMBER_LENGTH = 15

const INTEGER = /^-?\d+$/
const NONZERO_DIGIT = /[1-9]/

/**
 * What `JSON.parse` loses of a valid JSON number token, or undefined when
 * it loses nothing that matters. A decimal fraction with more digits than a
 * double keeps (3.141592653589793238) loses nothing that matters: Python
 * reads it as the same double.
 */
export function numberLoss(token: string): NumberLoss | undefined {
  const value = Number(token)
  if (!Number.isFinite(value)) return 'overflow'
  if (value === 0) {
    const mantissa = token.split(/[eE]/, 1)[0]!
    return NONZERO_DIGIT.test(mantissa) ? 'underflow' : undefined
  }
  if (Math.abs(value) <= Number.MAX_SAFE_INTEGER || !INTEGER.test(token)) {
    return undefined
  }
  if (BigInt(token) !== BigInt(value)) return 'rounded'
  // Number#toString, and so JSON.stringify, switches to exponent notation
  // at 1e21.
  return Math.abs(value) >= 1e21 ? 'notation' : undefined
}

/** What `JSON.stringify` writes for the value `JSON.parse` reads. */
export function numberAsSent(token: string): string {
  return JSON.stringify(Number(token))
}
