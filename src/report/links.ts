/** Where a commit's files can be linked to on GitHub. */
export interface CommitLinks {
  serverUrl: string
  repository: string
  sha: string
  /** Where the checked root sits in the repository ('' at its top). */
  directory?: string
}

/** The link to a line of a file at the commit, or undefined without one. */
export function lineLink(
  links: CommitLinks | undefined,
  file: string,
  line: number
): string | undefined {
  if (!links) return undefined
  const path = inRepository(links.directory, file)
    .split('/')
    .map(encodePathPart)
    .join('/')
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}#L${line}`
}

/**
 * Encodes one part of a path for a URL inside a Markdown link: what
 * `encodeURIComponent` leaves, `(`, `)` and the like, would end the link.
 */
function encodePathPart(part: string): string {
  return encodeURIComponent(part).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** A path relative to the checked root as a path in the repository. */
export function inRepository(
  directory: string | undefined,
  file: string
): string {
  return directory ? `${directory}/${file}` : file
}
