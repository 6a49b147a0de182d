// The benchmark of issue 6: our work next to the physical floor of the same
// work, measured in the same run, printed as ratios and written to
// bench/out/results.json.
//
//   npm run bench                 7 timed runs per measurement
//   npm run bench -- --runs 11    more runs, steadier medians
//   npm run bench -- --peak-runs 9  more runs of each peak of memory
//   npm run bench -- --again      print the last run's numbers again
//
// It bundles a worker (bench/run.ts), the action and the CLI with ncc into
// bench/out/ (so it measures the code the action runs, built from the
// current sources), writes the seeded corpora to bench/out/corpus/, then
// starts one child process per measurement. Each child times our work and
// its floor interleaved, so a busy machine slows both alike.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'bench', 'out')
const corpus = join(out, 'corpus')
const worker = join(out, 'run', 'index.js')
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js')
const schema = join(root, 'schemas/connector-config-v3.schema.json')

/** The sources the corpora are made from: a change regenerates them. */
const GENERATOR = [
  'config-generator.ts',
  'corpora.ts',
  'findings.ts',
  'flow-changes.ts',
  'random.ts',
  'vocabulary.ts'
]

/** Each is timed in a process of its own, our work beside its floor. */
const MEASUREMENTS = [
  'clean',
  'findings',
  'big',
  'diff',
  'diff-half',
  'diff-growth',
  'errors-growth'
]

/** Each runs once in a process of its own, which reports its peak RSS. */
const PEAK_TASKS = [
  'idle',
  'clean:floor',
  'clean:ours',
  'big:floor',
  'big:ours',
  'diff:floor',
  'diff:ours',
  'diff:review'
]

const BUNDLES = [
  { entry: 'bench/run.ts', out: 'run' },
  { entry: 'bench/action.ts', out: 'action' },
  { entry: 'bench/cli.ts', out: 'cli' }
]

const MB = 1024 * 1024

/**
 * V8's young generation, which any run that allocates commits whatever its
 * input: the constant of the memory target.
 */
const MEMORY_CONSTANT = 32 * MB

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'cold-runs': { type: 'string', default: '15' },
    'process-runs': { type: 'string', default: '3' },
    'peak-runs': { type: 'string', default: '5' },
    // Prints the last run's numbers again without measuring.
    again: { type: 'boolean', default: false }
  }
})
const runs = Number(options.runs)
const coldRuns = Number(options['cold-runs'])
const peakRuns = Number(options['peak-runs'])
const processRuns = Number(options['process-runs'])
const rawFile = join(out, 'raw.json')

const started = performance.now()
const stats = await import(await bundledStats())
const raw = options.again
  ? JSON.parse(readFileSync(rawFile, 'utf8'))
  : measureAll()
writeFileSync(rawFile, JSON.stringify(raw) + '\n')

const results = summarise(raw)
writeFileSync(
  join(out, 'results.json'),
  JSON.stringify(results, null, 2) + '\n'
)
console.log(render(results))
console.log(
  `\nnumbers: bench/out/results.json (${((performance.now() - started) / 1000).toFixed(0)} s in all)`
)

/** Builds, generates, and takes every measurement. */
function measureAll() {
  execFileSync(process.execPath, ['scripts/compile-schemas.mjs'], {
    cwd: root
  })
  buildBundles()
  const generated = ensureCorpora()
  const sizes = corpusSizes()
  log(describeCorpora(sizes))

  const timed = {}
  for (const name of MEASUREMENTS) {
    log(`timing ${name} ...`)
    timed[name] = timeInChild(name)
  }
  log('peak memory ...')
  // Each task's peak several times, in rounds: a peak RSS moves by a few MB
  // from run to run, with when V8 collects.
  const peaks = {}
  for (let round = 0; round < peakRuns; round++) {
    for (const task of PEAK_TASKS) (peaks[task] ??= []).push(peakInChild(task))
  }
  log('cold start ...')
  const cold = coldStart()
  log('ajv-cli and our CLI ...')
  const processes = processComparison()
  return { runs, generated, sizes, timed, peaks, cold, processes }
}

// ---------------------------------------------------------------------------

/**
 * The ratio arithmetic lives in bench/stats.ts, where it is tested; the
 * worker bundle is ESM without exports, so it is bundled on its own.
 */
async function bundledStats() {
  const target = join(out, 'stats', 'index.js')
  if (isStale(target, ['bench/stats.ts'])) {
    bundle(join(root, 'bench/stats.ts'), join(out, 'stats'))
  }
  return target
}

function bundle(entry, directory) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', directory, '--transpile-only', '--quiet'],
    { cwd: root, stdio: 'inherit' }
  )
}

/** Rebuilds a bundle when any source is newer than it. */
function buildBundles() {
  for (const entry of BUNDLES) {
    const target = join(out, entry.out, 'index.js')
    if (!isStale(target, ['src', 'bench', 'package-lock.json'])) continue
    log(`bundling ${entry.entry} ...`)
    bundle(join(root, entry.entry), join(out, entry.out))
  }
}

function isStale(target, sources) {
  if (!existsSync(target)) return true
  const built = statSync(target).mtimeMs
  return sources.some((source) => newest(join(root, source)) > built)
}

function newest(path) {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  if (path === out) return 0
  return readdirSync(path)
    .map((name) => newest(join(path, name)))
    .reduce((a, b) => Math.max(a, b), stats.mtimeMs)
}

/** Generates the corpora unless the generator's sources are unchanged. */
function ensureCorpora() {
  const hash = createHash('sha256')
  for (const name of GENERATOR)
    hash.update(readFileSync(join(root, 'bench', name)))
  const stamp = hash.digest('hex')
  const stampFile = join(corpus, 'stamp')
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return false
  }
  log('generating the corpora ...')
  child(['generate', corpus])
  writeFileSync(stampFile, stamp)
  return true
}

function corpusSizes() {
  const dirBytes = (dir) =>
    readdirSync(join(corpus, dir)).map(
      (name) => statSync(join(corpus, dir, name)).size
    )
  const file = (path) => statSync(join(corpus, path)).size
  const clean = dirBytes('clean')
  return {
    cleanFiles: clean.length,
    cleanBytes: clean.reduce((a, b) => a + b, 0),
    cleanLargest: Math.max(...clean),
    findingsFiles: dirBytes('findings').length,
    big: file('big/connector.json'),
    after: file('diff/after.json'),
    halfBefore: file('diff/half-before.json'),
    halfAfter: file('diff/half-after.json')
  }
}

function describeCorpora(s) {
  return (
    `corpora: (a) ${s.cleanFiles} files, ${mb(s.cleanBytes)}; (b) the same, ` +
    `one in ten with findings; (c) ${mb(s.big)}; (d) ${mb(s.big)} and ` +
    `${mb(s.after)}, 1% of flows edited; (d/2) ${mb(s.halfBefore)} and ` +
    `${mb(s.halfAfter)}`
  )
}

function child(args, flags = []) {
  const result = spawnSync(process.execPath, [...flags, worker, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * MB
  })
  if (result.status !== 0) {
    throw new Error(`bench worker ${args.join(' ')} failed:\n${result.stderr}`)
  }
  return JSON.parse(result.stdout)
}

function timeInChild(name) {
  // The diff alone takes a tenth of a second: more runs steady its median.
  const count = name === 'diff-growth' ? 3 * runs : runs
  return child(['time', name, String(count), corpus], ['--expose-gc'])
}

function peakInChild(task) {
  return child(['peak', task, corpus]).peakBytes
}

/**
 * The action on a copy of _examples/ (its manifest at the root, as a
 * repository holds it) against `node -e ""`, interleaved.
 */
function coldStart() {
  const workspace = mkdtempSync(join(tmpdir(), 'plugsync-bench-'))
  cpSync(join(root, '_examples'), join(workspace, '_examples'), {
    recursive: true
  })
  cpSync(
    join(root, '_examples/plugsync.yaml'),
    join(workspace, 'plugsync.yaml')
  )
  writeFileSync(join(workspace, 'event.json'), '{}')
  writeFileSync(join(workspace, 'output'), '')
  writeFileSync(join(workspace, 'summary'), '')
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(workspace, 'event.json'),
    GITHUB_OUTPUT: join(workspace, 'output'),
    GITHUB_STEP_SUMMARY: join(workspace, 'summary'),
    GITHUB_REPOSITORY: 'acme/connectors',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/pull/7/merge',
    RUNNER_TEMP: workspace,
    INPUT_MODE: 'validate'
  }
  const action = join(out, 'action', 'index.js')
  const samples = { bare: [], action: [] }
  for (let round = 0; round <= coldRuns; round++) {
    const bare = timeProcess(['-e', ''], { cwd: workspace, env })
    const run = timeProcess([action], { cwd: workspace, env })
    if (run.status !== 0) {
      throw new Error(`the action failed on _examples:\n${run.stdout}`)
    }
    // The first round warms the disk cache for both.
    if (round === 0) continue
    samples.bare.push(bare.ms)
    samples.action.push(run.ms)
  }
  rmSync(workspace, { recursive: true, force: true })
  return samples
}

/** ajv-cli and our CLI on corpus (a), each as a user starts it. */
function processComparison() {
  const clean = join(corpus, 'clean')
  const ajvArgs = [
    ajvCli,
    'validate',
    '--spec=draft2020',
    '--all-errors',
    '-c',
    'ajv-errors',
    '-s',
    schema,
    '-d',
    join(clean, '*.json')
  ]
  const cliArgs = [join(out, 'cli', 'index.js'), 'validate']
  const samples = { ajv: [], cli: [] }
  for (let round = 0; round < processRuns; round++) {
    const ajv = timeProcess(ajvArgs, { cwd: root })
    const ours = timeProcess(cliArgs, { cwd: clean })
    if (ajv.status !== 0) throw new Error(`ajv-cli failed:\n${ajv.stderr}`)
    if (ours.status !== 0) throw new Error(`our CLI failed:\n${ours.stdout}`)
    samples.ajv.push(ajv.ms)
    samples.cli.push(ours.ms)
  }
  return samples
}

function timeProcess(args, spawnOptions) {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, {
    ...spawnOptions,
    encoding: 'utf8',
    maxBuffer: 64 * MB
  })
  return { ...result, ms: performance.now() - start }
}

/** Every figure as a median with its spread, its ratio, and the targets. */
function summarise({ runs, generated, sizes, timed, peaks, cold, processes }) {
  const {
    summarise: sum,
    median,
    ratio,
    pairedRatios,
    overhead,
    growth,
    memoryMultiple,
    atMost,
    medianAtMost
  } = stats
  // A ratio is the median of each run's ratio to the floor timed beside it
  // in the same round, so that a slow moment slows both and cancels.
  const figure = (name, part) => {
    const { samples, cpu } = timed[name]
    const ratios = pairedRatios(samples[part], samples.floor)
    return {
      ...sum(samples[part]),
      first: timed[name].first[part],
      floor: sum(samples.floor),
      ratios,
      ratio: median(ratios),
      cpuRatio: median(pairedRatios(cpu[part], cpu.floor))
    }
  }
  const figures = {
    clean: figure('clean', 'ours'),
    findings: figure('findings', 'ours'),
    big: figure('big', 'ours'),
    diff: figure('diff', 'ours'),
    diffHalf: figure('diff-half', 'ours'),
    review: figure('diff', 'review'),
    reviewHalf: figure('diff-half', 'review')
  }
  const bare = sum(cold.bare)
  const action = sum(cold.action)
  const ajv = sum(processes.ajv)
  const cli = sum(processes.cli)
  // The action and bare node, and our CLI and ajv-cli, run in turns too.
  const overheads = cold.action.map((ms, round) =>
    overhead(ms, cold.bare[round])
  )
  const processRatios = pairedRatios(processes.cli, processes.ajv)
  const grown = (single, doubled) => growth(single.median, doubled.median)
  const { half, whole } = timed['diff-growth'].samples
  const diffWork = {
    single: sum(half),
    doubled: sum(whole),
    // d/2 and d are timed back to back in each round, like a figure and
    // its floor.
    growths: pairedRatios(whole, half)
  }
  const errors = timed['errors-growth']
  const errorWork = errors && {
    single: sum(errors.samples.half),
    doubled: sum(errors.samples.whole),
    growths: pairedRatios(errors.samples.whole, errors.samples.half)
  }
  // Peaks as their runs (older raw numbers hold one each), shown as medians;
  // each run's multiple is against the idle worker of its own round.
  const runsOf = (task) => [peaks[task]].flat()
  const peakOf = (task) => median(runsOf(task))
  const idle = peakOf('idle')
  const memory = {
    idle,
    constant: MEMORY_CONSTANT,
    runs: runsOf('idle').length,
    clean: entry('clean', sizes.cleanLargest),
    big: entry('big', sizes.big),
    diff: entry('diff', Math.max(sizes.big, sizes.after)),
    review: {
      ...entry('diff', Math.max(sizes.big, sizes.after)),
      ours: peakOf('diff:review')
    }
  }
  const multiples = (task, largest) =>
    runsOf(task).map((ours, round) =>
      memoryMultiple(
        ours,
        (runsOf('idle')[round] ?? idle) + MEMORY_CONSTANT,
        largest
      )
    )
  const targets = [
    medianAtMost('(a) clean corpus vs its floor', figures.clean.ratios, 3, 'x'),
    medianAtMost(
      '(b) 1 in 10 with findings vs its floor',
      figures.findings.ratios,
      5,
      'x'
    ),
    medianAtMost(
      '(c) one 20 MB config vs its floor',
      figures.big.ratios,
      3,
      'x'
    ),
    medianAtMost('(a) our CLI vs ajv-cli, as processes', processRatios, 1, 'x'),
    atMost(
      '(a) in-process vs ajv-cli',
      ratio(figures.clean.median, ajv.median),
      1,
      'x'
    ),
    medianAtMost('cold start over bare node', overheads, 150, 'ms'),
    medianAtMost('(d) diff of 2 x 20 MB', timed.diff.samples.ours, 1000, 'ms'),
    medianAtMost('(d) diffConfigs growth, d/2 to d', diffWork.growths, 2, 'x'),
    medianAtMost(
      '(a) peak memory beyond idle + 32 MB, per file',
      multiples('clean:ours', memory.clean.largest),
      4,
      'x'
    ),
    medianAtMost(
      '(c) peak memory beyond idle + 32 MB, per file',
      multiples('big:ours', memory.big.largest),
      4,
      'x'
    ),
    medianAtMost(
      '(d) peak memory beyond idle + 32 MB, per file',
      multiples('diff:ours', memory.diff.largest),
      4,
      'x'
    )
  ]
  const informational = [
    atMost(
      '(d) the whole review: + unified diff, hash, Markdown',
      figures.review.median,
      1000,
      'ms'
    ),
    atMost(
      '(d) the same, growth d/2 to d',
      grown(figures.reviewHalf, figures.review),
      2,
      'x'
    ),
    medianAtMost(
      '(d) the same, peak memory per file',
      multiples('diff:review', memory.review.largest),
      4,
      'x'
    ),
    // Older raw numbers (--again) have no such measurement.
    ...(errorWork
      ? [
          medianAtMost(
            '(e) 4,000 schema errors against 2,000, growth',
            errorWork.growths,
            2,
            'x'
          )
        ]
      : [])
  ]
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    runs,
    corporaGenerated: generated,
    sizes,
    figures,
    coldStart: {
      bare,
      action,
      overheadMs: median(overheads)
    },
    processes: {
      ajvCli: ajv,
      ourCli: cli,
      ratio: median(processRatios)
    },
    diffWork,
    ...(errorWork ? { errorWork } : {}),
    growth: {
      work: median(diffWork.growths),
      diff: grown(figures.diffHalf, figures.diff),
      review: grown(figures.reviewHalf, figures.review),
      floor: grown(figures.diffHalf.floor, figures.diff.floor)
    },
    memory,
    targets,
    informational
  }

  function entry(name, largest) {
    return {
      floor: peakOf(`${name}:floor`),
      ours: peakOf(`${name}:ours`),
      largest
    }
  }
}

function render(r) {
  const f = r.figures
  const columns = [36, 9, 17, 9, 7, 7, 9]
  const line = (cells) =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(columns[i]) : cell.padStart(columns[i])
      )
      .join(' ')
  const row = (label, x) =>
    line([
      label,
      ms(x.median),
      `${ms(x.min)}-${ms(x.max)}`,
      ms(x.floor.median),
      `${x.ratio.toFixed(2)}x`,
      `${x.cpuRatio.toFixed(2)}x`,
      ms(x.first)
    ])
  const mem = (label, m) =>
    `  ${label.padEnd(36)} ${mb(m.ours).padStart(9)}   floor ${mb(m.floor).padStart(8)}   ` +
    `${stats.memoryMultiple(m.ours, r.memory.idle + r.memory.constant, m.largest).toFixed(2)}x of ${mb(m.largest)}`
  const target = (t) => {
    const verdict = t.verdict ?? (t.met ? 'met' : 'missed')
    const label = { met: 'met', 'within noise': 'noise', missed: 'MISSED' }
    const figure = `${number(t.actual)}${t.unit} (at most ${t.limit}${t.unit})`
    const interval =
      t.interval === undefined
        ? ''
        : `; median within ${number(t.interval.low)}-${number(t.interval.high)}${t.unit} ` +
          `at ${(100 * t.interval.confidence).toFixed(0)}%`
    return `  ${label[verdict].padEnd(6)} ${t.name.padEnd(48)} ${figure}${interval}`
  }
  return [
    '',
    `PlugSync config benchmark: node ${r.node}, ${r.cpus} CPUs, median of ${r.runs} runs after a warm-up`,
    '',
    line([
      'measurement',
      'median',
      'spread',
      'floor',
      'ratio',
      'cpu',
      '1st run'
    ]),
    row('(a) validate 1,000 clean configs', f.clean),
    row('(b) the same, 1 in 10 with findings', f.findings),
    row('(c) validate one 20 MB config', f.big),
    row('(d) diff of 2 x 20 MB (diffConfigs)', f.diff),
    row('(d/2) the same at half the size', f.diffHalf),
    row('(d) + unified diff, hash, Markdown', f.review),
    row('(d/2) the same at half the size', f.reviewHalf),
    '',
    `diffConfigs alone on parsed configs: d/2 ${ms(r.diffWork.single.median)}, d ${ms(r.diffWork.doubled.median)}`,
    ...(r.errorWork
      ? [
          `(e) one config with 2,000 schema errors ${ms(r.errorWork.single.median)}, with 4,000 ${ms(r.errorWork.doubled.median)}`
        ]
      : []),
    `growth from d/2 to d: diffConfigs ${r.growth.work.toFixed(2)}x; read, parse and diff ${r.growth.diff.toFixed(2)}x; ` +
      `with the unified diff ${r.growth.review.toFixed(2)}x; the floor ${r.growth.floor.toFixed(2)}x`,
    `cold start on _examples: action ${ms(r.coldStart.action.median)}, node -e "" ${ms(r.coldStart.bare.median)}: +${ms(r.coldStart.overheadMs)}`,
    `(a) as processes: ajv-cli ${ms(r.processes.ajvCli.median)} (${ms(r.processes.ajvCli.min)}-${ms(r.processes.ajvCli.max)}), ` +
      `our CLI ${ms(r.processes.ourCli.median)} (${ms(r.processes.ourCli.min)}-${ms(r.processes.ourCli.max)}): ${r.processes.ratio.toFixed(2)}x`,
    '',
    `peak memory (RSS), the median of ${r.memory.runs ?? 1} runs; an idle worker holds ${mb(r.memory.idle)}, the constant is that + ${mb(r.memory.constant)}`,
    mem('(a) validate 1,000 configs', r.memory.clean),
    mem('(c) validate one 20 MB config', r.memory.big),
    mem('(d) diff of 2 x 20 MB', r.memory.diff),
    mem('(d) + unified diff, hash, Markdown', r.memory.review),
    '',
    'targets (met: by the median; noise: over it by less than the runs vary;',
    '         MISSED: the whole interval of the median over it)',
    ...r.targets.map(target),
    'not targets: the whole review of (d), as `diff` and a pull request run it;',
    'and (e), a guard against a check quadratic in its findings',
    ...r.informational.map(target)
  ].join('\n')
}

function ms(value) {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`
}

function mb(bytes) {
  if (bytes < MB) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / MB).toFixed(1)} MB`
}

function number(value) {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2)
}

function log(message) {
  process.stderr.write(`${message}\n`)
}
