/**
 * The benchmark's worker, bundled with ncc so that it runs the code the
 * action runs. scripts/bench.mjs starts it once per measurement:
 *
 *   generate <dir>                 write the corpora
 *   time <measurement> <runs> <dir>  time our work and its floor, interleaved
 *   peak <task> <dir>              run one task once, report the peak RSS
 *
 * Each command prints one JSON object on stdout.
 */
import { performance } from 'node:perf_hooks'
import { dirname, join } from 'node:path'
import { loadRules } from '../src/rules/on-demand.js'
import { BENCH_SEED, BENCH_SIZES, LAYOUT, writeCorpora } from './corpora.js'
import {
  checkFile,
  diff,
  diffParsed,
  jsonFiles,
  manyErrors,
  readAndParse,
  validate,
  type Task
} from './tasks.js'

type Tasks = Record<string, Task>

/** What each timed measurement compares: the floor first. */
function measurement(name: string, corpus: string): Tasks {
  const at = (path: string) => join(corpus, path)
  switch (name) {
    case 'clean':
    case 'findings': {
      const directory = at(LAYOUT[name])
      return {
        floor: readAndParse(jsonFiles(directory)),
        ours: validate(directory)
      }
    }
    case 'big':
      return {
        floor: readAndParse([at(LAYOUT.big)]),
        ours: validate(dirname(at(LAYOUT.big)))
      }
    case 'diff':
    case 'diff-half': {
      const [before, after] = diffInputs(name, corpus)
      return {
        floor: readAndParse([before, after]),
        ours: diff(before, after, false),
        review: diff(before, after, true)
      }
    }
    // The diff alone, its inputs parsed once beforehand, at both sizes in
    // turn in one process: no floor, as there is nothing left to compare
    // it with; its growth is what counts, so both sizes run alike.
    case 'diff-growth':
      return {
        half: diffParsed(...diffInputs('diff-half', corpus)),
        whole: diffParsed(...diffInputs('diff', corpus))
      }
    // A guard, not a target: the explaining validator with ajv-errors once
    // rescanned every error at each message, quadratic in the errors.
    case 'errors-growth':
      return {
        half: checkFile(manyErrors(ERRORS / 2)),
        whole: checkFile(manyErrors(ERRORS))
      }
  }
  throw new Error(`no measurement named ${name}`)
}

/** The schema errors of the larger config of the errors guard. */
const ERRORS = 4000

/** The two files a diff measurement compares. */
function diffInputs(name: string, corpus: string): [string, string] {
  const half = name.startsWith('diff-half')
  return [
    join(corpus, half ? LAYOUT.halfBefore : LAYOUT.big),
    join(corpus, half ? LAYOUT.halfAfter : LAYOUT.after)
  ]
}

/** The tasks whose peak memory is measured, each in a process of its own. */
function peakTask(name: string, corpus: string): Task {
  // Idle is Node and the whole bundle: the parts of the rules loaded on
  // demand count as code, as they did before they were split off.
  if (name === 'idle') {
    return async () => {
      await loadRules()
      return 0
    }
  }
  const [measured, part] = name.split(':') as [string, string]
  const task = measurement(measured, corpus)[part]
  if (task === undefined) throw new Error(`no task named ${name}`)
  return task
}

/**
 * Runs every task of a measurement in turn, `runs` times after one warm-up
 * round, collecting the garbage before each so that no task pays for
 * another's. Interleaving gives each the same share of a busy machine; the
 * CPU time (every thread of the process) is kept beside the wall time, as
 * it suffers less from other processes.
 */
async function time(tasks: Tasks, runs: number) {
  const samples: Record<string, number[]> = {}
  const cpu: Record<string, number[]> = {}
  const first: Record<string, number> = {}
  const checks: Record<string, number> = {}
  for (let round = 0; round <= runs; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      globalThis.gc?.()
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      checks[name] = await task()
      const elapsed = performance.now() - start
      const used = process.cpuUsage(cpuStart)
      if (round === 0) {
        first[name] = elapsed
        continue
      }
      ;(samples[name] ??= []).push(elapsed)
      ;(cpu[name] ??= []).push((used.user + used.system) / 1000)
    }
  }
  return { samples, cpu, first, checks }
}

async function main(argv: string[]): Promise<unknown> {
  const [command, ...rest] = argv
  if (command === 'generate') {
    const start = performance.now()
    writeCorpora(rest[0]!, BENCH_SEED, BENCH_SIZES)
    return { generatedMs: performance.now() - start }
  }
  if (command === 'time') {
    const [name, runs, corpus] = rest as [string, string, string]
    return time(measurement(name, corpus), Number(runs))
  }
  if (command === 'peak') {
    const [name, corpus] = rest as [string, string]
    const task = peakTask(name, corpus)
    const check = await task()
    // maxRSS is in kilobytes.
    return { peakBytes: process.resourceUsage().maxRSS * 1024, check }
  }
  throw new Error(`unknown command ${String(command)}`)
}

process.stdout.write(JSON.stringify(await main(process.argv.slice(2))) + '\n')
