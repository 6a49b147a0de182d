import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import { judge } from '../action/verdict.js'
import {
  checkRepository,
  type RepositoryCheck
} from '../engine/check-repository.js'
import { DEFAULT_API_URL } from '../plugsync/api-contract.js'
import type { OverrideNames } from '../promote/describe-outcome.js'
import { isFailure, type PromotionResult } from '../promote/outcome.js'
import { promoteAll } from '../promote/promote-all.js'
import { renderPromotionText } from '../promote/render-text.js'
import type { ReviewState } from '../promote/review-state.js'
import {
  otherEnvironmentsOnly,
  promotionTargets,
  unknownEnvironment
} from '../promote/target.js'
import { decodeRecord } from '../review/record.js'
import { formatText, sourcesOf } from './format-text.js'
import { EXIT, UsageError, stderrLogger, type CliIo } from './io.js'
import {
  failOnOf,
  messageOf,
  oneOf,
  parseOptions,
  wholeNumber
} from './options.js'
import {
  apiUrlOf,
  openPlugSync,
  readToken,
  refuseTokenArgument
} from './token.js'
import { MAX_TIMEOUT_S } from '../plugsync/limits.js'

export const PUBLISH_HELP = `Usage: plugsync-config publish [options]

Promotes the connectors of the manifest to PlugSync, with the guards of the
action: nothing is published that was not reviewed as it is, over a version
published outside git, or over unpublished work in the draft. Validates
first; findings at or above --fail-on stop it before anything is written.

Options:
  --record <file>                the review record "plugsync-config diff
                                 --record <file>" wrote for the change
  --no-require-review            publish without a review record
  --environment <name>           promote the manifest entries of this
                                 environment (default: those without one)
  --dry-run                      do every read and check, write nothing
  --allow-drift                  publish over a version published outside git
  --allow-draft-overwrite        publish over unpublished work in the draft
  --api-url <url>                PlugSync API (default: $PLUGSYNC_API_URL or
                                 ${DEFAULT_API_URL})
  --token-file <file>            read the token from this file
  --timeout <seconds>            per request, 1 to 3600 (default: 30)
  --retries <n>                  for failed requests (default: 3)
  --concurrency <n>              connectors at once (default: 4)
  --fail-on <error|warning|never>
                                 least severity that stops it (default: error)
  --root <dir>                   repository root (default: .)
  --manifest <file>              manifest path, relative to the root
                                 (default: plugsync.yaml)
  --configs <glob>               where configs live (repeatable)
  --exclude <glob>               files never to check (repeatable)
  --format <text|json>           output format (default: text)
  --no-color                     plain text even on a terminal
  -h, --help                     this help

The token is read from the PLUGSYNC_TOKEN environment variable or from
--token-file, never from the command line.

Exit codes: 0 every connector published or up to date, 1 a connector
refused or failed or findings at --fail-on, 2 usage or I/O error.
`

/** How the CLI names the options that lift a refusal. */
const CLI_OVERRIDES: OverrideNames = {
  'require-review': '--no-require-review',
  'allow-drift': '--allow-drift',
  'allow-draft-overwrite': '--allow-draft-overwrite'
}

/** `plugsync-config publish`: promote the configs, as the action does on merge. */
export async function publishCommand(
  argv: string[],
  io: CliIo
): Promise<number> {
  refuseTokenArgument(argv)
  const options = readOptions(argv)
  if (options === 'help') {
    io.stdout(PUBLISH_HELP)
    return EXIT.ok
  }
  const logger = stderrLogger(io)
  const root = resolve(io.cwd, options.root)
  const review = await readReview(io, options)
  const client = openPlugSync(
    {
      apiUrl: apiUrlOf(options.apiUrl, io),
      token: await readToken(options.tokenFile, io),
      timeoutMs: options.timeoutMs,
      retries: options.retries
    },
    logger
  )

  const check = await checkRepository({
    root,
    patterns: options.configs,
    exclude: options.exclude,
    manifest: options.manifest,
    logger,
    // The file standard output is redirected to is no config to check.
    ...(io.output ? { output: io.output } : {})
  })
  const unknown = unknownEnvironment(check, options.environment)
  if (unknown !== undefined) throw new UsageError(unknown)
  const verdict = judge(check.findings, options.failOn)
  if (!verdict.valid) return stopOnFindings(check, options, io)
  const elsewhere = otherEnvironmentsOnly(
    check,
    options.environment,
    'name one with --environment'
  )
  if (elsewhere !== undefined) io.stderr(`warning: ${elsewhere}\n`)

  const results = await promoteAll(
    promotionTargets(check, options.environment),
    {
      api: client,
      review,
      allowDrift: options.allowDrift,
      allowDraftOverwrite: options.allowDraftOverwrite,
      dryRun: options.dryRun,
      logger
    },
    options.concurrency
  )
  io.stdout(render(results, options, io))
  return results.some(isFailure) ? EXIT.findings : EXIT.ok
}

const OPTIONS = {
  record: { type: 'string' },
  'no-require-review': { type: 'boolean', default: false },
  environment: { type: 'string', default: '' },
  'dry-run': { type: 'boolean', default: false },
  'allow-drift': { type: 'boolean', default: false },
  'allow-draft-overwrite': { type: 'boolean', default: false },
  'api-url': { type: 'string' },
  'token-file': { type: 'string' },
  timeout: { type: 'string', default: '30' },
  retries: { type: 'string', default: '3' },
  concurrency: { type: 'string', default: '4' },
  'fail-on': { type: 'string', default: 'error' },
  root: { type: 'string', default: '.' },
  manifest: { type: 'string', default: 'plugsync.yaml' },
  configs: { type: 'string', multiple: true, default: [] as string[] },
  exclude: { type: 'string', multiple: true, default: [] as string[] },
  format: { type: 'string', default: 'text' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} satisfies NonNullable<ParseArgsConfig['options']>

/** Prints the findings that stop the promotion before anything is written. */
function stopOnFindings(
  check: RepositoryCheck,
  options: PublishOptions,
  io: CliIo
): number {
  io.stdout(
    formatText(
      check.findings,
      check.files.length,
      sourcesOf(check),
      options.color && io.color
    )
  )
  io.stderr(
    `plugsync-config: nothing was published: the validation found problems at or above --fail-on ${options.failOn}\n`
  )
  return EXIT.findings
}

/** The options of `publish`, checked. */
interface PublishOptions {
  record?: string
  requireReview: boolean
  environment: string
  dryRun: boolean
  allowDrift: boolean
  allowDraftOverwrite: boolean
  apiUrl?: string
  tokenFile?: string
  timeoutMs: number
  retries: number
  concurrency: number
  failOn: 'error' | 'warning' | 'never'
  root: string
  manifest: string
  configs: string[]
  exclude: string[]
  format: 'text' | 'json'
  color: boolean
}

function readOptions(argv: string[]): PublishOptions | 'help' {
  const { values } = parseOptions('publish', { args: argv, options: OPTIONS })
  if (values.help) return 'help'
  const requireReview = !values['no-require-review']
  checkReviewOptions(values.record, requireReview)
  return {
    ...(values.record === undefined ? {} : { record: values.record }),
    requireReview,
    environment: values.environment.trim(),
    dryRun: values['dry-run'],
    allowDrift: values['allow-drift'],
    allowDraftOverwrite: values['allow-draft-overwrite'],
    ...(values['api-url'] === undefined ? {} : { apiUrl: values['api-url'] }),
    ...(values['token-file'] === undefined
      ? {}
      : { tokenFile: values['token-file'] }),
    timeoutMs:
      wholeNumber('--timeout', values.timeout, 1, MAX_TIMEOUT_S) * 1000,
    retries: wholeNumber('--retries', values.retries, 0),
    concurrency: wholeNumber('--concurrency', values.concurrency, 1),
    failOn: failOnOf(values['fail-on']),
    root: values.root,
    manifest: values.manifest,
    configs: values.configs,
    exclude: values.exclude,
    format: oneOf('--format', values.format, ['text', 'json']),
    color: !values['no-color']
  }
}

/** A promotion is held to a review unless told otherwise, never both. */
function checkReviewOptions(
  record: string | undefined,
  requireReview: boolean
): void {
  if (record === undefined && requireReview) {
    throw new UsageError(
      'publish needs the review of the change: pass --record <file> (written by "plugsync-config diff --record <file>" when the change was reviewed), or --no-require-review to publish without one'
    )
  }
  if (record !== undefined && !requireReview) {
    throw new UsageError(
      '--record and --no-require-review contradict each other: give one'
    )
  }
}

/** The review the promotion is held to: the record file, or none. */
async function readReview(
  io: CliIo,
  options: PublishOptions
): Promise<ReviewState> {
  if (options.record === undefined) return { required: false, connectors: [] }
  const path = resolve(io.cwd, options.record)
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? messageOf(error)
    throw new UsageError(
      `the review record ${options.record} cannot be read (${code}): pass the file "plugsync-config diff --record" wrote`
    )
  })
  const decoded = decodeRecord(text)
  if (!decoded.ok) {
    throw new UsageError(
      `the review record ${options.record} is not one: ${decoded.problem}. Pass the file "plugsync-config diff --record" wrote`
    )
  }
  return {
    required: true,
    source: `the review record ${options.record}`,
    connectors: decoded.record.connectors
  }
}

function render(
  results: readonly PromotionResult[],
  options: PublishOptions,
  io: CliIo
): string {
  if (options.format === 'text') {
    return renderPromotionText(results, {
      environment: options.environment,
      dryRun: options.dryRun,
      color: options.color && io.color,
      overrides: CLI_OVERRIDES
    })
  }
  const connectors = results.map(({ target, outcome }) => {
    // The configs of an explaining diff are for people; JSON readers
    // have the files and PlugSync.
    const fields = Object.entries(outcome).filter(([key]) => key !== 'diff')
    return {
      connector: target.name,
      id: target.id,
      ...(target.environment === undefined
        ? {}
        : { environment: target.environment }),
      file: target.file,
      ...Object.fromEntries(fields)
    }
  })
  const report = {
    environment: options.environment,
    dryRun: options.dryRun,
    connectors
  }
  return JSON.stringify(report, null, 2) + '\n'
}
