import type { Problem, Span } from '../findings/finding.js'
import { numberAsSent, type NumberLoss } from '../json/number-loss.js'
import type { LocatedText } from './located-text.js'

/** A problem with the span it was found at. */
export interface PlacedProblem {
  problem: Problem
  span: Span
}

/** Longer number tokens are shortened in messages. */
const SHOWN_LENGTH = 40

/**
 * The `inexact-number` problems of a valid JSON text: every number of its
 * value that `JSON.parse` cannot carry exactly, placed at its token.
 */
export function inexactNumberProblems(source: LocatedText): PlacedProblem[] {
  const outcome = source.parsed
  if (!outcome.ok) return []
  return outcome.json.inexactNumbers.map(({ pointer, range, loss }) => {
    const token = source.text.slice(range.start, range.end)
    return {
      problem: {
        rule: 'inexact-number',
        pointer,
        message: inexactNumberMessage(token, loss)
      },
      span: source.span(range.start, range.end)
    }
  })
}

/** What happens to the number, and what to write instead. */
function inexactNumberMessage(token: string, loss: NumberLoss): string {
  const number = `the number ${shorten(token)}`
  const sent = `it would be sent to PlugSync as ${numberAsSent(token)}`
  const fix =
    'write it as a string if it is an identifier, or as a smaller number'
  switch (loss) {
    case 'rounded':
      return `${number} is an integer too long for this tool to hold exactly (it reads JSON numbers as doubles): ${sent}; ${fix}`
    case 'notation':
      return `${number} would be sent to PlugSync in exponent notation, as ${numberAsSent(token)}, which PlugSync reads as a decimal number, not an integer (this tool reads JSON numbers as doubles): ${fix}`
    case 'overflow':
      return `${number} is too large for this tool (it reads JSON numbers as doubles, at most about 1.8e308): ${sent}; ${fix}`
    case 'underflow':
      return `${number} is too small for this tool (it reads JSON numbers as doubles, whose smallest above 0 is about 5e-324): ${sent}; write 0 if that is meant, or a larger number`
  }
}

/** A long token as its start and end, so that the message stays readable. */
function shorten(token: string): string {
  if (token.length <= SHOWN_LENGTH) return token
  return `${token.slice(0, 20)}…${token.slice(-10)} (${token.length} characters)`
}
