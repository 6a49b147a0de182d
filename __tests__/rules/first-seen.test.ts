import { FirstSeen } from '../../src/rules/first-seen.js'

describe('FirstSeen', () => {
  it('answers -1 for a new string and the first index for a repeat', () => {
    const seen = new FirstSeen()
    expect(seen.firstIndex('name', 0)).toBe(-1)
    expect(seen.firstIndex('email', 2)).toBe(-1)
    expect(seen.firstIndex('name', 3)).toBe(0)
    expect(seen.firstIndex('name', 5)).toBe(0)
    expect(seen.firstIndex('email', 7)).toBe(2)
  })

  it('keeps the first indexes when a long list moves to a map', () => {
    const seen = new FirstSeen()
    const answers: number[] = []
    for (let i = 0; i < 100; i++) answers.push(seen.firstIndex(`t${i}`, i * 2))
    expect(answers.every((answer) => answer === -1)).toBe(true)
    expect(seen.firstIndex('t0', 500)).toBe(0)
    expect(seen.firstIndex('t32', 501)).toBe(64)
    expect(seen.firstIndex('t33', 502)).toBe(66)
    expect(seen.firstIndex('t99', 503)).toBe(198)
    expect(seen.firstIndex('t100', 504)).toBe(-1)
    expect(seen.firstIndex('t100', 505)).toBe(504)
  })

  it('tells apart strings that differ only past their first character', () => {
    const seen = new FirstSeen()
    expect(seen.firstIndex('properties.a', 0)).toBe(-1)
    expect(seen.firstIndex('properties.b', 1)).toBe(-1)
    expect(seen.firstIndex('', 2)).toBe(-1)
    expect(seen.firstIndex('', 3)).toBe(2)
  })

  it('stays linear on a list of 1,000,000 distinct strings', () => {
    // Linear, this takes about a second. Quadratic, it would be 500 billion
    // comparisons, hours in one synchronous loop that no timeout stops: the
    // run would never finish. At 100,000 strings (the test before) it would
    // have been 5 billion, seconds, and passed.
    const seen = new FirstSeen()
    let repeats = 0
    for (let i = 0; i < 1_000_000; i++) {
      if (seen.firstIndex(`target${i}`, i) !== -1) repeats++
    }
    expect(repeats).toBe(0)
  })
})
