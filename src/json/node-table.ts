const STRIDE = 5
const KEY_START = 0
const KEY_END = 1
const VALUE_START = 2
const VALUE_END = 3
const SUBTREE_END = 4

/**
 * The ranges of every value of a JSON text, in document order (a container
 * before its children), packed in one typed array so that a file of
 * millions of values costs 20 bytes per value and no objects. A node whose
 * key start is -1 is an array item or the root.
 */
export class NodeTable {
  private data: Int32Array
  /** The number of nodes recorded. */
  count = 0

  constructor(expected: number) {
    this.data = new Int32Array(Math.max(16, expected) * STRIDE)
  }

  /** Records a node and returns its index; its value range comes later. */
  add(keyStart: number, keyEnd: number): number {
    if ((this.count + 1) * STRIDE > this.data.length) this.grow()
    const base = this.count * STRIDE
    this.data[base + KEY_START] = keyStart
    this.data[base + KEY_END] = keyEnd
    return this.count++
  }

  /** Sets where a node's value starts. */
  open(node: number, valueStart: number): void {
    this.data[node * STRIDE + VALUE_START] = valueStart
  }

  /** Sets where a node's value ends; its descendants are all recorded. */
  close(node: number, valueEnd: number): void {
    this.data[node * STRIDE + VALUE_END] = valueEnd
    this.data[node * STRIDE + SUBTREE_END] = this.count
  }

  /** Offset of the member's opening key quote, or -1 for an array item. */
  keyStart(node: number): number {
    return this.data[node * STRIDE + KEY_START]!
  }

  /** Offset just after the member's closing key quote. */
  keyEnd(node: number): number {
    return this.data[node * STRIDE + KEY_END]!
  }

  /** Offset of the first character of the value. */
  valueStart(node: number): number {
    return this.data[node * STRIDE + VALUE_START]!
  }

  /** Offset just after the last character of the value. */
  valueEnd(node: number): number {
    return this.data[node * STRIDE + VALUE_END]!
  }

  /** The index of the node after this one's last descendant: its next sibling. */
  subtreeEnd(node: number): number {
    return this.data[node * STRIDE + SUBTREE_END]!
  }

  /** The direct children of a container, in document order. */
  *children(node: number): Generator<number> {
    const end = this.subtreeEnd(node)
    for (let child = node + 1; child < end; child = this.subtreeEnd(child)) {
      yield child
    }
  }

  private grow(): void {
    const bigger = new Int32Array(this.data.length * 2)
    bigger.set(this.data)
    this.data = bigger
  }
}
