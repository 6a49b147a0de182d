import { createHash } from 'node:crypto'
import { posix } from 'node:path'

/** Where a run of the action looks: its inputs that tell runs apart. */
export interface MarkerScope {
  /** The `working-directory` input. */
  workingDirectory: string
  /** The `manifest` input. */
  manifest: string
}

/**
 * The hidden HTML comment that marks this action's pull request comment.
 * It carries a short hash of the working directory and the manifest, so
 * that two runs of the action in one repository keep two comments, and
 * every spelling of the same place (`./a/`, `a`) gives the same marker.
 */
export function commentMarker(scope: MarkerScope): string {
  return `<!-- plugsync-config:comment ${scopeKey(scope)} -->`
}

/**
 * Breaks every `<!--` in text a comment shows (a config's values quoted in
 * a diff, say) with a zero-width space, so that nothing a config holds can
 * pass for one of this action's hidden markers or its review record, nor
 * open an HTML comment that hides the rest. In a code block the space does
 * not show.
 */
export function neutraliseMarkers(text: string): string {
  return text.replaceAll('<!--', '<!-\u200b-')
}

/**
 * Twelve hex digits that tell runs of the action in one repository apart,
 * for the marker and for the names of the files a run writes.
 */
export function scopeKey(scope: MarkerScope): string {
  const place = `${tidy(scope.workingDirectory)}\n${tidy(scope.manifest)}`
  return createHash('sha256').update(place, 'utf8').digest('hex').slice(0, 12)
}

/** `./a//b/` and `a/b` are one place; `.` and '' are the root. */
function tidy(path: string): string {
  const normal = posix.normalize(path.trim().replace(/\\/g, '/'))
  const bare = normal.replace(/\/+$/, '').replace(/^\.\//, '')
  return bare === '.' ? '' : bare
}
