import {
  backoffDelay,
  parseRetryAfter,
  RETRY_STATUSES
} from '../../src/plugsync/retry.js'

describe('backoffDelay', () => {
  it('doubles from 500 ms with equal jitter, capped at 8 s', () => {
    const low = [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, () => 0))
    const high = [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, () => 1))
    expect(low).toEqual([250, 500, 1000, 2000, 4000, 4000])
    expect(high).toEqual([500, 1000, 2000, 4000, 8000, 8000])
  })
})

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('12')).toBe(12000)
    expect(parseRetryAfter(' 0 ')).toBe(0)
  })

  it('reads an HTTP date relative to now, never below zero', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30000)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0)
  })

  it('gives undefined for an absent or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeUndefined()
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter('-5')).toBeUndefined()
  })
})

describe('RETRY_STATUSES', () => {
  it('are the statuses the contract calls transient', () => {
    expect([...RETRY_STATUSES]).toEqual([429, 500, 502, 503, 504])
  })
})
