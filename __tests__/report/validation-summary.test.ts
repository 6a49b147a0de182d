import { renderValidationSummary } from '../../src/report/validation-summary.js'

describe('renderValidationSummary', () => {
  it('says no config was found instead of an empty table', () => {
    expect(renderValidationSummary({ files: [], findings: [] })).toBe(
      '### Validation: no configs, no findings\n\nNo connector config was found: a config is a JSON object with a "version" key and "entities" or "flows", or a file the manifest lists.\n'
    )
  })

  it('lists a manifest problem even when no config was found', () => {
    const summary = renderValidationSummary({
      files: [],
      findings: [
        {
          rule: 'manifest-missing-path',
          severity: 'error',
          message: "the path 'a.json' of connector 1 does not exist",
          file: 'plugsync.yaml',
          pointer: '/connectors/0/path',
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 17
        }
      ]
    })
    expect(summary.split('\n').slice(2, 5)).toEqual([
      '| file | errors | warnings | notices | entities |',
      '| --- | ---: | ---: | ---: | --- |',
      '| plugsync.yaml | 1 | 0 | 0 |  |'
    ])
  })
})
