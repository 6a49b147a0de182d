/**
 * Finds a longest strictly increasing subsequence of the non-negative
 * values (negative ones are holes to skip) by patience sorting, in
 * O(n log n). Returns the indexes of its members in ascending order. Used
 * to keep the most items in place when pairing two orderings.
 */
export function longestIncreasingRun(values: ArrayLike<number>): number[] {
  // tails[k]: the index ending the best run of length k + 1 so far.
  const tails: number[] = []
  const previous = new Int32Array(values.length).fill(-1)
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!
    if (value < 0) continue
    const length = tailsBelow(tails, values, value)
    if (length > 0) previous[index] = tails[length - 1]!
    tails[length] = index
  }

  const run: number[] = []
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]!) run.push(at)
  return run.reverse()
}

/** Binary search: how many tails hold a value below `value`. */
function tailsBelow(
  tails: readonly number[],
  values: ArrayLike<number>,
  value: number
): number {
  let low = 0
  let high = tails.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[tails[middle]!]! < value) low = middle + 1
    else high = middle
  }
  return low
}
