import { promises as fs } from 'node:fs'
import path from 'node:path'

/** Tells whether a real (symlink-free) path is the root or inside it. */
export function isInside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot + path.sep)
}

/** The repository-relative form of an absolute path, with forward slashes. */
export function toRepoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/')
}

/** Where a path inside the repository really leads. */
export type Resolution =
  | { kind: 'inside'; real: string }
  | { kind: 'outside'; real: string }
  | { kind: 'missing'; danglingTo?: string }
  | { kind: 'loop' }

/**
 * Resolves every symlink on a path and says whether the result stays in
 * the repository, is missing or loops. A path that is itself a link to
 * nothing is missing, with where the link points.
 */
export async function resolveInside(
  realRoot: string,
  absolute: string
): Promise<Resolution> {
  try {
    const real = await fs.realpath(absolute)
    return isInside(realRoot, real)
      ? { kind: 'inside', real }
      : { kind: 'outside', real }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP') return { kind: 'loop' }
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const target = await fs.readlink(absolute).catch(() => undefined)
      return target === undefined
        ? { kind: 'missing' }
        : { kind: 'missing', danglingTo: target }
    }
    throw error
  }
}
