/**
 * Maps items through an async function with at most `limit` calls in
 * flight, and returns the results in the order of the items, whatever order
 * the calls finish in. After a call fails no new call starts; the first
 * failure is thrown once the calls already running have settled. Callers
 * that want every item's outcome catch inside `fn`.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(
      `concurrency limit ${limit} is not a whole number of at least 1`
    )
  }
  const results: R[] = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | undefined

  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++
      try {
        results[index] = await fn(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }

  const workers = Array.from({ length: Math.min(limit, items.length) }, worker)
  await Promise.all(workers)
  if (failure !== undefined) throw failure.error
  return results
}
