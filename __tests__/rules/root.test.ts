import { checkConfig } from '../../src/rules/index.js'
import { entity, expectClean, expectProblems } from './helpers.js'

const BACKEND = "Input should be '3.0' or '3.1'"

describe('invalid-version', () => {
  test('a missing version points at the root', () => {
    expectProblems({ entities: [entity('company')] }, 'invalid-version', {
      rule: 'invalid-version',
      severity: 'error',
      pointer: '',
      message:
        'the config has no "version": add "version": "3.0" (or "3.1" to use bulk actions)',
      backendMessage: BACKEND
    })
  })

  test('the number 3 or 3.0 (both parsed as 3) asks for the string "3.0"', () => {
    expectProblems({ version: 3 }, 'invalid-version', {
      rule: 'invalid-version',
      severity: 'error',
      pointer: '/version',
      message:
        '"version" is a number; it must be the string "3.0": write "version": "3.0"',
      suggestion: '3.0',
      backendMessage: BACKEND
    })
  })

  test('the number 3.1 asks for the string "3.1"', () => {
    expect(checkConfig({ version: 3.1 })[0]).toMatchObject({
      rule: 'invalid-version',
      message:
        '"version" is a number; it must be the string "3.1": write "version": "3.1"',
      suggestion: '3.1'
    })
  })

  test.each([
    ['3.2', '"version" is "3.2"; it must be the string "3.0" or "3.1"'],
    [null, '"version" is null; it must be the string "3.0" or "3.1"'],
    [2, '"version" is 2; it must be the string "3.0" or "3.1"'],
    [['3.0'], '"version" is an array; it must be the string "3.0" or "3.1"']
  ])('version %j is reported once, at the value', (version, message) => {
    expectProblems({ version }, 'invalid-version', {
      rule: 'invalid-version',
      severity: 'error',
      pointer: '/version',
      message,
      backendMessage: BACKEND
    })
    expect(checkConfig({ version }).map((p) => p.rule)).toEqual([
      'invalid-version',
      'empty-config'
    ])
  })

  test.each(['3.0', '3.1'])('version "%s" passes', (version) => {
    expectClean({ version }, 'invalid-version')
  })
})

describe('unknown-key at the top level', () => {
  test('a misspelt key is reported at the key with the closest known key', () => {
    expectProblems({ version: '3.0', flow: [] }, 'unknown-key', {
      rule: 'unknown-key',
      severity: 'warning',
      pointer: '/flow',
      at: 'key',
      message:
        'the config has an unknown key "flow", which the backend keeps but nothing reads; did you mean "flows"?',
      suggestion: 'flows'
    })
  })

  test('a key like no known one lists the known keys', () => {
    expectProblems({ version: '3.0', owner: 'sales' }, 'unknown-key', {
      rule: 'unknown-key',
      severity: 'warning',
      pointer: '/owner',
      at: 'key',
      message:
        'the config has an unknown key "owner", which the backend keeps but nothing reads: remove it or use one of "$schema", "version", "entities", "flows", "settings"'
    })
  })

  test('keys are escaped in the pointer', () => {
    expect(
      checkConfig({ version: '3.0', 'a/b~c': 1 }).find(
        (p) => p.rule === 'unknown-key'
      )?.pointer
    ).toBe('/a~1b~0c')
  })

  test('$schema, settings and the known keys pass', () => {
    expectClean(
      {
        $schema: './s.json',
        version: '3.0',
        entities: [],
        flows: [],
        settings: { x: 1 }
      },
      'unknown-key'
    )
  })
})

describe('scope-overrides-unused', () => {
  test('settings.scope_overrides is reported at its key', () => {
    expectProblems(
      { version: '3.0', settings: { scope_overrides: { crm: 'read' } } },
      'scope-overrides-unused',
      {
        rule: 'scope-overrides-unused',
        severity: 'warning',
        pointer: '/settings/scope_overrides',
        at: 'key',
        message:
          '"settings.scope_overrides" is a v2.1 key that nothing reads in v3, so its overrides do nothing: remove it'
      }
    )
  })

  test('other settings pass, and settings are never looked into', () => {
    expectClean(
      { version: '3.0', settings: { scopes: { scope_overrides: 1 } } },
      'scope-overrides-unused'
    )
  })
})

describe('empty-config', () => {
  test.each([
    [{ version: '3.0' }],
    [{ version: '3.0', entities: [], flows: [] }]
  ])('%j does nothing', (config) => {
    expectProblems(config, 'empty-config', {
      rule: 'empty-config',
      severity: 'notice',
      pointer: '',
      message:
        'this config has no entities and no flows, so it does nothing: add the entities it syncs and the flows that write them'
    })
  })

  test('an entity is enough, and a wrong type is left to wrong-type', () => {
    expectClean(
      { version: '3.0', entities: [entity('company')] },
      'empty-config'
    )
    expectClean({ version: '3.0', entities: 'x' }, 'empty-config')
  })
})
