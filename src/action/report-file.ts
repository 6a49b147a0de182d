import { randomUUID } from 'node:crypto'
import { lstat, mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { isInside } from '../discover/repo-path.js'

/** Where the report may go, and what it must never replace. */
export interface ReportPlace {
  /** Folders the report's folder must lead into: the workspace, the temp. */
  roots: readonly string[]
  /** Files the run checks (configs, the manifest): never replaced. */
  keep: readonly string[]
}

/**
 * Writes the JSON report without going through links that a pull request
 * may have planted in the workspace: its folder must really lead into one
 * of the roots, and the text is written to a new file beside the target and
 * renamed over it, so that a symlink or hard link at the path is replaced,
 * never written through. The text may come in pieces (see `jsonText`).
 * Returns why it was not written, or undefined.
 */
export async function writeReportFile(
  path: string,
  text: string | Iterable<string>,
  place: ReportPlace
): Promise<string | undefined> {
  const folderWritten = resolve(dirname(path))
  if (!place.roots.some((root) => isInside(resolve(root), folderWritten))) {
    return 'it is outside the workspace: name a file in the repository, or leave the input empty'
  }
  // A root may not exist yet (a RUNNER_TEMP not made): it is compared as
  // far as it exists, its missing folders as written.
  const roots = await Promise.all(place.roots.map(realAsFarAsItExists))
  const leadsOut = (real: string) => !roots.some((root) => isInside(root, real))
  // The folders to make must not be made through a link that leads out.
  if (leadsOut(await realAsFarAsItExists(folderWritten))) return LEADS_OUT
  await mkdir(folderWritten, { recursive: true })
  const folder = await realpath(folderWritten)
  if (leadsOut(folder)) return LEADS_OUT
  const target = join(folder, basename(path))
  const existing = await lstat(target).catch(() => undefined)
  if (existing?.isDirectory()) {
    return 'it is a folder: name a file in it, or leave the input empty'
  }
  const keep = await Promise.all(place.keep.map(real))
  if (keep.includes(target)) {
    return 'it is a file this run checks: it was not overwritten; name another file'
  }
  const temporary = join(folder, `.${basename(path)}.${randomUUID()}.tmp`)
  try {
    await writeFile(temporary, text, { flag: 'wx' })
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  return undefined
}

const LEADS_OUT =
  'its folder leads out of the workspace (through a symlink): name a folder of the repository, or leave the input empty'

/**
 * The real path of the nearest folder of `path` that exists, with the rest
 * of `path` as written: where making its missing folders would lead.
 */
async function realAsFarAsItExists(path: string): Promise<string> {
  const existing = await existingAncestor(path)
  return join(await realpath(existing), relative(existing, path))
}

/** The folder itself, or the nearest one above it that exists. */
async function existingAncestor(folder: string): Promise<string> {
  let at = folder
  while ((await lstat(at).catch(() => undefined)) === undefined) {
    const up = dirname(at)
    if (up === at) break
    at = up
  }
  return at
}

async function real(path: string): Promise<string> {
  return realpath(path).catch(() => path)
}
