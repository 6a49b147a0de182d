import { UsageError } from './io.js'

/** Checks that an option's value is one of the allowed words. */
export function oneOf<T extends string>(
  option: string,
  value: string,
  allowed: readonly T[]
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `${option} is "${value}": use one of ${allowed.join(', ')}`
  )
}

/** Checks that an option's value is a whole number of at least `least`. */
export function wholeNumber(
  option: string,
  value: string,
  least: number
): number {
  const parsed = Number(value)
  if (!/^\d+$/.test(value.trim()) || parsed < least) {
    throw new UsageError(
      `${option} is "${value}": use a whole number of at least ${least}`
    )
  }
  return parsed
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
