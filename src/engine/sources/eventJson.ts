/**
 * JSON text parsed for event-pattern matching. Lambda's filters and EventBridge compare numbers by
 * their text, so 300, 300.0 and 3.0e2 are three different values to an exact match [D-filter];
 * `JSON.parse` would make them one. This parser keeps each number's text beside its value.
 */

/** A number read from JSON text: `text` as written (for exact matching), `value` for `numeric`. */
export class JsonNumber {
  constructor(
    readonly text: string,
    readonly value: number,
  ) {}
}

/** What a parsed event holds: JSON values with numbers as `JsonNumber`. */
export type EventValue = string | boolean | null | number | JsonNumber | readonly EventValue[] | EventObject
export interface EventObject {
  readonly [key: string]: EventValue
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WHITESPACE = /[ \t\n\r]*/y

class Reader {
  index = 0
  constructor(readonly text: string) {}

  skipWhitespace(): void {
    WHITESPACE.lastIndex = this.index
    WHITESPACE.exec(this.text)
    this.index = WHITESPACE.lastIndex
  }

  expect(char: string): void {
    if (this.text[this.index] !== char) throw new SyntaxError(`expected ${char} at ${this.index}`)
    this.index++
  }

  value(): EventValue {
    this.skipWhitespace()
    const char = this.text[this.index]
    if (char === '{') return this.object()
    if (char === '[') return this.array()
    if (char === '"') return this.string()
    for (const [word, literal] of LITERALS) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length
        return literal
      }
    }
    NUMBER.lastIndex = this.index
    const match = NUMBER.exec(this.text)
    if (match === null) throw new SyntaxError(`unexpected ${char ?? 'end'} at ${this.index}`)
    this.index = NUMBER.lastIndex
    return new JsonNumber(match[0], Number(match[0]))
  }

  string(): string {
    const start = this.index
    this.index++
    let escaped = false
    while (this.index < this.text.length) {
      const char = this.text[this.index++]
      if (char === '"') {
        const slice = this.text.slice(start, this.index)
        // Only strings with escapes need the full decoder.
        return escaped ? (JSON.parse(slice) as string) : slice.slice(1, -1)
      }
      if (char === '\\') {
        escaped = true
        this.index++
      }
    }
    throw new SyntaxError('unterminated string')
  }

  array(): EventValue[] {
    this.index++
    const items: EventValue[] = []
    this.skipWhitespace()
    if (this.text[this.index] === ']') {
      this.index++
      return items
    }
    for (;;) {
      items.push(this.value())
      this.skipWhitespace()
      if (this.text[this.index] === ']') {
        this.index++
        return items
      }
      this.expect(',')
    }
  }

  object(): EventObject {
    this.index++
    const entries: Record<string, EventValue> = {}
    this.skipWhitespace()
    if (this.text[this.index] === '}') {
      this.index++
      return entries
    }
    for (;;) {
      this.skipWhitespace()
      if (this.text[this.index] !== '"') throw new SyntaxError(`expected a key at ${this.index}`)
      const key = this.string()
      this.skipWhitespace()
      this.expect(':')
      entries[key] = this.value()
      this.skipWhitespace()
      if (this.text[this.index] === '}') {
        this.index++
        return entries
      }
      this.expect(',')
    }
  }
}

const LITERALS: readonly (readonly [string, EventValue])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
]

/** Parses JSON text keeping numbers' text; `undefined` when the text is not valid JSON. */
export function parseEventJson(text: string): EventValue | undefined {
  const reader = new Reader(text)
  try {
    const value = reader.value()
    reader.skipWhitespace()
    return reader.index === text.length ? value : undefined
  } catch {
    return undefined
  }
}
