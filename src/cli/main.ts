import { closest, completion } from '../discover/suggest.js'
import { EXIT, UsageError, type CliIo } from './io.js'
import { messageOf } from './options.js'
import { VALIDATE_HELP, VERSION, validateCommand } from './validate-command.js'

/** The commands, for a guess at a mistyped one. */
const COMMANDS = ['validate', 'diff', 'publish', 'sandbox', 'help']

/** The options that stand before any command. */
const TOP_OPTIONS = ['--help', '--version']

/** Words users reach for, and the command that does it. */
const SYNONYMS = new Map([
  ['promote', 'publish'],
  ['check', 'validate'],
  ['lint', 'validate'],
  ['version', '--version']
])

const HELP = `Usage: plugsync-config <command> [options]

Commands:
  validate [paths...]   check connector configs
  diff                  show what merging would change in PlugSync
  publish               promote the configs to PlugSync
  sandbox               run a local PlugSync API for demos and tests

Options:
  -h, --help            this help
  -v, --version         the version

Run "plugsync-config <command> --help" for a command's options.
`

/**
 * The command-line tool: dispatches to a command and turns every failure
 * into a message and an exit code, never a stack trace.
 */
export async function cliMain(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
        // `--help validate` is `help validate`.
        if (rest.length > 0) return await cliMain(['help', ...rest], io)
        io.stdout(HELP)
        return command === undefined ? EXIT.usage : EXIT.ok
      case 'help': {
        // `help validate` is `validate --help`; an unknown topic is
        // answered as an unknown command, with a guess.
        const [topic] = rest
        if (rest.length > 1) {
          throw new UsageError(
            `help takes one command, not "${rest.join(' ')}": run "plugsync-config help ${topic}"`
          )
        }
        if (topic === undefined || topic === 'help' || topic.startsWith('-')) {
          io.stdout(HELP)
          return EXIT.ok
        }
        return await cliMain([topic, '--help'], io)
      }
      case '-v':
      case '--version':
        io.stdout(`${VERSION}\n`)
        return EXIT.ok
      case 'validate':
        return await validateCommand(rest, io)
      case 'diff': {
        const { diffCommand } = await import('./diff-command.js')
        return await diffCommand(rest, io)
      }
      case 'publish': {
        const { publishCommand } = await import('./publish-command.js')
        return await publishCommand(rest, io)
      }
      case 'sandbox': {
        const { sandboxMain } = await import('../plugsync/sandbox/index.js')
        return await sandboxMain(rest, {
          stdout: (line) => io.stdout(`${line}\n`),
          stderr: (line) => io.stderr(`${line}\n`)
        })
      }
      default: {
        // An option before any command is taken for what it is.
        const option = command.startsWith('-')
        const known = option ? TOP_OPTIONS : COMMANDS
        const near =
          SYNONYMS.get(command) ??
          closest(command, known) ??
          completion(command, known)
        const guess = near === undefined ? '' : `: did you mean "${near}"?`
        const what = option ? 'option' : 'command'
        throw new UsageError(`unknown ${what} "${command}"${guess}\n\n${HELP}`)
      }
    }
  } catch (error) {
    return fail(error, io)
  }
}

/**
 * A command that throws has met a usage error or a root, manifest or path
 * it cannot use: its message, then exit 2. Findings are not thrown.
 */
function fail(error: unknown, io: CliIo): number {
  const message =
    error instanceof RangeError && error.message === 'Invalid string length'
      ? TOO_LARGE
      : messageOf(error)
  io.stderr(`plugsync-config: ${message}\n`)
  return EXIT.usage
}

/** What V8's cap on a string's length means to whoever hits it. */
const TOO_LARGE =
  'the output is larger than Node can hold as one text: check part of the repository at a time, naming paths or using --configs and --exclude'

export { VALIDATE_HELP }
