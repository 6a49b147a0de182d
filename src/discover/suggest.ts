/**
 * The edit distance between two strings, counted in code points: the
 * fewest insertions, deletions, substitutions and swaps of two adjacent
 * characters that turn one into the other (the optimal string alignment
 * form of Damerau–Levenshtein: a swapped pair is not edited again).
 */
export function editDistance(a: string, b: string): number {
  const from = Array.from(a)
  const to = Array.from(b)
  // Three rows suffice: the swap looks two rows back.
  let before = new Array<number>(to.length + 1).fill(0)
  let previous = Array.from({ length: to.length + 1 }, (_, j) => j)
  let current = new Array<number>(to.length + 1).fill(0)
  for (let i = 1; i <= from.length; i++) {
    current[0] = i
    for (let j = 1; j <= to.length; j++) {
      const cost = from[i - 1] === to[j - 1] ? 0 : 1
      let best = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + cost
      )
      if (
        i > 1 &&
        j > 1 &&
        from[i - 1] === to[j - 2] &&
        from[i - 2] === to[j - 1]
      ) {
        best = Math.min(best, before[j - 2]! + 1)
      }
      current[j] = best
    }
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[to.length]!
}

/**
 * The candidate a misspelt word most likely meant, or undefined when none
 * is close. Words are compared ignoring case. A candidate is close when its
 * distance is at most max(1, floor(length / 3)), length being the word's in
 * code points, and it keeps at least one character of the word (so `x` does
 * not suggest `y`). The smallest distance wins; ties go to the candidate
 * that also differs least in case, then to the earliest in the list.
 */
export function closest(
  word: string,
  candidates: readonly string[]
): string | undefined {
  const lower = word.toLowerCase()
  const length = Array.from(word).length
  const limit = Math.max(1, Math.floor(length / 3))
  let best: { candidate: string; distance: number; exact: number } | undefined
  for (const candidate of candidates) {
    const candidateLength = Array.from(candidate).length
    if (Math.abs(candidateLength - length) > limit) continue
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance > limit || distance >= Math.max(length, candidateLength)) {
      continue
    }
    const exact = editDistance(word, candidate)
    if (
      best === undefined ||
      distance < best.distance ||
      (distance === best.distance && exact < best.exact)
    ) {
      best = { candidate, distance, exact }
    }
  }
  return best?.candidate
}

/**
 * The one candidate a word of three letters or more begins, ignoring case,
 * as `valid` begins `validate` and `warn` begins `warning`: words too short
 * for the edit distance of `closest` to reach what they stand for.
 */
export function completion(
  word: string,
  candidates: readonly string[]
): string | undefined {
  const lower = word.toLowerCase()
  const matches = candidates.filter((candidate) => candidate.startsWith(lower))
  return lower.length >= 3 && matches.length === 1 ? matches[0] : undefined
}
