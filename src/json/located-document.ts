import type { NodeTable } from './node-table.js'
import type { DuplicateKey, LocatedJson, TextRange } from './parse.js'
import { formatPointer, parsePointer } from './pointer.js'
import { countParsedKeys } from './scan.js'
import { decodeString, type Structure } from './syntax-scanner.js'

const OPEN_OBJECT = 0x7b
const OPEN_ARRAY = 0x5b
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/

/**
 * A parsed JSON text with the ranges of its values. The value, the
 * duplicate keys and each container's child index are computed on first
 * use, so a caller that only locates a few pointers pays for little more
 * than the syntax scan.
 */
export class LocatedDocument implements LocatedJson {
  private parsed: { value: unknown } | undefined
  private duplicateKeys: DuplicateKey[] | undefined
  private readonly childIndex = new Map<
    number,
    Map<string, number> | number[]
  >()
  private readonly nodes: NodeTable

  constructor(
    private readonly text: string,
    private readonly structure: Structure,
    given?: { value: unknown }
  ) {
    this.nodes = structure.nodes
    this.parsed = given
  }

  /** The value `JSON.parse` gives for the text (a byte-order mark aside). */
  get value(): unknown {
    this.parsed ??= {
      value: JSON.parse(this.text.slice(this.structure.start))
    }
    return this.parsed.value
  }

  /** The deepest nesting: 1 for a root object or array, 0 for a scalar. */
  get depth(): number {
    return this.structure.depth
  }

  /** Every key that repeats an earlier key of its object, in text order. */
  get duplicates(): DuplicateKey[] {
    this.duplicateKeys ??= this.findDuplicates()
    return this.duplicateKeys
  }

  /** The ranges of the value a JSON Pointer names, or undefined if none. */
  locate(pointer: string): { key?: TextRange; value: TextRange } | undefined {
    let segments: string[]
    try {
      segments = parsePointer(pointer)
    } catch {
      return undefined
    }
    let node: number | undefined = 0
    for (const segment of segments) {
      node = this.child(node, segment)
      if (node === undefined) return undefined
    }
    return this.rangesOf(node)
  }

  private rangesOf(node: number): { key?: TextRange; value: TextRange } {
    const value = {
      start: this.nodes.valueStart(node),
      end: this.nodes.valueEnd(node)
    }
    const keyStart = this.nodes.keyStart(node)
    if (keyStart < 0) return { value }
    return { key: { start: keyStart, end: this.nodes.keyEnd(node) }, value }
  }

  private child(node: number, segment: string): number | undefined {
    const kind = this.text.charCodeAt(this.nodes.valueStart(node))
    if (kind === OPEN_OBJECT) return this.membersOf(node).get(segment)
    if (kind !== OPEN_ARRAY || !ARRAY_INDEX.test(segment)) return undefined
    return this.itemsOf(node)[Number(segment)]
  }

  /** Key to member node; a repeated key maps to its last occurrence. */
  private membersOf(node: number): Map<string, number> {
    let members = this.childIndex.get(node) as Map<string, number> | undefined
    if (members === undefined) {
      members = new Map()
      for (const child of this.nodes.children(node)) {
        members.set(this.keyOf(child), child)
      }
      this.childIndex.set(node, members)
    }
    return members
  }

  private itemsOf(node: number): number[] {
    let items = this.childIndex.get(node) as number[] | undefined
    if (items === undefined) {
      items = [...this.nodes.children(node)]
      this.childIndex.set(node, items)
    }
    return items
  }

  private keyOf(node: number): string {
    return decodeString(
      this.text,
      this.nodes.keyStart(node),
      this.nodes.keyEnd(node)
    )
  }

  /**
   * Each duplicate takes one own key away from the parsed value, so equal
   * counts prove there are none without decoding a single key.
   */
  private findDuplicates(): DuplicateKey[] {
    if (countParsedKeys(this.value) === this.structure.members) return []
    const found: DuplicateKey[] = []
    for (let node = 0; node < this.nodes.count; node++) {
      if (this.text.charCodeAt(this.nodes.valueStart(node)) !== OPEN_OBJECT) {
        continue
      }
      const seen = new Map<string, number>()
      for (const child of this.nodes.children(node)) {
        const key = this.keyOf(child)
        const first = seen.get(key)
        if (first === undefined) seen.set(key, child)
        else found.push(this.duplicateOf(child, first))
      }
    }
    return found.sort((a, b) => a.key.start - b.key.start)
  }

  private duplicateOf(node: number, first: number): DuplicateKey {
    return {
      pointer: formatPointer(this.pathOf(node)),
      key: { start: this.nodes.keyStart(node), end: this.nodes.keyEnd(node) },
      first: {
        start: this.nodes.keyStart(first),
        end: this.nodes.keyEnd(first)
      }
    }
  }

  /** The pointer segments of a node, found by descending from the root. */
  private pathOf(target: number): (string | number)[] {
    const path: (string | number)[] = []
    let node = 0
    while (node !== target) {
      let index = 0
      for (const child of this.nodes.children(node)) {
        if (child <= target && target < this.nodes.subtreeEnd(child)) {
          path.push(this.nodes.keyStart(child) >= 0 ? this.keyOf(child) : index)
          node = child
          break
        }
        index++
      }
    }
    return path
  }
}
