import { mapLimit } from '../../src/plugsync/concurrency.js'

const tick = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))

describe('mapLimit', () => {
  it('keeps the order of the items, not of completion', async () => {
    const delays = [30, 5, 20, 1]
    const results = await mapLimit(delays, 2, async (ms, index) => {
      await tick(ms)
      return `${index}:${ms}`
    })
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1'])
  })

  it('never runs more than the limit at once', async () => {
    let running = 0
    const peaks: number[] = []
    await mapLimit(
      Array.from({ length: 9 }, (_, i) => i),
      3,
      async () => {
        running++
        peaks.push(running)
        await tick(2)
        running--
      }
    )
    expect(Math.max(...peaks)).toBe(3)
  })

  it('starts nothing new after a failure and throws the first one', async () => {
    const started: number[] = []
    const run = mapLimit([0, 1, 2, 3, 4], 2, async (n) => {
      started.push(n)
      await tick(n === 0 ? 1 : 10)
      if (n <= 1) throw new Error(`item ${n} failed`)
      return n
    })
    await expect(run).rejects.toThrow('item 0 failed')
    expect(started).toEqual([0, 1])
  })

  it('gives an empty list for no items', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([])
  })

  it('refuses a limit below one', async () => {
    await expect(mapLimit([1], 0, async () => 1)).rejects.toThrow(
      'concurrency limit 0 is not a whole number of at least 1'
    )
  })
})
