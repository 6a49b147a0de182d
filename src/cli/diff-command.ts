import { stat, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import { judge } from '../action/verdict.js'
import {
  checkedPaths,
  checkRepository,
  type RepositoryCheck
} from '../engine/check-repository.js'
import { renderValidationSummary } from '../report/validation-summary.js'
import { unknownEnvironment } from '../promote/target.js'
import { recordOf, reviewConnectors, type Review } from '../review/compare.js'
import { diffDocument } from '../review/diff-document.js'
import { formatRecordFile } from '../review/record.js'
import { renderReview } from '../review/review-markdown.js'
import { renderReviewText } from '../review/review-text.js'
import { formatText, sourcesOf } from './format-text.js'
import { EXIT, UsageError, stderrLogger, type CliIo } from './io.js'
import { failOnOf, oneOf, parseOptions, wholeNumber } from './options.js'
import {
  apiUrlOf,
  openPlugSync,
  readToken,
  refuseTokenArgument
} from './token.js'
import { MAX_TIMEOUT_S } from '../plugsync/limits.js'

/** The help text of `plugsync-config diff`. */
export const DIFF_HELP = `Usage: plugsync-config diff [options]

Compares each connector that plugsync.yaml maps with the version active in
PlugSync, and shows what merging would change. The PlugSync token is read
from the PLUGSYNC_TOKEN environment variable or from --token-file, never
from the command line, where other users could see it in process lists.

Options:
  --api-url <url>                PlugSync API (default: $PLUGSYNC_API_URL or
                                 https://app.plugsync.com/api)
  --token-file <file>            read the token from this file
  --root <dir>                   repository root (default: .)
  --manifest <file>              manifest path, relative to the root
                                 (default: plugsync.yaml)
  --environment <name>           only this environment's connectors
                                 (default: every connector)
  --format <text|json|markdown>  output format (default: text)
  --record <file>                write the record of what was reviewed, for
                                 "plugsync-config publish --record <file>"
  --sha <commit>                 the commit reviewed, kept in the record
                                 (default: $GITHUB_SHA or $CI_COMMIT_SHA)
  --fail-on <error|warning|never>
                                 least finding severity that exits 1
                                 (default: error)
  --configs <glob>               where configs live (repeatable)
  --exclude <glob>               files never to check (repeatable)
  --timeout <seconds>            per PlugSync request, 1 to 3600 (default: 30)
  --retries <n>                  retries of a failed request (default: 3)
  --concurrency <n>              connectors read at once (default: 4)
  --no-color                     plain text even on a terminal
  -h, --help                     this help

Exit codes: 0 compared, 1 findings at or above --fail-on or a connector
that could not be compared, 2 usage or I/O error.
`

const OPTIONS = {
  'api-url': { type: 'string' },
  'token-file': { type: 'string' },
  root: { type: 'string', default: '.' },
  manifest: { type: 'string', default: 'plugsync.yaml' },
  environment: { type: 'string', default: '' },
  format: { type: 'string', default: 'text' },
  record: { type: 'string' },
  sha: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  configs: { type: 'string', multiple: true, default: [] as string[] },
  exclude: { type: 'string', multiple: true, default: [] as string[] },
  timeout: { type: 'string', default: '30' },
  retries: { type: 'string', default: '3' },
  concurrency: { type: 'string', default: '4' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} satisfies NonNullable<ParseArgsConfig['options']>

type Values = ReturnType<typeof parse>['values']

/**
 * `plugsync-config diff`: validates the configs, compares each mapped
 * connector with its active version in PlugSync, and prints the diff.
 */
export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  refuseTokenArgument(argv)
  const { values } = parse(argv)
  if (values.help) {
    io.stdout(DIFF_HELP)
    return EXIT.ok
  }
  const format = oneOf('--format', values.format, ['text', 'json', 'markdown'])
  const failOn = failOnOf(values['fail-on'])
  const logger = stderrLogger(io)
  const client = openPlugSync(
    {
      apiUrl: apiUrlOf(values['api-url'], io),
      token: await readToken(values['token-file'], io),
      timeoutMs:
        wholeNumber('--timeout', values.timeout, 1, MAX_TIMEOUT_S) * 1000,
      retries: wholeNumber('--retries', values.retries, 0)
    },
    logger
  )

  const root = resolve(io.cwd, values.root)
  const check = await checkRepository({
    root,
    patterns: values.configs,
    exclude: values.exclude,
    manifest: values.manifest,
    logger,
    // The file standard output is redirected to is no config to check.
    ...(io.output ? { output: io.output } : {})
  })
  const unknown = unknownEnvironment(check, values.environment)
  if (unknown !== undefined) throw new UsageError(unknown)
  if (values.record !== undefined) {
    // Before any request: the record must not replace what it records.
    const tokenFile = values['token-file']
    await refuseChecked(
      resolve(io.cwd, values.record),
      check,
      values.record,
      tokenFile === undefined ? undefined : resolve(io.cwd, tokenFile)
    )
  }
  const verdict = judge(check.findings, failOn)
  const review = await reviewConnectors({
    client,
    check,
    environment: values.environment,
    concurrency: wholeNumber('--concurrency', values.concurrency, 1),
    logger
  })

  io.stdout(render(format, review, check, values, io))
  if (values.record !== undefined) {
    await writeRecord(resolve(io.cwd, values.record), review, values, io)
  }
  // A connector whose file is not a config is not compared, even when the
  // manifest has turned off the findings that say why.
  const failed = review.connectors.some(
    (c) => c.kind === 'failed' || c.kind === 'unreadable'
  )
  return verdict.valid && !failed ? EXIT.ok : EXIT.findings
}

function parse(argv: string[]) {
  return parseOptions('diff', {
    args: argv,
    allowPositionals: false,
    options: OPTIONS
  })
}

function render(
  format: 'text' | 'json' | 'markdown',
  review: Review,
  check: Awaited<ReturnType<typeof checkRepository>>,
  values: Values,
  io: CliIo
): string {
  if (format === 'json') {
    return JSON.stringify(diffDocument(review), null, 2) + '\n'
  }
  if (format === 'markdown') {
    const validation = renderValidationSummary({
      files: check.files,
      findings: check.findings
    })
    const diff = renderReview(review, values.manifest, Infinity).markdown
    return `## PlugSync config\n\n${validation}\n${diff}\n`
  }
  const color = io.color && !values['no-color']
  const findings = formatText(
    check.findings,
    check.files.length,
    sourcesOf(check),
    color
  )
  return `${findings}\n${renderReviewText(review, values.manifest, color)}`
}

/**
 * Refuses a record path that is a folder, or a file the run reads: a
 * config, the manifest, a path the manifest names, the token file, by any
 * name (a symlink or a hard link to it included). The record would replace
 * the very text it records.
 */
async function refuseChecked(
  path: string,
  check: RepositoryCheck,
  named: string,
  tokenFile: string | undefined
): Promise<void> {
  const target = await stat(path).catch(() => undefined)
  if (target?.isDirectory()) {
    throw new UsageError(`--record ${named} is a folder: name a file in it`)
  }
  const read = checkedPaths(check)
  if (tokenFile !== undefined) read.push(tokenFile)
  for (const file of read) {
    const same =
      file === path ||
      (target !== undefined &&
        (await stat(file).then(
          (stats) => stats.dev === target.dev && stats.ino === target.ino,
          () => false
        )))
    if (same) {
      throw new UsageError(
        `--record ${named} is a file this run reads: it was not overwritten; name another file`
      )
    }
  }
}

async function writeRecord(
  path: string,
  review: Review,
  values: Values,
  io: CliIo
): Promise<void> {
  const sha = values.sha ?? io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA ?? ''
  if (sha === '') {
    io.stderr(
      'warning: the record names no commit: pass --sha <commit> (or set GITHUB_SHA) so that it says what was reviewed\n'
    )
  }
  try {
    await writeFile(path, formatRecordFile(recordOf(review, sha)))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error'
    throw new UsageError(
      `--record ${values.record} could not be written (${code}): name a file in a writable directory`
    )
  }
}
