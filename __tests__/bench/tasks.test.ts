import { checkFile, manyErrors } from '../../bench/tasks.js'
import { checkBytes } from '../../src/engine/check-file.js'

describe('the errors guard of the benchmark', () => {
  it('makes a config with one schema error per entity', () => {
    const bytes = manyErrors(3)
    const findings = checkBytes('errors.json', bytes).findings.map(
      (finding) => `${finding.rule} ${finding.line}:${finding.column}`
    )
    expect(findings).toEqual([
      'wrong-type 8:26',
      'wrong-type 16:26',
      'wrong-type 24:26'
    ])
  })

  it('resolves to the number of findings', async () => {
    expect(await checkFile(manyErrors(40))()).toBe(40)
  })
})
