import type { JsonObject } from '../../src/config/normalise.js'
import { placeProblems } from '../../src/engine/check-file.js'
import { LocatedText } from '../../src/engine/located-text.js'
import {
  detailToProblems,
  locToPointer,
  pointerToLoc
} from '../../src/plugsync/backend-detail.js'
import { startSandbox, type Sandbox } from '../../src/plugsync/sandbox/index.js'
import { clientFor, failure, TOKEN } from './helpers.js'

describe('locToPointer', () => {
  it('drops a leading body segment and escapes ~ and /', () => {
    expect(locToPointer(['body', 'flows', 0, 'steps', 2, 'action'])).toBe(
      '/flows/0/steps/2/action'
    )
    expect(locToPointer(['settings', 'a/b~c'])).toBe('/settings/a~1b~0c')
    expect(locToPointer(['body'])).toBe('')
    expect(locToPointer([])).toBe('')
  })
})

describe('pointerToLoc', () => {
  it('gives numbers for array indexes only, unescaping keys', () => {
    const config = {
      settings: { '0': { 'a/b': [1, 2] } },
      flows: [{ steps: [] }]
    }
    expect(pointerToLoc('/settings/0/a~1b/1', config)).toEqual([
      'settings',
      '0',
      'a/b',
      1
    ])
    expect(pointerToLoc('/flows/0/steps', config)).toEqual([
      'flows',
      0,
      'steps'
    ])
    expect(pointerToLoc('/flows/0/missing/3', config)).toEqual([
      'flows',
      0,
      'missing',
      '3'
    ])
    expect(pointerToLoc('', config)).toEqual([])
  })
})

describe('detailToProblems', () => {
  it('takes the id of the local rule with the same backend message', () => {
    const problems = detailToProblems([
      {
        loc: ['body', 'version'],
        msg: "Input should be '3.0' or '3.1'",
        type: 'literal_error'
      },
      {
        loc: ['entities', 1, 'name'],
        msg: 'Value error, entity names must be unique within a config',
        type: 'value_error'
      },
      {
        loc: ['flows', 0, 'steps', 1, 'action'],
        msg: "Unknown action 'associate'; must be one of ['associate_many', 'create', 'create_many', 'delete', 'delete_many', 'find', 'notify', 'plugin', 'post', 'skip', 'transform', 'update', 'update_many', 'upsert', 'upsert_many']",
        type: 'value_error'
      },
      {
        loc: ['settings'],
        msg: 'Input should be a valid dictionary',
        type: 'dict_type'
      }
    ])
    expect(problems.map((p) => [p.rule, p.pointer])).toEqual([
      ['invalid-version', '/version'],
      ['duplicate-entity-name', '/entities/1/name'],
      ['unknown-action', '/flows/0/steps/1/action'],
      ['wrong-type', '/settings']
    ])
  })

  it('quotes the backend, as an error, and keeps its message', () => {
    const [problem] = detailToProblems([
      {
        loc: ['body', 'version'],
        msg: "Input should be '3.0' or '3.1'",
        type: 'literal_error'
      }
    ])
    expect(problem).toEqual({
      rule: 'invalid-version',
      message: "PlugSync rejected the config: Input should be '3.0' or '3.1'",
      pointer: '/version',
      backendMessage: "Input should be '3.0' or '3.1'",
      severity: 'error'
    })
  })

  it('points an unknown key error at the key', () => {
    const [problem] = detailToProblems([
      {
        loc: ['entities', 0, 'mode'],
        msg: 'Extra inputs are not permitted',
        type: 'extra_forbidden'
      }
    ])
    expect(problem).toMatchObject({
      rule: 'unknown-entity-key',
      pointer: '/entities/0/mode',
      at: 'key'
    })
  })

  it('falls back to backend-rejected for a message no rule carries', () => {
    const [problem] = detailToProblems([
      {
        loc: ['flows', 0],
        msg: 'flows may not be scheduled on Sundays',
        type: 'value_error'
      }
    ])
    expect(problem).toMatchObject({
      rule: 'backend-rejected',
      message:
        'PlugSync rejected the config: flows may not be scheduled on Sundays',
      pointer: '/flows/0'
    })
  })

  it('prefers the longest backend message that matches', () => {
    const rules = [
      {
        id: 'short',
        severity: 'error',
        source: 'backend',
        summary: '',
        backendMessage: 'must be unique',
        example: { bad: '', good: '' }
      },
      {
        id: 'long',
        severity: 'error',
        source: 'backend',
        summary: '',
        backendMessage: 'flow names must be unique',
        example: { bad: '', good: '' }
      }
    ] as const
    const [problem] = detailToProblems(
      [{ loc: [], msg: 'flow names must be unique', type: 'value_error' }],
      rules as never
    )
    expect(problem?.rule).toBe('long')
  })
})

describe('a 422 from PlugSync placed in its file', () => {
  let sandbox: Sandbox

  beforeEach(async () => {
    sandbox = await startSandbox({ token: TOKEN })
    sandbox.createConnector('cn_123', 'ERP to HubSpot')
  })

  afterEach(async () => {
    await sandbox.close()
  })

  it('lands on the line and column of each rejected value', async () => {
    const text = [
      '{',
      '  "version": "3.0",',
      '  "entities": [',
      '    { "name": "company", "schemas": { "hubspot": {} } },',
      '    { "name": "company", "schemas": { "hubspot": {} } }',
      '  ],',
      '  "flows": [',
      '    {',
      '      "name": "sync", "source": "erp", "event_type": "x",',
      '      "steps": [{ "id": "a", "action": "associate" }]',
      '    }',
      '  ]',
      '}'
    ].join('\n')
    const { client } = clientFor(sandbox)
    const error = await failure(
      client.patchDraft('cn_123', JSON.parse(text) as JsonObject)
    )
    const findings = placeProblems(
      'connectors/acme.json',
      new LocatedText(text),
      detailToProblems(error.detail ?? [])
    )
    expect(
      findings.map((f) => [
        f.rule,
        f.file,
        f.line,
        f.column,
        f.endLine,
        f.endColumn
      ])
    ).toEqual([
      ['duplicate-entity-name', 'connectors/acme.json', 5, 15, 5, 24],
      ['unknown-action', 'connectors/acme.json', 10, 40, 10, 51]
    ])
    expect(findings.every((f) => f.severity === 'error')).toBe(true)
  })
})
