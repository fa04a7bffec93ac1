/**
 * The Markdown subset the library's explanations use, parsed to a small tree that
 * ./Markdown.tsx turns into React elements (never HTML strings, so nothing in the text can become
 * markup: `<script>` stays the text `<script>`). Blocks: ATX headings, paragraphs, `-`/`*`/`+` and
 * `1.` lists (one level; indented lines continue the item), `>` quotes, fenced code, GFM pipe tables.
 * Inline: code spans, `**strong**`, `*em*`/`_em_`, `[links](url)`, backslash escapes.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'code'; language: string; text: string }
  | { type: 'table'; align: readonly ColumnAlign[]; header: Inline[][]; rows: Inline[][][] }

export type ColumnAlign = 'left' | 'center' | 'right' | null

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([\w+-]*)/
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/
const ORDERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/
const QUOTE = /^\s{0,3}>\s?(.*)$/
const CONTINUATION = /^\s{2,}\S/
/** A table's delimiter row: `| --- | :---: | --: |`. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ''
    if (line.trim() === '') {
      i++
      continue
    }
    const fence = FENCE.exec(line)
    if (fence) {
      const marker = fence[1] ?? '```'
      const body: string[] = []
      i++
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker)) body.push(lines[i++] ?? '')
      i++ // the closing fence; an unclosed fence runs to the end, as CommonMark says
      blocks.push({ type: 'code', language: fence[2] ?? '', text: body.join('\n') })
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      blocks.push({ type: 'heading', level: (heading[1] ?? '#').length as 1, children: parseInline(heading[2] ?? '') })
      i++
      continue
    }
    if (line.includes('|') && (lines[i + 1] ?? '').includes('|') && TABLE_DELIMITER.test(lines[i + 1] ?? '')) {
      i = readTable(lines, i, blocks)
      continue
    }
    if (BULLET.test(line) || ORDERED.test(line)) {
      i = readList(lines, i, blocks)
      continue
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = []
      while (i < lines.length && QUOTE.test(lines[i] ?? '')) quoted.push(QUOTE.exec(lines[i++] ?? '')?.[1] ?? '')
      blocks.push({ type: 'quote', children: parseInline(quoted.join(' ')) })
      continue
    }
    const text: string[] = []
    while (i < lines.length && !startsBlock(lines[i] ?? '')) text.push((lines[i++] ?? '').trim())
    blocks.push({ type: 'paragraph', children: parseInline(text.join(' ')) })
  }
  return blocks
}

/** Reads a GFM table (header, delimiter, rows up to a blank or non-table line); returns the line after it. */
function readTable(lines: readonly string[], start: number, blocks: Block[]): number {
  const header = tableCells(lines[start] ?? '')
  const align = tableCells(lines[start + 1] ?? '').map((cell): ColumnAlign => {
    const left = cell.startsWith(':')
    const right = cell.endsWith(':')
    return left && right ? 'center' : right ? 'right' : left ? 'left' : null
  })
  const rows: Inline[][][] = []
  let i = start + 2
  while (i < lines.length && (lines[i] ?? '').includes('|') && (lines[i] ?? '').trim() !== '') {
    const cells = tableCells(lines[i++] ?? '')
    rows.push(header.map((_, column) => parseInline(cells[column] ?? '')))
  }
  blocks.push({ type: 'table', align: header.map((_, column) => align[column] ?? null), header: header.map((cell) => parseInline(cell)), rows })
  return i
}

/** A table row's cells: split at unescaped `|`, the outer pipes optional, each cell trimmed. */
function tableCells(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (ch === '\\' && line[i + 1] === '|') {
      cell += '|'
      i++
    } else if (ch === '|') {
      cells.push(cell.trim())
      cell = ''
    } else {
      cell += ch
    }
  }
  cells.push(cell.trim())
  const trimmed = line.trim()
  if (trimmed.startsWith('|')) cells.shift()
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) cells.pop()
  return cells
}

function startsBlock(line: string): boolean {
  return line.trim() === '' || FENCE.test(line) || HEADING.test(line) || BULLET.test(line) || ORDERED.test(line) || QUOTE.test(line)
}

/** Reads consecutive items of one kind of list from `start`; returns the line after it. */
function readList(lines: readonly string[], start: number, blocks: Block[]): number {
  const first = lines[start] ?? ''
  const ordered = !BULLET.test(first)
  const marker = ordered ? ORDERED : BULLET
  const items: string[][] = []
  let i = start
  while (i < lines.length) {
    const line = lines[i] ?? ''
    const item = marker.exec(line)
    if (item) {
      items.push([(ordered ? item[2] : item[1]) ?? ''])
    } else if (CONTINUATION.test(line) && items.length > 0) {
      items.at(-1)?.push(line.trim())
    } else {
      break
    }
    i++
  }
  blocks.push({
    type: 'list',
    ordered,
    start: ordered ? Number(ORDERED.exec(first)?.[1] ?? 1) : 1,
    items: items.map((item) => parseInline(item.join(' '))),
  })
  return i
}

const ESCAPABLE = /[\\`*_[\]()#+\-.!<>{}|~]/
const WORD = /[\p{L}\p{N}]/u

/** Inline spans of `text`; anything that does not close is kept as the characters it is. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let plain = ''
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain })
    plain = ''
  }
  let i = 0
  while (i < text.length) {
    const ch = text[i] ?? ''
    if (ch === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      plain += text[i + 1]
      i += 2
      continue
    }
    const span = ch === '`' ? codeSpan(text, i) : ch === '[' ? linkSpan(text, i) : ch === '*' || ch === '_' ? emphasisSpan(text, i) : null
    if (span) {
      flush()
      out.push(span.node)
      i = span.end
      continue
    }
    plain += ch
    i++
  }
  flush()
  return out
}

interface Span {
  node: Inline
  /** The index just after the span. */
  end: number
}

function codeSpan(text: string, start: number): Span | null {
  let ticks = 0
  while (text[start + ticks] === '`') ticks++
  const fence = '`'.repeat(ticks)
  const close = text.indexOf(fence, start + ticks)
  if (close < 0) return null
  const inner = text.slice(start + ticks, close)
  // CommonMark strips one space on each side so `` `x` `` can show backticks.
  const trimmed = inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') ? inner.slice(1, -1) : inner
  return { node: { type: 'code', text: trimmed }, end: close + ticks }
}

function linkSpan(text: string, start: number): Span | null {
  const labelEnd = matchingBracket(text, start)
  if (labelEnd < 0 || text[labelEnd + 1] !== '(') return null
  const close = text.indexOf(')', labelEnd + 2)
  if (close < 0) return null
  const href = text.slice(labelEnd + 2, close).trim()
  if (href === '' || /\s/.test(href)) return null
  return { node: { type: 'link', href, children: parseInline(text.slice(start + 1, labelEnd)) }, end: close + 1 }
}

/** The `]` closing the `[` at `open`, allowing nested brackets and escapes; -1 if none. */
function matchingBracket(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\\') i++
    else if (ch === '[') depth++
    else if (ch === ']' && --depth === 0) return i
  }
  return -1
}

function emphasisSpan(text: string, start: number): Span | null {
  const ch = text[start] ?? '*'
  const strong = text[start + 1] === ch
  const delimiter = strong ? ch + ch : ch
  const from = start + delimiter.length
  // `snake_case` and `a * b` are not emphasis: the opener must touch a word, and `_` not sit inside one.
  if (/\s/.test(text[from] ?? ' ')) return null
  if (ch === '_' && WORD.test(text[start - 1] ?? '')) return null
  let close = text.indexOf(delimiter, from + 1)
  while (close >= 0 && (/\s/.test(text[close - 1] ?? ' ') || (ch === '_' && WORD.test(text[close + delimiter.length] ?? '')) || (!strong && text[close + 1] === ch))) {
    close = text.indexOf(delimiter, close + (strong || text[close + 1] !== ch ? 1 : 2))
  }
  if (close < 0) return null
  const children = parseInline(text.slice(from, close))
  return { node: strong ? { type: 'strong', children } : { type: 'em', children }, end: close + delimiter.length }
}
