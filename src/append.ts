/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes
 * each item as an argument, which overflows the stack for a few hundred
 * thousand items (a config with that many findings, a directory with that
 * many files); a loop has no such limit.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}
