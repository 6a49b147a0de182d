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

/**
 * The ratio of each run to the run it was timed beside in the same round
 * (its floor, or the input at half the size): a slow moment of a shared
 * machine slows both, and the ratio cancels it.
 */
export function pairedRatios(
  values: readonly number[],
  besides: readonly number[]
): number[] {
  if (values.length !== besides.length) {
    throw new Error(
      `${values.length} runs cannot pair with ${besides.length} runs`
    )
  }
  return values.map((value, index) => ratio(value, besides[index]!))
}

/** Where the median of what was sampled lies, and how surely. */
export interface Interval {
  low: number
  high: number
  /** The chance that the median lies between low and high. */
  confidence: number
}

/**
 * A range that holds the median of the sampled process with at least
 * `confidence`: from the kth smallest sample to the kth largest, k as large
 * as the confidence allows. It assumes nothing of the distribution, only
 * that the runs are independent; with 7 runs it is the smallest to the
 * largest sample, which hold the median with 98% confidence.
 */
export function medianInterval(
  samples: readonly number[],
  confidence = 0.95
): Interval {
  if (samples.length === 0) throw new Error('interval of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const n = sorted.length
  // The kth smallest and kth largest miss the median when at least n-k+1
  // samples fall on one side of it: twice P(Binomial(n, 1/2) <= k-1).
  const coverage = (k: number) => 1 - 2 * halfBinomialAtMost(n, k - 1)
  let k = 1
  while (2 * (k + 1) <= n + 1 && coverage(k + 1) >= confidence) k++
  return { low: sorted[k - 1]!, high: sorted[n - k]!, confidence: coverage(k) }
}

/** P(X <= k) for X the heads of n fair coin tosses. */
function halfBinomialAtMost(n: number, k: number): number {
  let term = Math.pow(0.5, n)
  let sum = 0
  for (let heads = 0; heads <= k; heads++) {
    sum += term
    term = (term * (n - heads)) / (heads + 1)
  }
  return sum
}

/**
 * How a figure stands against its target: met by its median; over it, but
 * by less than the runs vary (the target is inside the median's interval);
 * or missed, the whole interval over it.
 */
export type Verdict = 'met' | 'within noise' | 'missed'

/** A target: a figure, the most it may be, and how it stands. */
export interface TargetCheck {
  name: string
  actual: number
  limit: number
  unit: string
  met: boolean
  verdict: Verdict
  /** Where the median lies, for a figure judged on its runs. */
  interval?: Interval
}

/** Checks a figure against the most it may be. */
export function atMost(
  name: string,
  actual: number,
  limit: number,
  unit: string
): TargetCheck {
  const met = actual <= limit
  return { name, actual, limit, unit, met, verdict: met ? 'met' : 'missed' }
}

/**
 * Checks the median of per-run figures against the most it may be, and
 * tells a miss the runs' own variation can explain from one it cannot.
 */
export function medianAtMost(
  name: string,
  samples: readonly number[],
  limit: number,
  unit: string
): TargetCheck {
  const actual = median(samples)
  const interval = medianInterval(samples)
  const verdict: Verdict =
    actual <= limit ? 'met' : interval.low <= limit ? 'within noise' : 'missed'
  return {
    name,
    actual,
    limit,
    unit,
    met: verdict === 'met',
    verdict,
    interval
  }
}
