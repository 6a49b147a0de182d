import { safeLogText } from '../../src/action/log-line.js'

describe('safeLogText', () => {
  it('breaks a workflow command at the start of any line of the text', () => {
    expect(
      safeLogText('name\n::warning file=a.json::forged\n  ::error::x')
    ).toBe('name\n:\u200b:warning file=a.json::forged\n  :\u200b:error::x')
  })

  it('leaves colons inside a line alone', () => {
    expect(safeLogText('mode: promote (a::b)')).toBe('mode: promote (a::b)')
  })
})
