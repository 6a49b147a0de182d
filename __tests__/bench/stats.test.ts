import {
  atMost,
  growth,
  median,
  memoryMultiple,
  overhead,
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
      met: true
    })
  })

  it('misses a target over its limit', () => {
    expect(atMost('cold start', 151, 150, 'ms').met).toBe(false)
  })
})
