import { isObject, type Json, type JsonObject } from '../config/normalise.js'
import { matchList, memberIdentity } from './keyed-list.js'
import type { DiffLines, DiffSide } from './line-diff.js'
import {
  itemsEqual,
  listNamed,
  LISTS,
  normaliseItem,
  normaliseRoot,
  type ListKey
} from './normalise-lazily.js'
import { leadingSpaces, TextLines } from './text-lines.js'

/** Entities and flows both pair by name. */
const itemName = memberIdentity('name')

/** One item of `entities` or `flows`, printed only when its lines are read. */
interface Item {
  list: ListKey
  value: Json
  /** True when a comma follows it: it is not the last of its list. */
  comma: boolean
  /** Its pairing key: equal keys, equal text. */
  key: string
  /** Its text, once printed. */
  text?: TextLines
}

/**
 * A member of the config other than the two lists (`settings`, `version`,
 * keys the contract does not know), printed whole as one unit: a large
 * one then costs one comparison when it is unchanged.
 */
interface Member {
  key: string
  text: TextLines
}

/** A unit of the text: one line, one whole item, or one whole member. */
type Unit = string | Item | Member

/**
 * A normalised config as the lines of `prettyJson(normaliseConfig(config))`
 * without that text ever being built: each item of `entities` and `flows`
 * is one unit, printed only when one of its lines is read. An item equal
 * on both sides (same name, equal value) is a unit with the same key on
 * both, so the diff pairs it whole and never prints it unless it is
 * context of a change. A 20 MB config is then compared for the cost of
 * the semantic diff's own comparison, not that of printing both configs.
 */
class ConfigLines implements DiffLines {
  readonly count: number
  /** The first line of each unit, then `count`. */
  readonly starts: Int32Array
  private readonly units: readonly Unit[]
  /** The unit of the last line read, as lines are mostly read in order. */
  private cursor = 0

  constructor(units: readonly Unit[], added = new AddedLines()) {
    this.units = units
    this.starts = new Int32Array(units.length + 1)
    let line = 0
    units.forEach((unit, index) => {
      this.starts[index] = line
      line += typeof unit === 'string' ? 1 : lineCount(unit, added)
    })
    this.starts[units.length] = line
    this.count = line
  }

  line(index: number): string {
    const unit = this.unitOf(index)
    const found = this.units[unit]!
    if (typeof found === 'string') return found
    return printed(found).line(index - this.starts[unit]!)
  }

  indent(index: number, most: number): number {
    const unit = this.unitOf(index)
    const found = this.units[unit]!
    if (typeof found !== 'string') {
      return printed(found).indent(index - this.starts[unit]!, most)
    }
    return leadingSpaces(found, 0, Math.min(most, found.length))
  }

  span(first: number, end: number): string {
    const unit = this.unitOf(first)
    const found = this.units[unit]!
    const start = this.starts[unit]!
    if (typeof found !== 'string' && end <= this.starts[unit + 1]!) {
      return printed(found).span(first - start, end - start)
    }
    const lines: string[] = []
    for (let line = first; line < end; line++) lines.push(this.line(line))
    return lines.join('\n')
  }

  /** The text ends with a newline, as prettyJson writes it. */
  isLastWithoutNewline(): boolean {
    return false
  }

  /** The pairing key of each unit. */
  unitKeys(): string[] {
    return this.units.map((unit) =>
      typeof unit === 'string' ? `line ${unit}` : unit.key
    )
  }

  /** The unit holding line `index`: a binary search from the last one. */
  private unitOf(index: number): number {
    const { starts } = this
    if (starts[this.cursor]! <= index && index < starts[this.cursor + 1]!) {
      return this.cursor
    }
    let [low, high] = [0, this.units.length - 1]
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= index) low = middle
      else high = middle - 1
    }
    return (this.cursor = low)
  }
}

/**
 * The two sides of a config diff as units with shared keys. `before` is
 * null for a connector never published: no lines at all.
 */
export function configSides(
  before: JsonObject | null,
  after: JsonObject
): [DiffSide, DiffSide] {
  const from = before === null ? null : normaliseRoot(before)
  const to = normaliseRoot(after)
  const keys = new ItemKeys(from, to)
  const added = new AddedLines()
  const sides = [from, to].map((root, side) => {
    const lines = new ConfigLines(
      root === null ? [] : unitsOf(root, side, keys),
      added
    )
    return {
      lines,
      units: lines.starts,
      unitKeys: lines.unitKeys(),
      coarse: true
    }
  })
  return [sides[0]!, sides[1]!]
}

/**
 * Gives each item its pairing key: items of a list paired by name with an
 * equal value share one, and so do equal scalars; every other item has a
 * key of its own.
 */
class ItemKeys {
  /** Per list, since one object may sit in both and print differently. */
  private readonly shared = new Map<ListKey, Map<Json, string>>()
  private fresh = 0

  constructor(before: JsonObject | null, after: JsonObject) {
    for (const list of LISTS) {
      const keys = new Map<Json, string>()
      this.shared.set(list, keys)
      const [from, to] = [before?.[list], after[list]]
      if (!Array.isArray(from) || !Array.isArray(to)) continue
      matchList(from, to, itemName).partner.forEach((partner, index) => {
        if (partner < 0 || !itemsEqual(list, from[partner]!, to[index]!)) {
          return
        }
        keys.set(from[partner]!, `${list} ${index}`)
        keys.set(to[index]!, `${list} ${index}`)
      })
    }
  }

  /**
   * The key of an item of a list on one side. A comma is part of the
   * item's last line, so it is part of the key too.
   */
  keyOf(list: ListKey, item: Json, side: number, comma: boolean): string {
    const base =
      typeof item !== 'object' || item === null
        ? `${list} value ${JSON.stringify(item)}`
        : (this.shared.get(list)!.get(item) ?? `item ${side} ${this.fresh++}`)
    return comma ? `${base},` : base
  }
}

/** The units of one normalised config, in the order prettyJson prints. */
function unitsOf(root: JsonObject, side: number, keys: ItemKeys): Unit[] {
  const units: Unit[] = ['{']
  const names = Object.keys(root)
  names.forEach((name, index) => {
    const comma = index < names.length - 1 ? ',' : ''
    const value = root[name]!
    const label = `  ${JSON.stringify(name)}: `
    const list = listNamed(name)
    if (list !== undefined && Array.isArray(value) && value.length > 0) {
      units.push(`${label}[`)
      value.forEach((item, at) => {
        const more = at < value.length - 1
        units.push({
          list,
          value: item,
          comma: more,
          key: keys.keyOf(list, item, side, more)
        })
      })
      units.push(`  ]${comma}`)
      return
    }
    const printedValue = JSON.stringify(value, null, 2)
    if (!printedValue.includes('\n')) {
      units.push(label + printedValue + comma)
      return
    }
    const text = `${label}${printedValue.replaceAll('\n', '\n  ')}${comma}\n`
    units.push({ key: `member ${text}`, text: new TextLines(text) })
  })
  units.push('}')
  return units
}

/**
 * An item's lines as prettyJson prints them inside the config. Printed
 * nested two levels deep, as in the config, and after a sibling when a
 * comma follows it, so that JSON.stringify writes the indentation and the
 * comma itself; the item's lines are then a slice of that text.
 */
function printed(item: Item | Member): TextLines {
  if (!('list' in item)) return item.text
  if (item.text !== undefined) return item.text
  const value = normaliseItem(item.list, item.value)
  const json = JSON.stringify([item.comma ? [value, 0] : [value]], null, 2)
  const start = '[\n  [\n'.length
  const end = json.length - (item.comma ? ITEM_AFTER : LIST_CLOSE).length
  return (item.text = new TextLines(json.slice(start, end)))
}

/** What follows an item printed with a sibling, after its own newline. */
const ITEM_AFTER = '    0\n  ]\n]'

/** What closes the lists an item is printed in, after its own newline. */
const LIST_CLOSE = '  ]\n]'

/**
 * How many lines an item takes once normalised, without printing it or
 * copying it: the lines of its value, and those of the members that
 * normalisation adds (`addedLines`).
 */
function lineCount(item: Item | Member, added: AddedLines): number {
  if (!('list' in item)) return item.text.count
  if (item.text !== undefined) return item.text.count
  const { value } = item
  if (!isObject(value)) return prettyLines(value)
  const names = Object.keys(value)
  const extra = added.of(item.list, names)
  // `{}` is one line; with members it opens and closes on lines of its own.
  if (names.length === 0) return extra === 0 ? 1 : 2 + extra
  return prettyLines(value) + extra
}

/**
 * The lines of the members that normalisation adds to an item with given
 * keys (a flow's defaults), found by normalising an item with those keys
 * and no values. Items of a list mostly share their keys, so each set of
 * keys is normalised once.
 */
class AddedLines {
  private readonly known = new Map<string, number>()

  of(list: ListKey, names: readonly string[]): number {
    const key = JSON.stringify([list, names])
    let lines = this.known.get(key)
    if (lines === undefined) {
      const stub = Object.fromEntries(names.map((name) => [name, null]))
      const normalised = normaliseItem(list, stub) as JsonObject
      lines = 0
      for (const name of Object.keys(normalised)) {
        if (!Object.hasOwn(stub, name)) lines += prettyLines(normalised[name]!)
      }
      this.known.set(key, lines)
    }
    return lines
  }
}

/**
 * How many lines `JSON.stringify(value, null, 2)` prints: one for a scalar
 * or an empty object or array, else one to open, one to close and those
 * of the members. Iterative, as a config may nest deeply.
 */
export function prettyLines(value: Json): number {
  let lines = 0
  const pending: Json[] = [value]
  while (pending.length > 0) {
    const current = pending.pop()!
    if (typeof current !== 'object' || current === null) {
      lines++
      continue
    }
    const names = Array.isArray(current) ? null : Object.keys(current)
    const size = names === null ? (current as Json[]).length : names.length
    lines += size === 0 ? 1 : 2
    for (let at = 0; at < size; at++) {
      const member =
        names === null
          ? (current as Json[])[at]!
          : (current as JsonObject)[names[at]!]!
      if (typeof member === 'object' && member !== null) pending.push(member)
      else lines++
    }
  }
  return lines
}
