/** The arithmetic of the benchmark: medians, ratios and the targets. */

/** The middle of the samples; the mean of the two middles for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** A measurement as a median, with its smallest and largest sample. */
export interface Summary {
  median: number
  min: number
  max: number
  runs: number
}

/** Summarises the samples of one measurement. */
export function summarise(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length
  }
}

/** How many times the floor a measurement took: 1 is the floor itself. */
export function ratio(value: number, floor: number): number {
  if (!(floor > 0)) throw new Error(`the floor must be positive, not ${floor}`)
  return value / floor
}

/**
 * The cost of a process over a bare `node`, in milliseconds: what a user
 * waits for beyond Node's own start.
 */
export function overhead(value: number, bare: number): number {
  return value - bare
}

/**
 * How much more time the doubled input took: at most 2 for a linear
 * algorithm (fixed costs make it less), about 4 for a quadratic one.
 */
export function growth(single: number, doubled: number): number {
  return ratio(doubled, single)
}

/**
 * Peak memory beyond what the process held before the work, as a multiple
 * of the largest input file.
 */
export function memoryMultiple(
  peakBytes: number,
  baselineBytes: number,
  largestInputBytes: number
): number {
  return ratio(Math.max(0, peakBytes - baselineBytes), largestInputBytes)
}

/** A target: a figure, the most it may be, and whether it is met. */
export interface TargetCheck {
  name: string
  actual: number
  limit: number
  unit: string
  met: boolean
}

/** Checks a figure against the most it may be. */
export function atMost(
  name: string,
  actual: number,
  limit: number,
  unit: string
): TargetCheck {
  return { name, actual, limit, unit, met: actual <= limit }
}
