import {
  prettyJson,
  unifiedConfigDiff,
  unifiedDiff
} from '../../src/diff/unified.js'
import { applyPatch, splitText } from './patch.js'
import { random } from '../random.js'

/** Lines as a file holds them: each ended by a newline. */
function file(lines: ReadonlyArray<string | number>): string {
  return lines.map((line) => `${line}\n`).join('')
}

/** The numbers 1 to `count` as lines, with some replaced. */
function numbers(count: number, replace: Record<number, string> = {}) {
  const lines = Array.from({ length: count }, (_, index) => index + 1)
  return file(lines.map((line) => replace[line] ?? line))
}

/** The number of lines a minimal diff deletes plus inserts (LCS by DP). */
function editDistance(a: string[], b: string[]): number {
  const table = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0)
  )
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] =
        a[i] === b[j]
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  return a.length + b.length - 2 * table[0]![0]!
}

describe('unifiedDiff: format', () => {
  test('equal texts give no hunks', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toEqual({
      text: '',
      truncated: false,
      omitted: 0
    })
  })

  test('hunks with three lines of context, as diff -u writes them', () => {
    const before = file([...'abcdefghijklmnop'])
    const after = file([...'abcdEfghijklmnpq'])

    expect(unifiedDiff(before, after).text).toBe(
      [
        '@@ -2,7 +2,7 @@',
        ' b',
        ' c',
        ' d',
        '-e',
        '+E',
        ' f',
        ' g',
        ' h',
        '@@ -12,5 +12,5 @@',
        ' l',
        ' m',
        ' n',
        '-o',
        ' p',
        '+q'
      ].join('\n')
    )
  })

  test('changes six lines apart share one hunk', () => {
    const after = numbers(20, { 4: 'four', 11: 'eleven' })

    expect(unifiedDiff(numbers(20), after).text.split('\n')).toEqual([
      '@@ -1,14 +1,14 @@',
      ...[' 1', ' 2', ' 3', '-4', '+four', ' 5', ' 6', ' 7', ' 8', ' 9'],
      ...[' 10', '-11', '+eleven', ' 12', ' 13', ' 14']
    ])
  })

  test('changes seven lines apart get two hunks', () => {
    const after = numbers(20, { 4: 'four', 12: 'twelve' })

    expect(unifiedDiff(numbers(20), after).text.split('\n')).toEqual([
      '@@ -1,7 +1,7 @@',
      ...[' 1', ' 2', ' 3', '-4', '+four', ' 5', ' 6', ' 7'],
      '@@ -9,7 +9,7 @@',
      ...[' 9', ' 10', ' 11', '-12', '+twelve', ' 13', ' 14', ' 15']
    ])
  })

  test('no context: a one-line hunk leaves out its count', () => {
    const after = numbers(20, { 4: 'four', 12: 'twelve' })

    expect(unifiedDiff(numbers(20), after, { context: 0 }).text).toBe(
      '@@ -4 +4 @@\n-4\n+four\n@@ -12 +12 @@\n-12\n+twelve'
    )
  })

  test('an empty side starts at line 0', () => {
    expect(unifiedDiff('', 'x\ny\n').text).toBe('@@ -0,0 +1,2 @@\n+x\n+y')
    expect(unifiedDiff('x\n', '').text).toBe('@@ -1 +0,0 @@\n-x')
  })

  test('a missing final newline is marked', () => {
    expect(unifiedDiff('a\nb', 'a\nb\n').text).toBe(
      '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b'
    )
    expect(unifiedDiff('a\nb', 'a\nc').text).toBe(
      [
        '@@ -1,2 +1,2 @@',
        ' a',
        '-b',
        '\\ No newline at end of file',
        '+c',
        '\\ No newline at end of file'
      ].join('\n')
    )
  })

  test('a fraction of a line of context counts as the lines below it', () => {
    const after = numbers(20, { 4: 'four', 12: 'twelve' })

    expect(unifiedDiff(numbers(20), after, { context: 1.5 }).text).toBe(
      unifiedDiff(numbers(20), after, { context: 1 }).text
    )
    expect(unifiedDiff(numbers(20), after, { context: NaN }).text).toBe(
      unifiedDiff(numbers(20), after).text
    )
  })

  test('maxLines cuts the output and counts what it left out', () => {
    const after = numbers(20, { 4: 'four', 12: 'twelve' })

    expect(unifiedDiff(numbers(20), after, { maxLines: 5 })).toEqual({
      text: '@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4',
      truncated: true,
      omitted: 13
    })
  })
})

describe('unifiedDiff: correctness', () => {
  test('random small edits: the patch applies and is minimal', () => {
    const next = random(3)
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: Math.floor(next() * 25) }, () =>
        String(Math.floor(next() * 5))
      )
      const b = a
        .filter(() => next() > 0.25)
        .flatMap((line) => (next() < 0.25 ? [line, `n${line}`] : [line]))
      const ends = [next() < 0.2 ? '' : '\n', next() < 0.2 ? '' : '\n']
      const before = a.length > 0 ? a.join('\n') + ends[0] : ''
      const after = b.length > 0 ? b.join('\n') + ends[1] : ''
      const context = Math.floor(next() * 4)

      const { text } = unifiedDiff(before, after, { context })

      expect(applyPatch(before, text)).toBe(after)
      const edits = text.split('\n').filter((line) => /^[-+]/.test(line))
      const [left, right] = [splitText(before), splitText(after)]
      // A last line without a newline differs from the same text with one.
      if (!left.noNewline && !right.noNewline) {
        expect(edits).toHaveLength(editDistance(left.lines, right.lines))
      }
    }
  })

  test('scattered changes in 300,000 lines give one hunk each', () => {
    const count = 300_000
    const replace: Record<number, string> = {}
    for (let line = 1000; line <= count; line += 3000) replace[line] = 'x'
    const after = numbers(count, replace)

    const { text } = unifiedDiff(numbers(count), after, { context: 0 })

    const headers = text.split('\n').filter((line) => line.startsWith('@@'))
    expect(headers).toHaveLength(100)
    expect(headers[0]).toBe('@@ -1000 +1000 @@')
    expect(applyPatch(numbers(count), text)).toBe(after)
  })

  test('large texts of repeated lines are halved when Myers gives up', () => {
    const next = random(11)
    const lines = Array.from(
      { length: 60_000 },
      () => 'xy'[next() < 0.5 ? 0 : 1]!
    )
    const before = file(lines)
    for (let index = 0; index < lines.length; index += 50) lines[index] = 'z'
    const after = file(lines)

    const { text } = unifiedDiff(before, after)

    expect(applyPatch(before, text)).toBe(after)
    // Halving keeps the hunks local instead of replacing everything.
    expect(text.split('\n').length).toBeLessThan(20_000)
  })

  test('texts with nothing in common are one replacement', () => {
    const before = numbers(5000)
    const after = file(Array.from({ length: 4000 }, (_, i) => `other ${i}`))

    const { text } = unifiedDiff(before, after)

    expect(text.split('\n')[0]).toBe('@@ -1,5000 +1,4000 @@')
    expect(applyPatch(before, text)).toBe(after)
  })
})

describe('unifiedDiff: nested runs pair whole', () => {
  /** A JSON array of objects, two-space indented, as prettyJson writes it. */
  function items(...bodies: string[][]): string {
    const rendered = bodies.map((body) =>
      ['    {', ...body.map((line) => `      ${line}`), '    }'].join('\n')
    )
    return `{\n  "items": [\n${rendered.join(',\n')}\n  ]\n}\n`
  }

  test('a removed item shows its whole body removed', () => {
    const first = ['"a": 1,', '"b": 2']
    const second = ['"a": 1,', '"b": 3']
    const before = items(first, second)
    const after = items(second)

    // Line by line, "a": 1 of the first item would be kept and that of the
    // second removed: as true, and harder to read.
    expect(unifiedDiff(before, after).text).toBe(
      [
        '@@ -1,10 +1,6 @@',
        ' {',
        '   "items": [',
        '     {',
        '-      "a": 1,',
        '-      "b": 2',
        '-    },',
        '-    {',
        '       "a": 1,',
        '       "b": 3',
        '     }'
      ].join('\n')
    )
  })

  test('inside a changed item, lines still pair one by one', () => {
    const before = items(['"a": 1,', '"b": 2,', '"c": 3'], ['"d": 4'])
    const after = items(['"a": 1,', '"b": 20,', '"c": 3'], ['"d": 4'])

    expect(unifiedDiff(before, after, { context: 1 }).text).toBe(
      [
        '@@ -4,3 +4,3 @@',
        '       "a": 1,',
        '-      "b": 2,',
        '+      "b": 20,',
        '       "c": 3'
      ].join('\n')
    )
  })

  test('a nested last line without a newline differs from one with it', () => {
    expect(unifiedDiff('{\n      x', '{\n      x\n').text).toBe(
      [
        '@@ -1,2 +1,2 @@',
        ' {',
        '-      x',
        '\\ No newline at end of file',
        '+      x'
      ].join('\n')
    )
  })

  test('1% of 3,000 items edited: one hunk each, and the patch applies', () => {
    const body = (index: number, edited: boolean) => [
      `"name": "item_${index}",`,
      `"fields": [`,
      `  "id",`,
      `  ${edited ? '"edited"' : '"value"'}`,
      ']'
    ]
    const all = Array.from({ length: 3000 }, (_, index) => index)
    const before = items(...all.map((index) => body(index, false)))
    const after = items(...all.map((index) => body(index, index % 100 === 50)))

    const { text } = unifiedDiff(before, after, { context: 1 })

    const headers = text.split('\n').filter((line) => line.startsWith('@@'))
    expect(headers).toHaveLength(30)
    expect(headers[0]).toBe('@@ -356,3 +356,3 @@')
    expect(applyPatch(before, text)).toBe(after)
  })
})

describe('prettyJson and unifiedConfigDiff', () => {
  test('prettyJson indents by two spaces and ends with a newline', () => {
    expect(prettyJson({ a: [1, { b: null }] })).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ]\n}\n'
    )
  })

  test('configs are normalised before the line diff', () => {
    const before = { version: '3.1', settings: { b: 1, a: 1 } }
    const after = { settings: { a: 1, b: 2 }, version: '3.1', flows: [] }

    expect(unifiedConfigDiff(before, after).text).toBe(
      [
        '@@ -3,7 +3,7 @@',
        '   "flows": [],',
        '   "settings": {',
        '     "a": 1,',
        '-    "b": 1',
        '+    "b": 2',
        '   },',
        '   "version": "3.1"',
        ' }'
      ].join('\n')
    )
  })

  test('a config never published diffs against nothing', () => {
    const { text } = unifiedConfigDiff(null, { version: '3.1' })

    expect(text.split('\n')[0]).toBe('@@ -0,0 +1,6 @@')
  })
})
