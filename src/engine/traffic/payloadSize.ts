/** UTF-8 bytes of the character starting at `i` (a surrogate pair counts once, as 4). */
function utf8Width(code: number): number {
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  return code >= 0xd800 && code <= 0xdbff ? 4 : 3
}

/** A payload's size as Lambda measures it: the UTF-8 bytes of its JSON text. */
export function payloadBytes(payload: unknown): number {
  return payload === undefined ? 0 : utf8Length(JSON.stringify(payload))
}

/** The UTF-8 bytes of `text`. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const width = utf8Width(text.charCodeAt(i))
    bytes += width
    if (width === 4) i++
  }
  return bytes
}

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const width = utf8Width(text.charCodeAt(i))
    if (bytes + width > maxBytes) return text.slice(0, i)
    bytes += width
    if (width === 4) i++
  }
  return text
}
