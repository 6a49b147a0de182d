/** Lists up to this long are searched directly for a repeat. */
const DIRECT = 32

/**
 * Where each string of a list, offered in order, was first seen: for the
 * rules that report a repeated target, step id and the like. The lists are
 * mostly short (a schema's mappings, a flow's steps), and searching a short
 * array directly is several times faster than a Map, which allocates and
 * hashes each string. Past DIRECT strings it moves them to a Map, so a long
 * list is still searched in linear time.
 */
export class FirstSeen {
  private readonly values: string[] = []
  private readonly indexes: number[] = []
  private map: Map<string, number> | undefined

  /**
   * The index `value` was first offered with; the first time, -1, and
   * `index` is remembered as its first.
   */
  firstIndex(value: string, index: number): number {
    const map = this.map
    if (map !== undefined) {
      const first = map.get(value)
      if (first !== undefined) return first
      map.set(value, index)
      return -1
    }
    const at = this.values.indexOf(value)
    if (at !== -1) return this.indexes[at]!
    this.values.push(value)
    this.indexes.push(index)
    if (this.values.length > DIRECT) {
      this.map = new Map(this.values.map((seen, i) => [seen, this.indexes[i]!]))
    }
    return -1
  }
}
