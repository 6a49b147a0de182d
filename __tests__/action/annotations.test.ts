import {
  annotate,
  AnnotationBudget,
  annotationProperties,
  type AnnotationProperties
} from '../../src/action/annotations.js'
import type { Finding, Severity } from '../../src/findings/finding.js'

function finding(
  severity: Severity,
  line: number,
  extra: Partial<Finding> = {}
): Finding {
  return {
    rule: `rule-${severity}`,
    severity,
    message: `m${line}`,
    file: 'a.json',
    pointer: '',
    line,
    column: 3,
    endLine: line,
    endColumn: 8,
    ...extra
  }
}

function recorder() {
  const calls: string[] = []
  const record =
    (severity: string) => (message: string, p?: AnnotationProperties) =>
      calls.push(`${severity} ${p?.startLine} ${message}`)
  return {
    calls,
    annotator: {
      error: record('error'),
      warning: record('warning'),
      notice: record('notice')
    }
  }
}

describe('annotate', () => {
  it("writes errors first, nine errors and nine warnings: the tenth of each is the run's own", () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('warning', i + 1)),
      ...Array.from({ length: 11 }, (_, i) => finding('error', i + 100)),
      ...Array.from({ length: 11 }, (_, i) => finding('notice', i + 500))
    ]
    const { calls, annotator } = recorder()
    expect(annotate(findings, annotator)).toBe(6)
    expect(calls.length).toBe(28)
    expect(calls[0]).toBe('error 100 m100')
    expect(calls[8]).toBe('error 108 m108')
    expect(calls[9]).toBe('warning 1 m1')
    expect(calls[17]).toBe('warning 9 m9')
    expect(calls[18]).toBe('notice 500 m500')
    expect(calls[27]).toBe('notice 509 m509')
  })

  it('shares one budget between the findings and what a promotion adds', () => {
    const budget = new AnnotationBudget()
    const { calls, annotator } = recorder()
    const errors = (count: number, from: number) =>
      Array.from({ length: count }, (_, i) => finding('error', from + i))
    expect(annotate(errors(7, 1), annotator, '', budget)).toBe(0)
    expect(annotate(errors(3, 50), annotator, '', budget)).toBe(1)
    expect(calls.slice(6)).toEqual([
      'error 7 m7',
      'error 50 m50',
      'error 51 m51'
    ])
  })

  it('appends the backend wording to the message', () => {
    const { calls, annotator } = recorder()
    annotate(
      [finding('error', 1, { backendMessage: 'Input should be x' })],
      annotator
    )
    expect(calls).toEqual(['error 1 m1 (PlugSync says: Input should be x)'])
  })
})

describe('annotationProperties', () => {
  it('gives an inclusive end column on a one-line finding', () => {
    expect(annotationProperties(finding('error', 4))).toEqual({
      title: 'rule-error',
      file: 'a.json',
      startLine: 4,
      endLine: 4,
      startColumn: 3,
      endColumn: 7
    })
  })

  it('leaves columns out of a finding over several lines', () => {
    expect(annotationProperties(finding('error', 4, { endLine: 9 }))).toEqual({
      title: 'rule-error',
      file: 'a.json',
      startLine: 4,
      endLine: 9
    })
  })
})
