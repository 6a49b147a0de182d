import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A file's text, or a symlink to create with its target as written. */
export type TreeEntry = string | Buffer | { symlink: string }

/**
 * Creates a directory tree in a fresh temporary directory: keys are paths
 * with forward slashes, values file contents or symlinks. Returns the
 * directory; remove it with `removeTree`.
 */
export async function createTree(
  entries: Record<string, TreeEntry>
): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'plugsync-discover-'))
  for (const [relative, entry] of Object.entries(entries)) {
    const target = path.join(root, ...relative.split('/'))
    await fs.mkdir(path.dirname(target), { recursive: true })
    if (typeof entry === 'object' && 'symlink' in entry) {
      await fs.symlink(entry.symlink, target)
    } else {
      await fs.writeFile(target, entry)
    }
  }
  return root
}

/** Removes a tree made by `createTree`. */
export async function removeTree(root: string): Promise<void> {
  await fs.rm(root, { recursive: true, force: true })
}

/** A minimal connector config as JSON text. */
export function configText(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: '3.1', entities: [], ...extra }, null, 2)
}
