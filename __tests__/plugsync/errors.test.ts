import { maskSecret, PlugSyncError, redact } from '../../src/plugsync/errors.js'
import { quoteStart } from '../../src/plugsync/failures.js'

describe('PlugSyncError', () => {
  it('carries kind, status, connector and detail', () => {
    const detail = [{ loc: ['version'], msg: 'bad', type: 'value_error' }]
    const error = new PlugSyncError('invalid', 'rejected', {
      status: 422,
      connectorId: 'cn_1',
      detail
    })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('PlugSyncError')
    expect(error.kind).toBe('invalid')
    expect(error.status).toBe(422)
    expect(error.connectorId).toBe('cn_1')
    expect(error.detail).toEqual(detail)
    expect('cause' in error).toBe(false)
  })

  it('masks a registered secret in its message and stack', () => {
    maskSecret('psk_secret_in_message_1')
    const error = new PlugSyncError(
      'bad-response',
      'the page said "Bearer psk_secret_in_message_1" twice: psk_secret_in_message_1'
    )
    expect(error.message).toBe('the page said "Bearer ***" twice: ***')
    expect(error.stack).not.toContain('psk_secret_in_message_1')
  })

  it('swaps a cause that carries a secret for a masked copy', () => {
    maskSecret('psk_secret_in_cause_2')
    const cause = new TypeError(
      'header "Bearer psk_secret_in_cause_2" is invalid'
    )
    const error = new PlugSyncError('network', 'failed', { cause })
    expect(error.cause).toBeInstanceOf(Error)
    expect((error.cause as Error).message).toBe(
      'header "Bearer ***" is invalid'
    )
    expect((error.cause as Error).name).toBe('TypeError')
  })

  it('keeps a cause without secrets as it is', () => {
    const cause = new Error('connect ECONNREFUSED')
    expect(new PlugSyncError('network', 'failed', { cause }).cause).toBe(cause)
  })
})

describe('redact', () => {
  it('leaves text alone when it holds no secret, and ignores an empty secret', () => {
    maskSecret('')
    expect(redact('nothing to hide')).toBe('nothing to hide')
  })

  it('masks a secret echoed JSON-escaped', () => {
    maskSecret('psk_SECRET"TOKEN\\123')
    expect(redact('{"echo": "psk_SECRET\\"TOKEN\\\\123"}')).toBe(
      '{"echo": "***"}'
    )
  })
})

describe('quoteStart', () => {
  it('masks a secret before cutting the quote, so no part of it shows', () => {
    maskSecret('psk_CUTTOKEN123456')
    const quoted = quoteStart('x'.repeat(103) + 'psk_CUTTOKEN123456')
    expect(quoted).toBe(JSON.stringify('x'.repeat(103) + '***'))
  })
})
