import {
  closest,
  completion,
  editDistance
} from '../../src/discover/suggest.js'

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['flow', 'flows', 1],
    ['entites', 'entities', 1],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['abcd', 'acbd', 1],
    ['ca', 'abc', 3],
    ['😀a', 'a😀', 1],
    ['é', 'e', 1]
  ])('from %j to %j is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })
})

describe('closest', () => {
  const keys = ['version', 'entities', 'flows', 'settings', '$schema']

  test.each([
    ['flow', 'flows'],
    ['entites', 'entities'],
    ['entitites', 'entities'],
    ['Version', 'version'],
    ['VERSION', 'version'],
    ['setings', 'settings'],
    ['vresion', 'version'],
    ['schema', '$schema']
  ])('suggests %j for %j', (word, suggestion) => {
    expect(closest(word, keys)).toBe(suggestion)
  })

  test.each(['mode', 'name', 'x', '', 'entities_and_flows', 'verse'])(
    'suggests nothing for %j',
    (word) => {
      expect(closest(word, keys)).toBeUndefined()
    }
  )

  test('allows one edit up to five characters and one per three beyond', () => {
    expect(closest('ab', ['abc'])).toBe('abc')
    expect(closest('abcde', ['abxye'])).toBeUndefined()
    expect(closest('abcdef', ['abxyef'])).toBe('abxyef')
    expect(closest('abcdef', ['axyzef'])).toBeUndefined()
  })

  test('never suggests a total replacement', () => {
    expect(closest('x', ['y'])).toBeUndefined()
    expect(closest('x', ['xs'])).toBe('xs')
  })

  test('counts an astral character as one character', () => {
    expect(closest('😀bc', ['😀bd'])).toBe('😀bd')
  })

  test('prefers the smaller distance, then matching case, then list order', () => {
    expect(closest('entitie', ['entitiesXX', 'entities'])).toBe('entities')
    expect(closest('Flows', ['flows', 'Flows'])).toBe('Flows')
    expect(closest('flowz', ['flows', 'flowy'])).toBe('flows')
  })

  test('returns an exact match', () => {
    expect(closest('flows', keys)).toBe('flows')
  })
})

describe('completion', () => {
  it.each([
    ['valid', ['validate', 'diff'], 'validate'],
    ['WARN', ['off', 'notice', 'warning', 'error'], 'warning'],
    ['va', ['validate', 'diff'], undefined],
    ['pub', ['publish', 'publicise'], undefined],
    ['deploy', ['validate', 'diff'], undefined]
  ])('completes %j from %j as %j', (word, candidates, expected) => {
    expect(completion(word, candidates)).toBe(expected)
  })
})
