const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 (RFC 4648 §4, padded) of bytes; `btoa` takes only Latin-1 strings, and Buffer is Node's alone. */
export function base64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += ALPHABET.charAt((triple >> 18) & 63) + ALPHABET.charAt((triple >> 12) & 63)
    out += b === undefined ? '=' : ALPHABET.charAt((triple >> 6) & 63)
    out += c === undefined ? '=' : ALPHABET.charAt(triple & 63)
  }
  return out
}
