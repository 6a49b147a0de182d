import { judge } from '../../src/action/verdict.js'
import type { Finding } from '../../src/findings/finding.js'

function error(file: string): Finding {
  return {
    rule: 'invalid-json',
    severity: 'error',
    message: 'm',
    file,
    pointer: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2
  }
}

describe('judge', () => {
  it('names at most three failing files and counts the rest', () => {
    const findings = ['a.json', 'b.json', 'c.json', 'd.json', 'e.json'].map(
      error
    )
    expect(judge(findings, 'error').line).toBe(
      'PlugSync config: 5 errors in a.json, b.json, c.json and 2 more files (fail-on: error); see the annotations and the job summary'
    )
  })

  it('shows control characters in a file name instead of sending them to the log', () => {
    expect(judge([error('f\u001b[32mGREEN.json')], 'error').line).toBe(
      'PlugSync config: 1 error in f\\u{1B}[32mGREEN.json (fail-on: error); see the annotations and the job summary'
    )
  })
})
