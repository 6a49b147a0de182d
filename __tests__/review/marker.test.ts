import { commentMarker, neutraliseMarkers } from '../../src/review/marker.js'

describe('neutraliseMarkers', () => {
  it('breaks every opening of an HTML comment with a zero-width space', () => {
    expect(
      neutraliseMarkers('a <!-- plugsync-config:record QQ== --> b <!--')
    ).toBe('a <!-\u200b- plugsync-config:record QQ== --> b <!-\u200b-')
  })
})

describe('commentMarker', () => {
  it('is a hidden HTML comment with a 12-digit key', () => {
    expect(
      commentMarker({ workingDirectory: '.', manifest: 'plugsync.yaml' })
    ).toMatch(/^<!-- plugsync-config:comment [0-9a-f]{12} -->$/)
  })

  it('is the same for every spelling of the same place', () => {
    const plain = commentMarker({ workingDirectory: 'a/b', manifest: 'm.yaml' })
    expect(
      commentMarker({ workingDirectory: './a//b/', manifest: './m.yaml' })
    ).toBe(plain)
    expect(
      commentMarker({ workingDirectory: '.', manifest: 'plugsync.yaml' })
    ).toBe(commentMarker({ workingDirectory: '', manifest: 'plugsync.yaml' }))
  })

  it('differs per working directory and per manifest', () => {
    const markers = new Set([
      commentMarker({ workingDirectory: '.', manifest: 'plugsync.yaml' }),
      commentMarker({ workingDirectory: 'staging', manifest: 'plugsync.yaml' }),
      commentMarker({ workingDirectory: '.', manifest: 'prod.yaml' }),
      // the separator keeps "a" + "b/c" apart from "a/b" + "c"
      commentMarker({ workingDirectory: 'a', manifest: 'b/c' }),
      commentMarker({ workingDirectory: 'a/b', manifest: 'c' })
    ])
    expect(markers.size).toBe(5)
  })
})
