import { showsColor } from '../../src/cli/io.js'

describe('showsColor', () => {
  const tty = { isTTY: true }

  it('colours a terminal', () => {
    expect(showsColor(tty, { TERM: 'xterm-256color' })).toBe(true)
  })

  it.each([
    ['a pipe or a file', {}, { TERM: 'xterm' }],
    ['NO_COLOR', tty, { NO_COLOR: '1', TERM: 'xterm' }],
    ['TERM=dumb', tty, { TERM: 'dumb' }]
  ])('leaves colour out for %s', (_, output, env) => {
    expect(showsColor(output, env)).toBe(false)
  })
})
