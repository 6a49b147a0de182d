import { parseArgs, type ParseArgsConfig } from 'node:util'
import { closest } from '../discover/suggest.js'
import type { FailOn } from '../action/inputs.js'
import { UsageError } from './io.js'

/**
 * `util.parseArgs`, with messages for people: an unknown option gets the
 * closest known one, an option that takes one value is refused when given
 * twice, and every mistake says where the options are listed.
 */
export function parseOptions<T extends ParseArgsConfig>(
  command: string,
  config: T
): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T & { tokens: true }>>
  try {
    parsed = parseArgs({ ...config, tokens: true })
  } catch (error) {
    throw new UsageError(argumentProblem(command, config, error))
  }
  refuseRepeats(command, config, parsed.tokens ?? [])
  return parsed as ReturnType<typeof parseArgs<T>>
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number]

/**
 * `util.parseArgs` keeps the last of an option's values, so a second
 * `--fail-on never` at the end of a command line would quietly undo the
 * first: an option that takes one value is refused when given twice.
 */
function refuseRepeats(
  command: string,
  config: ParseArgsConfig,
  tokens: readonly Token[]
): void {
  const counts = new Map<string, number>()
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const option = config.options?.[token.name]
    if (option?.type !== 'string' || option.multiple) continue
    counts.set(token.name, (counts.get(token.name) ?? 0) + 1)
  }
  for (const [name, count] of counts) {
    if (count > 1) {
      throw new UsageError(
        `--${name} is given ${count} times: give it once (run "plugsync-config ${command} --help" for its options)`
      )
    }
  }
}

/** What `util.parseArgs` found wrong, said plainly with the way out. */
function argumentProblem(
  command: string,
  config: ParseArgsConfig,
  error: unknown
): string {
  const help = `run "plugsync-config ${command} --help" for its options`
  const code = (error as { code?: string } | undefined)?.code
  const quoted = /'([^']*)'/.exec(messageOf(error))?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(config.options ?? {}).map((name) => `--${name}`)
    const near = closest(quoted, known)
    const guess = near === undefined ? '' : `: did you mean ${near}?`
    return `unknown option ${quoted}${guess} (${help})`
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `unexpected argument "${quoted}": ${command} takes options only (${help})`
  }
  const missing = /^(--?[\w-]+) <value>$/.exec(quoted)
  if (missing) {
    return `${missing[1]} needs a value, as in ${missing[1]}=<value> (${help})`
  }
  if (messageOf(error).includes('argument is ambiguous')) {
    return `${quoted} is followed by something that looks like an option, not its value: write ${quoted}=<value> for a value that starts with "-" (${help})`
  }
  return `${messageOf(error)} (${help})`
}

/** The value of --fail-on: the least severity that exits 1. */
export function failOnOf(value: string): FailOn {
  return oneOf('--fail-on', value, ['error', 'warning', 'never'])
}

/** Checks that an option's value is one of the allowed words. */
export function oneOf<T extends string>(
  option: string,
  value: string,
  allowed: readonly T[]
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  const near = closest(value, allowed)
  const guess = near === undefined ? '' : `did you mean "${near}"? `
  throw new UsageError(
    `${option} is "${value}": ${guess}use one of ${allowed.join(', ')}`
  )
}

/**
 * Checks that an option's value is a whole number of at least `least` (and
 * at most `most`, when given).
 */
export function wholeNumber(
  option: string,
  value: string,
  least: number,
  most = Number.MAX_SAFE_INTEGER
): number {
  const parsed = Number(value)
  if (!/^\d+$/.test(value.trim()) || parsed < least || parsed > most) {
    const range =
      most === Number.MAX_SAFE_INTEGER
        ? `of at least ${least}`
        : `from ${least} to ${most}`
    throw new UsageError(`${option} is "${value}": use a whole number ${range}`)
  }
  return parsed
}

/**
 * The message of anything thrown. Read by shape, not `instanceof`: Node's
 * own errors may come from another realm (a test's VM context).
 */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}
