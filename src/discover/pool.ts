import { appendAll } from '../append.js'

/**
 * Runs `work` on every job with at most `limit` running at once. A job may
 * give back more jobs, which join the queue; the promise settles when the
 * queue is empty and nothing runs, or rejects on the first failure.
 */
export function runPool<Job>(
  jobs: readonly Job[],
  limit: number,
  work: (job: Job) => Promise<readonly Job[] | void>
): Promise<void> {
  const queue = [...jobs]
  let next = 0
  let running = 0
  let failed = false
  return new Promise((resolve, reject) => {
    const pump = (): void => {
      while (!failed && running < limit && next < queue.length) {
        const job = queue[next++]!
        running++
        work(job).then(
          (more) => {
            running--
            if (more) appendAll(queue, more)
            pump()
          },
          (error: unknown) => {
            failed = true
            reject(error)
          }
        )
      }
      if (!failed && running === 0 && next === queue.length) resolve()
    }
    pump()
  })
}

/** Maps items through an async function, at most `limit` at once, in order. */
export async function mapPool<Item, Result>(
  items: readonly Item[],
  limit: number,
  map: (item: Item) => Promise<Result>
): Promise<Result[]> {
  const results = new Array<Result>(items.length)
  await runPool(
    items.map((_, index) => index),
    limit,
    async (index) => {
      results[index] = await map(items[index]!)
    }
  )
  return results
}
