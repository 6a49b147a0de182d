import type { NodeTable } from './node-table.js'
import { numberLoss } from './number-loss.js'
import type {
  DuplicateKey,
  InexactNumber,
  LocatedJson,
  TextRange
} from './parse.js'
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
  private inexact: InexactNumber[] | undefined
  private readonly memberIndex = new Map<number, Map<string, number>>()
  private readonly childLists = new Map<number, number[]>()
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

  /**
   * The numbers of the value that `JSON.parse` cannot carry exactly, in
   * text order.
   */
  get inexactNumbers(): InexactNumber[] {
    this.inexact ??= this.findInexactNumbers()
    return this.inexact
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
    return this.childrenOf(node)[Number(segment)]
  }

  /** Key to member node; a repeated key maps to its last occurrence. */
  private membersOf(node: number): Map<string, number> {
    let members = this.memberIndex.get(node)
    if (members === undefined) {
      members = new Map()
      for (const child of this.childrenOf(node)) {
        members.set(this.keyOf(child), child)
      }
      this.memberIndex.set(node, members)
    }
    return members
  }

  /** The direct children of a container, in document (and node) order. */
  private childrenOf(node: number): number[] {
    let children = this.childLists.get(node)
    if (children === undefined) {
      children = [...this.nodes.children(node)]
      this.childLists.set(node, children)
    }
    return children
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

  private findInexactNumbers(): InexactNumber[] {
    const found: InexactNumber[] = []
    for (const node of this.structure.inexactNumbers) {
      const pointer = formatPointer(this.pathOf(node))
      const start = this.nodes.valueStart(node)
      // A member that a later duplicate key replaces is not in the value.
      if (this.locate(pointer)?.value.start !== start) continue
      const end = this.nodes.valueEnd(node)
      const loss = numberLoss(this.text.slice(start, end))!
      found.push({ pointer, range: { start, end }, loss })
    }
    return found
  }

  /**
   * The pointer segments of a node, found by descending from the root. The
   * child holding the node is found by binary search, so that an array of
   * a million items costs twenty steps per level, not a million.
   */
  private pathOf(target: number): (string | number)[] {
    const path: (string | number)[] = []
    let node = 0
    while (node !== target) {
      const children = this.childrenOf(node)
      const index = lastAtOrBefore(children, target)
      const child = children[index]!
      path.push(this.nodes.keyStart(child) >= 0 ? this.keyOf(child) : index)
      node = child
    }
    return path
  }
}

/** The index of the last of the ascending numbers that is at most `value`. */
function lastAtOrBefore(ascending: readonly number[], value: number): number {
  let low = 0
  let high = ascending.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (ascending[middle]! <= value) low = middle
    else high = middle - 1
  }
  return low
}
