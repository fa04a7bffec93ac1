/** Wording helpers for error messages: numbers as the AWS docs print them, values as the learner typed them. */

/** `10240` → `10,240`, as the AWS docs write limits; fractions stay as typed (`0.05`). */
export function formatNumber(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n)
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return n < 0 ? `-${digits}` : digits
}

const SHOWN_STRING_LENGTH = 40

/** What was found, for the "(got …)" part of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'string') {
    const shown = value.length > SHOWN_STRING_LENGTH ? `${value.slice(0, SHOWN_STRING_LENGTH)}…` : value
    return JSON.stringify(shown)
  }
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return String(value)
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function listChoices(choices: readonly string[]): string {
  const quoted = choices.map((c) => JSON.stringify(c))
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`
}

/** The last field of a path, for messages: `Functions[0].MemorySize` → `MemorySize`. */
export function labelOf(path: string): string {
  let depth = 0
  for (let i = path.length - 1; i >= 0; i--) {
    const ch = path[i]
    if (ch === ']') depth++
    else if (ch === '[') depth--
    else if (ch === '.' && depth === 0) return path.slice(i + 1)
  }
  return path === '' ? 'The document' : path
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** The choice a typo most likely meant (`MemorySise` → `MemorySize`), if one is close enough. */
export function closestChoice(typed: string, choices: readonly string[]): string | undefined {
  const lower = typed.toLowerCase()
  const sameButCase = choices.find((c) => c.toLowerCase() === lower)
  if (sameButCase !== undefined) return sameButCase
  // Two edits catch a swapped, missing or extra letter without suggesting unrelated short words.
  const limit = Math.min(2, Math.floor(typed.length / 3))
  let best: { choice: string; distance: number } | undefined
  for (const choice of choices) {
    const distance = editDistance(lower, choice.toLowerCase())
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { choice, distance }
  }
  return best?.choice
}

/** Bytes of the string in UTF-8, as Lambda counts the 4 KB of environment variables. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    // A lone surrogate is encoded as U+FFFD, three bytes, like TextEncoder does.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}
