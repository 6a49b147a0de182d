/**
 * A small deterministic random generator (a linear congruence) for tests
 * that try many generated inputs: a seed gives the same numbers in [0, 1)
 * every run, so a failure reproduces.
 */
export function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}
