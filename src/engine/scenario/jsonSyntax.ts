/**
 * Where a JSON text first breaks the grammar (RFC 8259). JSON.parse says so itself in most of its
 * messages ("… in JSON at position 13"), but V8's "Unexpected token" messages carry no position and
 * other engines word theirs differently, so this finds the offset the same way everywhere.
 */
export function locateJsonSyntaxError(text: string): number {
  let i = 0
  const at = (k: number): string => text.charAt(k)
  const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9'
  const skipSpace = (): void => {
    while (at(i) === ' ' || at(i) === '\t' || at(i) === '\n' || at(i) === '\r') i++
  }
  const digits = (): boolean => {
    const start = i
    while (isDigit(at(i))) i++
    return i > start
  }

  // Each reader consumes one production and returns false with `i` on the first character that does not fit.
  const literal = (): boolean => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return true
      }
    }
    return false
  }
  const number = (): boolean => {
    if (at(i) === '-') i++
    if (at(i) === '0') i++
    else if (!digits()) return false
    if (at(i) === '.') {
      i++
      if (!digits()) return false
    }
    if (at(i) === 'e' || at(i) === 'E') {
      i++
      if (at(i) === '+' || at(i) === '-') i++
      if (!digits()) return false
    }
    return true
  }
  const string = (): boolean => {
    i++ // the opening quote
    while (i < text.length) {
      const ch = at(i)
      if (ch === '"') {
        i++
        return true
      }
      if (ch < ' ') return false
      if (ch === '\\') {
        i++
        const escaped = at(i)
        if (escaped === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(at(i + k))) return false
          i += 4
        } else if (escaped === '' || !'"\\/bfnrt'.includes(escaped)) {
          return false
        }
      }
      i++
    }
    return false
  }
  const members = (close: string, member: () => boolean): boolean => {
    i++ // the opening bracket
    skipSpace()
    if (at(i) === close) {
      i++
      return true
    }
    for (;;) {
      if (!member()) return false
      skipSpace()
      if (at(i) === close) {
        i++
        return true
      }
      if (at(i) !== ',') return false
      i++
    }
  }
  const value = (): boolean => {
    skipSpace()
    const ch = at(i)
    if (ch === '{') return members('}', property)
    if (ch === '[') return members(']', value)
    if (ch === '"') return string()
    if (ch === '-' || isDigit(ch)) return number()
    return literal()
  }
  const property = (): boolean => {
    skipSpace()
    if (at(i) !== '"' || !string()) return false
    skipSpace()
    if (at(i) !== ':') return false
    i++
    return value()
  }

  if (!value()) return i
  skipSpace()
  return i
}
