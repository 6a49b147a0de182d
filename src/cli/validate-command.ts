import { resolve } from 'node:path'
import { judge } from '../action/verdict.js'
import { checkRepository } from '../engine/check-repository.js'
import { buildJsonReport } from '../report/json-report.js'
import { jsonText, REPORT_DEPTH } from '../report/json-text.js'
import { buildSarif } from '../report/sarif.js'
import { RULES } from '../rules/registry.js'
import { formatText, sourcesOf } from './format-text.js'
import { EXIT, UsageError, stderrLogger, type CliIo } from './io.js'
import { failOnOf, oneOf, parseOptions } from './options.js'

/** The CLI's version, shown in SARIF logs and by --version. */
export const VERSION = '0.1.0'

export const VALIDATE_HELP = `Usage: plugsync-config validate [options] [paths...]

Checks connector configs. With no paths, checks the whole repository (the
current directory): every JSON object with a "version" key and an "entities"
or "flows" key, and the files plugsync.yaml lists. A file named on the
command line is checked whatever it holds; a directory is searched.

Options:
  --format <text|json|sarif>     output format (default: text)
  --fail-on <error|warning|never>
                                 least severity that exits 1 (default: error)
  --root <dir>                   repository root (default: .)
  --manifest <file>              manifest path, relative to the root
                                 (default: plugsync.yaml; optional)
  --configs <glob>               where configs live (repeatable)
  --exclude <glob>               files never to check (repeatable)
  --no-color                     plain text even on a terminal
  -h, --help                     this help

Exit codes: 0 clean, 1 findings at or above --fail-on (an unreadable
config is one), 2 a usage error, or a root, manifest or path that cannot
be used.
`

/** A SARIF log's results: the log, its runs, a run, its results. */
const SARIF_DEPTH = 4

/** `plugsync-config validate`: check configs and print the findings. */
export async function validateCommand(
  argv: string[],
  io: CliIo
): Promise<number> {
  const { values, positionals } = parseOptions('validate', {
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
      root: { type: 'string', default: '.' },
      manifest: { type: 'string', default: 'plugsync.yaml' },
      configs: { type: 'string', multiple: true, default: [] },
      exclude: { type: 'string', multiple: true, default: [] },
      'no-color': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout(VALIDATE_HELP)
    return EXIT.ok
  }
  const format = oneOf('--format', values.format, ['text', 'json', 'sarif'])
  const failOn = failOnOf(values['fail-on'])
  const root = resolve(io.cwd, values.root)

  const check = await checkRepository({
    root,
    patterns: values.configs,
    exclude: values.exclude,
    manifest: values.manifest,
    logger: stderrLogger(io),
    ...(positionals.length > 0 ? { paths: positionals } : {}),
    ...(io.output ? { output: io.output } : {})
  }).catch((error: unknown) => {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  })
  const verdict = judge(check.findings, failOn)

  if (format === 'json') {
    const report = buildJsonReport(
      check.files,
      check.findings,
      failOn,
      verdict.valid
    )
    for (const piece of jsonText(report, REPORT_DEPTH)) io.stdout(piece)
  } else if (format === 'sarif') {
    const log = buildSarif(check.findings, RULES, VERSION)
    for (const piece of jsonText(log, SARIF_DEPTH)) io.stdout(piece)
  } else {
    const color = io.color && !values['no-color']
    io.stdout(
      formatText(check.findings, check.files.length, sourcesOf(check), color)
    )
  }
  return verdict.valid ? EXIT.ok : EXIT.findings
}
