import {
  PartNotLoaded,
  explainingValidator,
  jsonPathParser,
  withRules
} from '../../src/rules/on-demand.js'

describe('withRules', () => {
  it('loads the part a check asks for and runs the check again', async () => {
    const calls: string[] = []
    let loaded = false
    const part = new PartNotLoaded('test part', async () => {
      calls.push('load')
      loaded = true
    })
    const result = await withRules(() => {
      calls.push('check')
      if (!loaded) throw part
      return 42
    })
    expect(result).toBe(42)
    expect(calls).toEqual(['check', 'load', 'check'])
  })

  it('loads each new part a check asks for in turn', async () => {
    const loaded = new Set<string>()
    const need = (name: string) => {
      if (!loaded.has(name)) {
        throw new PartNotLoaded(name, async () => {
          loaded.add(name)
        })
      }
    }
    const runs: number[] = []
    const result = await withRules(() => {
      runs.push(runs.length + 1)
      need('first')
      need('second')
      return 'done'
    })
    expect(result).toBe('done')
    expect(runs).toEqual([1, 2, 3])
  })

  it('rethrows a part still missing after it was loaded', async () => {
    const part = new PartNotLoaded('broken part', async () => {})
    let runs = 0
    await expect(
      withRules(() => {
        runs++
        throw part
      })
    ).rejects.toBe(part)
    expect(runs).toBe(2)
  })

  it('lets any other error through without running the check again', async () => {
    let runs = 0
    await expect(
      withRules(() => {
        runs++
        throw new TypeError('a bug')
      })
    ).rejects.toThrow('a bug')
    expect(runs).toBe(1)
  })

  it('names the part and the way to load it in its message', () => {
    expect(new PartNotLoaded('JSONPath parser', async () => {}).message).toBe(
      'the JSONPath parser of the rules is not loaded: run the check through withRules'
    )
  })
})

describe('the parts, once loaded', () => {
  it('give the validator that explains every schema error', () => {
    const validate = explainingValidator()
    expect(validate({ version: 3 })).toBe(false)
    expect(validate.errors?.map((error) => error.instancePath)).toEqual([
      '/version'
    ])
  })

  it('give the RFC 9535 parser, which throws on a bad query', () => {
    const parse = jsonPathParser()
    expect(parse('$.a[?@.b]')).toMatchObject({ type: 'JsonPathQuery' })
    expect(() => parse('$.a[')).toThrow()
  })
})
