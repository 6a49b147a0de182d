import { createHash } from 'node:crypto'
import { generateConfig, serialise } from '../../bench/config-generator.js'
import {
  corpusFiles,
  hasMistakes,
  LAYOUT,
  type CorpusFile,
  type CorpusSizes
} from '../../bench/corpora.js'
import {
  duplicateKey,
  makeMistake,
  MISTAKES,
  type Mistake
} from '../../bench/findings.js'
import { changeFlows } from '../../bench/flow-changes.js'
import { createRandom } from '../../bench/random.js'
import { jsonEqual } from '../../src/diff/json-equal.js'
import { checkBytes } from '../../src/engine/check-file.js'

/** The corpora, scaled down so that a test makes them quickly. */
const SMALL: CorpusSizes = {
  files: 20,
  fileBytes: 30_000,
  bigBytes: 400_000,
  findingsEvery: 10,
  changedFraction: 0.05
}

function files(seed: number): CorpusFile[] {
  return [...corpusFiles(seed, SMALL)]
}

function digest(list: readonly CorpusFile[]): string[] {
  return list.map(
    (file) =>
      `${file.path} ${createHash('sha256').update(file.text).digest('hex')}`
  )
}

function rulesOf(path: string, text: string): string[] {
  const report = checkBytes(path, Buffer.from(text))
  return [...new Set(report.findings.map((finding) => finding.rule))].sort()
}

const corpus = files(7)
const byPath = new Map(corpus.map((file) => [file.path, file.text]))
const text = (path: string): string => byPath.get(path)!
const name = (index: number) =>
  `connector-${String(index + 1).padStart(4, '0')}.json`

describe('corpusFiles', () => {
  it('makes the same bytes from the same seed', () => {
    expect(digest(files(7))).toEqual(digest(corpus))
  })

  it('makes other bytes from another seed', () => {
    const other = new Set(digest(files(8)))
    expect(digest(corpus).filter((line) => other.has(line))).toEqual([])
  })

  it('lays the corpora out as the benchmark reads them', () => {
    const paths = corpus.map((file) => file.path)
    expect(paths.filter((path) => path.startsWith('clean/'))).toHaveLength(20)
    expect(paths.filter((path) => path.startsWith('findings/'))).toHaveLength(
      20
    )
    expect(paths.slice(0, 2)).toEqual([
      'clean/connector-0001.json',
      'findings/connector-0001.json'
    ])
    expect(paths.slice(-4)).toEqual([
      LAYOUT.big,
      LAYOUT.after,
      LAYOUT.halfBefore,
      LAYOUT.halfAfter
    ])
  })

  it('writes clean configs of about the asked size with no finding', () => {
    for (let index = 0; index < SMALL.files; index++) {
      const clean = text(`clean/${name(index)}`)
      expect(clean.length).toBeGreaterThanOrEqual(SMALL.fileBytes)
      expect(clean.length).toBeLessThan(SMALL.fileBytes * 1.3)
      expect(rulesOf(name(index), clean)).toEqual([])
    }
  })

  it('puts findings in one file in ten and leaves the others clean', () => {
    const withFindings = []
    for (let index = 0; index < SMALL.files; index++) {
      const path = `findings/${name(index)}`
      const findings = rulesOf(path, text(path))
      if (findings.length > 0) withFindings.push(index)
      else expect(text(path)).toBe(text(`clean/${name(index)}`))
    }
    expect(withFindings).toEqual([9, 19])
    expect([9, 19].every((index) => hasMistakes(index, SMALL))).toBe(true)
  })

  it('makes a big config of about the asked size, clean', () => {
    const big = text(LAYOUT.big)
    expect(big.length).toBeGreaterThanOrEqual(SMALL.bigBytes)
    expect(big.length).toBeLessThan(SMALL.bigBytes * 1.05)
    expect(rulesOf(LAYOUT.big, big)).toEqual([])
  })

  it('makes the half-size config a prefix of the big one', () => {
    const big = JSON.parse(text(LAYOUT.big))
    const half = JSON.parse(text(LAYOUT.halfBefore))
    const count = half.entities.length
    expect(count).toBeGreaterThan(big.entities.length * 0.4)
    expect(count).toBeLessThan(big.entities.length * 0.6)
    expect(half.entities).toEqual(big.entities.slice(0, count))
    expect(half.flows).toEqual(big.flows.slice(0, half.flows.length))
  })

  it('edits the asked share of flows in the new version, and only flows', () => {
    const before = JSON.parse(text(LAYOUT.big))
    const after = JSON.parse(text(LAYOUT.after))
    const edited = before.flows.filter(
      (flow: never, index: number) => !jsonEqual(flow, after.flows[index])
    )
    expect(edited).toHaveLength(Math.round(before.flows.length * 0.05))
    expect(after.entities).toEqual(before.entities)
    expect(after.settings).toEqual(before.settings)
  })
})

describe('makeMistake', () => {
  const expected: Record<Mistake, string> = {
    'entity-mode-key': 'unknown-entity-key',
    'hyphen-in-jsonpath': 'invalid-jsonpath',
    'misspelt-step-field': 'unknown-step-field',
    'unknown-entity': 'unknown-entity-reference',
    'version-as-number': 'invalid-version',
    'duplicate-key': 'duplicate-key'
  }

  it.each(MISTAKES.map((mistake) => [mistake, expected[mistake]]))(
    '%s is reported as %s',
    (mistake, rule) => {
      const { config } = generateConfig(createRandom(3), 20_000)
      makeMistake(createRandom(4), config, mistake as Mistake)
      const written =
        mistake === 'duplicate-key'
          ? duplicateKey(serialise(config))
          : serialise(config)
      expect(rulesOf('a.json', written)).toContain(rule)
    }
  )
})

describe('duplicateKey', () => {
  it('repeats the first target on the next line', () => {
    const text = '{\n  "m": {\n    "source": "$.a",\n    "target": "a"\n  }\n}\n'
    expect(duplicateKey(text)).toBe(
      '{\n  "m": {\n    "source": "$.a",\n    "target": "a",\n    "target": "a"\n  }\n}\n'
    )
  })

  it('leaves a text without a target as it is', () => {
    expect(duplicateKey('{"version": "3.1"}')).toBe('{"version": "3.1"}')
  })
})

describe('changeFlows', () => {
  it('copies the edited flows and shares the others', () => {
    const { config } = generateConfig(createRandom(5), 60_000)
    const flows = config.flows as object[]
    const changed = changeFlows(createRandom(6), config, 0.1)
    const next = changed.config.flows as object[]
    const kept = next.filter((flow, index) => flow === flows[index])
    expect(changed.edited).toBe(Math.max(1, Math.round(flows.length * 0.1)))
    expect(next).toHaveLength(flows.length)
    expect(kept).toHaveLength(flows.length - changed.edited)
    expect(config.flows).toBe(flows)
  })
})
