import {
  annotate,
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
  it('writes errors first and at most ten of each severity', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('warning', i + 1)),
      ...Array.from({ length: 11 }, (_, i) => finding('error', i + 100)),
      finding('notice', 500)
    ]
    const { calls, annotator } = recorder()
    expect(annotate(findings, annotator)).toBe(3)
    expect(calls.length).toBe(21)
    expect(calls[0]).toBe('error 100 m100')
    expect(calls[9]).toBe('error 109 m109')
    expect(calls[10]).toBe('warning 1 m1')
    expect(calls[20]).toBe('notice 500 m500')
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
