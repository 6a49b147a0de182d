import { closest } from '../discover/suggest.js'

// Past this many candidates a suggestion costs more than it helps, and a
// config with thousands of unknown names would make checking quadratic.
const MOST_CANDIDATES = 200
// Edit distance is quadratic in length; nobody misspells a word this long.
const LONGEST_WORD = 64

/** The candidate closest to a word, when there are few enough to compare. */
export function suggestFrom(
  word: string,
  candidates: readonly string[]
): string | undefined {
  if (candidates.length > MOST_CANDIDATES || word.length > LONGEST_WORD) {
    return undefined
  }
  const short = candidates.filter(
    (candidate) => candidate.length <= LONGEST_WORD
  )
  return closest(word, short)
}
