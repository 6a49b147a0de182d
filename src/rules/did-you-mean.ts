import { closest } from '../discover/suggest.js'

/** Finds the candidate a misspelt word most likely meant, if any. */
export type Suggest = (
  word: string,
  candidates: readonly string[]
) => string | undefined

// Past this many candidates a suggestion costs more than it helps, and a
// config with thousands of unknown names would make checking quadratic.
const MOST_CANDIDATES = 200
// Edit distance is quadratic in length; nobody misspells a word this long.
const LONGEST_WORD = 64
// A config with more misspellings than this is not worth advising on word
// by word, and the edit distances would dominate the time it takes.
const MOST_SUGGESTIONS = 1000

/**
 * A suggester for one config: the closest candidate while there are few
 * enough candidates and words to compare, nothing after that.
 */
export function createSuggest(budget = MOST_SUGGESTIONS): Suggest {
  let left = budget
  return (word, candidates) => {
    if (left <= 0) return undefined
    if (candidates.length > MOST_CANDIDATES || word.length > LONGEST_WORD) {
      return undefined
    }
    left--
    const short = candidates.filter((c) => c.length <= LONGEST_WORD)
    return closest(word, short)
  }
}
