import {
  atMost,
  growth,
  median,
  medianAtMost,
  medianInterval,
  memoryMultiple,
  overhead,
  pairedRatios,
  ratio,
  summarise
} from '../../bench/stats.js'

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5)
    expect(median([7])).toBe(7)
  })

  it('takes the mean of the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('leaves the samples in their order', () => {
    const samples = [3, 1, 2]
    median(samples)
    expect(samples).toEqual([3, 1, 2])
  })

  it('refuses no samples', () => {
    expect(() => median([])).toThrow('median of no samples')
  })
})

describe('summarise', () => {
  it('gives the median, the smallest and largest sample and the count', () => {
    expect(summarise([30, 10, 20, 50])).toEqual({
      median: 25,
      min: 10,
      max: 50,
      runs: 4
    })
  })
})

describe('ratio', () => {
  it('divides a figure by its floor', () => {
    expect(ratio(750, 250)).toBe(3)
    expect(ratio(100, 400)).toBe(0.25)
  })

  it('refuses a floor that is not positive', () => {
    expect(() => ratio(5, 0)).toThrow('the floor must be positive, not 0')
    expect(() => ratio(5, NaN)).toThrow('the floor must be positive, not NaN')
  })
})

describe('overhead', () => {
  it('is the milliseconds beyond a bare node', () => {
    expect(overhead(190, 40)).toBe(150)
  })
})

describe('growth', () => {
  it('is 2 for time that doubles with the input', () => {
    expect(growth(400, 800)).toBe(2)
  })

  it('is 4 for a quadratic cost', () => {
    expect(growth(100, 400)).toBe(4)
  })
})

describe('memoryMultiple', () => {
  it('measures the peak beyond the baseline in largest files', () => {
    expect(memoryMultiple(180, 100, 20)).toBe(4)
  })

  it('is 0 for a peak below the baseline', () => {
    expect(memoryMultiple(90, 100, 20)).toBe(0)
  })
})

describe('atMost', () => {
  it('meets a target at or under its limit', () => {
    expect(atMost('ratio', 3, 3, 'x')).toEqual({
      name: 'ratio',
      actual: 3,
      limit: 3,
      unit: 'x',
      met: true,
      verdict: 'met'
    })
  })

  it('misses a target over its limit', () => {
    const check = atMost('cold start', 151, 150, 'ms')
    expect([check.met, check.verdict]).toEqual([false, 'missed'])
  })
})

describe('pairedRatios', () => {
  it('divides each run by the run timed beside it', () => {
    expect(pairedRatios([300, 900, 500], [100, 300, 250])).toEqual([3, 3, 2])
  })

  it('refuses runs that do not pair', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(
      '2 runs cannot pair with 1 runs'
    )
  })
})

describe('medianInterval', () => {
  const runs = (n: number) => Array.from({ length: n }, (_, i) => n - i)

  it('is the smallest to the largest of 7 runs, with 98% confidence', () => {
    const interval = medianInterval([5, 1, 7, 3, 2, 6, 4])
    expect([interval.low, interval.high]).toEqual([1, 7])
    expect(interval.confidence).toBeCloseTo(1 - 2 / 128, 12)
  })

  it('narrows to the 6th smallest and 6th largest of 21 runs', () => {
    const interval = medianInterval(runs(21))
    expect([interval.low, interval.high]).toEqual([6, 16])
    // 1 - 2 P(Bin(21, 1/2) <= 5): 1 + 21 + 210 + 1,330 + 5,985 + 20,349
    // of the 2^21 outcomes
    expect(interval.confidence).toBeCloseTo(1 - (2 * 27_896) / 2 ** 21, 12)
  })

  it('keeps at least the confidence asked for', () => {
    for (let n = 6; n <= 60; n++) {
      expect(medianInterval(runs(n)).confidence).toBeGreaterThanOrEqual(0.95)
      expect(medianInterval(runs(n), 0.5).confidence).toBeGreaterThanOrEqual(
        0.5
      )
    }
  })

  it('narrows as the confidence asked for falls', () => {
    const interval = medianInterval(runs(21), 0.5)
    expect([interval.low, interval.high]).toEqual([9, 13])
  })

  it('is the one sample of one run', () => {
    expect(medianInterval([4])).toEqual({ low: 4, high: 4, confidence: 0 })
  })

  it('refuses no samples', () => {
    expect(() => medianInterval([])).toThrow('interval of no samples')
  })
})

describe('medianAtMost', () => {
  it('meets a target with its median at or under the limit', () => {
    const check = medianAtMost('growth', [1.9, 2.3, 1.95, 2, 1.8], 2, 'x')
    expect(check).toEqual({
      name: 'growth',
      actual: 1.95,
      limit: 2,
      unit: 'x',
      met: true,
      verdict: 'met',
      interval: { low: 1.8, high: 2.3, confidence: 1 - 2 / 32 }
    })
  })

  it('is within noise when the median is over but the interval is not', () => {
    const check = medianAtMost('(c)', [2.8, 3.1, 3.05, 3.2, 2.95], 3, 'x')
    expect([check.actual, check.met, check.verdict]).toEqual([
      3.05,
      false,
      'within noise'
    ])
  })

  it('misses a target when the whole interval is over it', () => {
    const check = medianAtMost('growth', [4.1, 3.9, 4.2, 4, 3.8], 2, 'x')
    expect([check.actual, check.met, check.verdict]).toEqual([
      4,
      false,
      'missed'
    ])
  })
})
