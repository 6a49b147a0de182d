/**
 * Turns a file's bytes into text the way the contract asks: UTF-8 only, a
 * byte-order mark tolerated but reported, any other byte sequence refused
 * with the place of the first bad byte.
 */
export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; badByteOffset: number; badByte: number; prefix: string }

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenient = new TextDecoder('utf-8', { ignoreBOM: true })

/** Decodes UTF-8 strictly; on failure says where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const bom = startsWithBom(bytes)
  const body = bom ? bytes.subarray(3) : bytes
  try {
    return { ok: true, text: strict.decode(body), bom }
  } catch {
    const bad = firstInvalidByte(body)
    return {
      ok: false,
      badByteOffset: bad + (bom ? 3 : 0),
      badByte: body[bad] ?? 0,
      prefix: lenient.decode(body.subarray(0, bad))
    }
  }
}

/** Whether the bytes start with the UTF-8 byte-order mark. */
export function startsWithBom(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 3 &&
    bytes[0] === 0xef &&
    bytes[1] === 0xbb &&
    bytes[2] === 0xbf
  )
}

/**
 * Finds the first byte that does not start or continue a well-formed UTF-8
 * sequence (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
 * Only called once the native decoder has already said the bytes are bad.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const length = sequenceLength(b)
    if (length === 0 || i + length > bytes.length) return i
    const second = bytes[i + 1]!
    const [low, high] = secondByteRange(b)
    if (second < low || second > high) return i
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!
      if (next < 0x80 || next > 0xbf) return i
    }
    i += length
  }
  return bytes.length
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

/** The allowed range of the byte after a lead byte (RFC 3629, section 4). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf]
  if (lead === 0xed) return [0x80, 0x9f]
  if (lead === 0xf0) return [0x90, 0xbf]
  if (lead === 0xf4) return [0x80, 0x8f]
  return [0x80, 0xbf]
}
