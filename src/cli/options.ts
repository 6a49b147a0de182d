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
