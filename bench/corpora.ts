import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generateConfig, serialise } from './config-generator.js'
import { addMistakes, duplicateKey } from './findings.js'
import { changeFlows } from './flow-changes.js'
import { createRandom } from './random.js'

/** How big the corpora are; the benchmark's are the issue's. */
export interface CorpusSizes {
  /** Files in the clean and in the findings corpus. */
  files: number
  /** About this many bytes per file of those corpora. */
  fileBytes: number
  /** About this many bytes in the one big config. */
  bigBytes: number
  /** One file in this many carries mistakes. */
  findingsEvery: number
  /** The share of flows the new version of the big config edits. */
  changedFraction: number
}

/** The corpora: 1,000 files of 30 KB, a 20 MB config, 1% changed. */
export const BENCH_SIZES: CorpusSizes = {
  files: 1000,
  fileBytes: 30_000,
  bigBytes: 20_000_000,
  findingsEvery: 10,
  changedFraction: 0.01
}

/** The benchmark's seed. */
export const BENCH_SEED = 20240601

/** Where each corpus is, relative to the corpora's directory. */
export const LAYOUT = {
  clean: 'clean',
  findings: 'findings',
  big: 'big/connector.json',
  after: 'diff/after.json',
  halfBefore: 'diff/half-before.json',
  halfAfter: 'diff/half-after.json'
} as const

/** One file of a corpus: its path in the corpora and its text. */
export interface CorpusFile {
  path: string
  text: string
}

/**
 * Every file of the corpora, made from the seed alone: the same seed and
 * sizes give the same bytes on any machine. Files come one at a time so
 * that the big configs are never all held at once.
 */
export function* corpusFiles(
  seed: number,
  sizes: CorpusSizes
): Generator<CorpusFile> {
  for (let index = 0; index < sizes.files; index++) {
    const name = `connector-${String(index + 1).padStart(4, '0')}.json`
    const clean = generateConfig(createRandom(seed + index), sizes.fileBytes)
    yield { path: `${LAYOUT.clean}/${name}`, text: serialise(clean.config) }
    yield {
      path: `${LAYOUT.findings}/${name}`,
      text: hasMistakes(index, sizes)
        ? withMistakes(seed, index, sizes)
        : serialise(clean.config)
    }
  }
  yield* bigFiles(seed, sizes)
}

/** Whether the file at this index of the findings corpus has mistakes. */
export function hasMistakes(index: number, sizes: CorpusSizes): boolean {
  return index % sizes.findingsEvery === sizes.findingsEvery - 1
}

function withMistakes(seed: number, index: number, sizes: CorpusSizes) {
  const { config } = generateConfig(createRandom(seed + index), sizes.fileBytes)
  const mistakes = addMistakes(createRandom(~(seed + index)), config)
  const text = serialise(config)
  return mistakes.includes('duplicate-key') ? duplicateKey(text) : text
}

/** The big config, its edited version, and both at half the size. */
function* bigFiles(seed: number, sizes: CorpusSizes): Generator<CorpusFile> {
  const bigSeed = seed + 1_000_000
  for (const half of [false, true]) {
    const bytes = half ? sizes.bigBytes / 2 : sizes.bigBytes
    const before = generateConfig(createRandom(bigSeed), bytes).config
    const edits = createRandom(bigSeed + (half ? 2 : 1))
    const after = changeFlows(edits, before, sizes.changedFraction).config
    yield {
      path: half ? LAYOUT.halfBefore : LAYOUT.big,
      text: serialise(before)
    }
    yield {
      path: half ? LAYOUT.halfAfter : LAYOUT.after,
      text: serialise(after)
    }
  }
}

/** Writes the corpora under `directory`, replacing what was there. */
export function writeCorpora(
  directory: string,
  seed: number,
  sizes: CorpusSizes
): void {
  rmSync(directory, { recursive: true, force: true })
  for (const file of corpusFiles(seed, sizes)) {
    const path = join(directory, file.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, file.text)
  }
}
