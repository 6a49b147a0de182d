import { tmpdir } from 'node:os'
import { realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { annotate, AnnotationBudget } from './action/annotations.js'
import { decideMode, readEvent, type Mode } from './action/event.js'
import { InputError, readInputs, type ActionInputs } from './action/inputs.js'
import { isInside } from './discover/repo-path.js'
import { writeReportFile } from './action/report-file.js'
import type { ModeContext, ModeResult } from './action/mode.js'
import type { ActionRuntime } from './action/runtime.js'
import { judge } from './action/verdict.js'
import { checkedPaths, checkRepository } from './engine/check-repository.js'
import type { Logger } from './logger.js'
import { buildJsonReport } from './report/json-report.js'
import { jsonText, REPORT_DEPTH } from './report/json-text.js'
import { capSummary } from './report/summary-cap.js'
import { renderValidationSummary } from './report/validation-summary.js'

/**
 * The action: validate every config, annotate and summarise the findings,
 * then diff (pull requests) or promote (the default branch) as the event
 * asks, and fail once, at the end, if anything failed.
 */
export async function run(
  runtime: ActionRuntime,
  env: NodeJS.ProcessEnv
): Promise<void> {
  try {
    // The runner passes every input, its default when the workflow names
    // none, so an empty api-url was asked for: most likely an unset
    // variable, which must not fall back to production.
    if (env['INPUT_API-URL']?.trim() === '') {
      throw new InputError(
        'input api-url is empty: give the PlugSync API URL (check the variable it comes from), or leave the input out to use PlugSync itself'
      )
    }
    const inputs = readInputs(
      (name) => runtime.getInput(name),
      runtime.setSecret
    )
    const event = readEvent(env)
    const { mode, reason } = decideMode(inputs.mode, event)
    runtime.info(`mode: ${mode} (${reason})`)
    const logger = loggerOf(runtime)

    const root = await rootOf(env, inputs.workingDirectory)
    const check = await checkRepository({
      root,
      patterns: inputs.configs,
      exclude: inputs.exclude,
      manifest: inputs.manifest,
      logger
    })
    const verdict = judge(check.findings, inputs.failOn)
    const directory = directoryInRepository(env, root)
    const annotations = new AnnotationBudget()
    const omitted = annotate(check.findings, runtime, directory, annotations)
    if (omitted > 0) {
      runtime.info(
        `${omitted} more finding(s) than GitHub shows as annotations: the JSON report (output report) lists them all, the job summary as many as fit`
      )
    }

    runtime.setOutput('valid', String(verdict.valid))
    runtime.setOutput('errors', String(verdict.counts.error))
    runtime.setOutput('warnings', String(verdict.counts.warning))
    const report = await writeReport(inputs, env, check, verdict.valid)
    if ('path' in report) runtime.setOutput('report', report.path)

    const links = {
      serverUrl: event.serverUrl,
      repository: event.repository,
      sha: event.pullRequest?.headSha ?? event.sha,
      directory
    }
    const validationMarkdown = renderValidationSummary({
      files: check.files,
      findings: check.findings,
      links
    })
    const context: ModeContext = {
      directory,
      inputs,
      event,
      check,
      verdict,
      runtime,
      logger,
      env,
      validationMarkdown,
      annotations
    }
    const result = await runMode(mode, context)

    await writeSummary(
      runtime,
      capSummary(
        [
          '## PlugSync config',
          '',
          validationMarkdown,
          result?.summary ?? ''
        ].join('\n')
      )
    )
    const failures = [verdict.line, report.problem, result?.failure].filter(
      (line) => line !== undefined
    )
    if (failures.length > 0) runtime.setFailed(failures.join('\n'))
  } catch (error) {
    runtime.setFailed(
      `PlugSync config: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/**
 * Appends the run's Markdown to the job summary. A summary that cannot be
 * written is a warning: the findings are in the annotations and the
 * report, and the run's verdict must not be lost to it.
 */
async function writeSummary(
  runtime: ActionRuntime,
  markdown: string
): Promise<void> {
  try {
    await runtime.appendSummary(markdown)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    runtime.warning(
      `PlugSync config: the job summary could not be written (${reason}); the annotations and the report file hold the findings`
    )
  }
}

/**
 * Loads the code of a mode only when the run needs it: the GitHub and
 * PlugSync clients cost start-up time a plain validation should not pay.
 */
async function runMode(
  mode: Mode,
  context: ModeContext
): Promise<ModeResult | undefined> {
  if (mode === 'diff') {
    const { runDiffMode } = await import('./modes/diff-mode.js')
    return runDiffMode(context)
  }
  if (mode === 'promote') {
    const { runPromoteMode } = await import('./modes/promote-mode.js')
    return runPromoteMode(context)
  }
  return undefined
}

async function writeReport(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  check: Awaited<ReturnType<typeof checkRepository>>,
  valid: boolean
): Promise<{ path: string; problem?: never } | { problem: string }> {
  const path = inputs.report
    ? resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.report)
    : join(env.RUNNER_TEMP ?? tmpdir(), 'plugsync-config-report.json')
  const report = buildJsonReport(
    check.files,
    check.findings,
    inputs.failOn,
    valid
  )
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  const place = {
    roots: [workspace, env.RUNNER_TEMP ?? tmpdir()],
    keep: checkedPaths(check)
  }
  try {
    const text = jsonText(report, REPORT_DEPTH)
    const refused = await writeReportFile(path, text, place)
    if (refused === undefined) return { path }
    return {
      problem: `PlugSync config: the report input names ${inputs.report || path}, but ${refused}`
    }
  } catch (error) {
    const reason = (error as Partial<Error> | undefined)?.message
    return {
      problem: `PlugSync config: the JSON report could not be written to ${inputs.report || path} (input report): ${reason ?? String(error)}; name a file the job may write, or leave the input empty`
    }
  }
}

function loggerOf(runtime: ActionRuntime): Logger {
  return {
    info: (message) => runtime.info(message),
    debug: (message) => runtime.debug(message),
    warning: (message) => runtime.warning(message)
  }
}

/**
 * The folder to check: working-directory, inside the workspace, symlinks
 * resolved too, since a pull request may turn the folder into a link. A
 * path that leads out would check files that are not the repository's.
 */
async function rootOf(
  env: NodeJS.ProcessEnv,
  workingDirectory: string
): Promise<string> {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd())
  const root = resolve(workspace, workingDirectory)
  const [realWorkspace, realRoot] = await Promise.all(
    [workspace, root].map((path) => realpath(path).catch(() => path))
  )
  if (!isInside(workspace, root) || !isInside(realWorkspace!, realRoot!)) {
    throw new InputError(
      `working-directory "${workingDirectory}" leads out of the workspace: name a folder of the repository, relative to its top (as in "connectors")`
    )
  }
  return root
}

/**
 * The checked root's path inside the repository, '' when it is the top (or
 * lies outside the workspace, where no link could reach it).
 */

function directoryInRepository(env: NodeJS.ProcessEnv, root: string): string {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd())
  const path = relative(workspace, root).split(sep).join('/')
  return path.startsWith('..') || isAbsolute(path) ? '' : path
}
