/**
 * The source scan behind the boundary tests (src/engine/boundary.test.ts, src/learn/boundary.test.ts):
 * reads source text (importing it could hide what it reaches) and finds imports of banned modules and
 * uses of real time, randomness or browser globals, ignoring comments, strings and regexes.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** The UI libraries no DOM-free layer may import. */
export const UI_LIBRARY = /^(react|react-dom|zustand|recharts|monaco-editor)(\/.*)?$|^@(xyflow|monaco-editor)\//
/**
 * Globals the engine could reach without the DOM. Browser globals (`window`, `document`, `localStorage`)
 * need no scan: the engine's tsconfig has no DOM library, so the compiler refuses them (checked below),
 * and the engine may name its own variables `window` (a tumbling window) without reaching the browser.
 */
const GLOBALS = 'Date|setTimeout|setInterval|performance|crypto'
/** A bare global (not a property `x.Date`, not a key `{ performance: 1 }`), one reached through `globalThis`, or `Math.random`. */
const BANNED_CODE = new RegExp(
  `(?<![\\w$.])(?:${GLOBALS})(?![\\w$])(?!\\s*\\??\\s*:)|\\bglobalThis\\s*\\.\\s*(?:${GLOBALS})\\b|\\bMath\\s*\\.\\s*random\\b`,
  'g',
)
/** Code that makes the string right after it a module specifier. */
const SPECIFIER_CONTEXT = /(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*$/
/** Keywords after which `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await'])

interface Stripped {
  /** The source with comments, string and template text and regex bodies blanked; same length and lines. */
  code: string
  /** Every string literal and template chunk, at the offset of its opening delimiter. */
  strings: { offset: number; value: string }[]
}

function stripCommentsAndStrings(source: string): Stripped {
  const out = source.split('')
  const strings: Stripped['strings'] = []
  // One entry per open `${`: how many plain braces are open inside it.
  const substitutions: number[] = []
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' '
  }
  const skipQuoted = (from: number, quote: string): number => {
    let j = from
    while (j < source.length) {
      const ch = source[j]
      if (ch === '\\') j += 2
      else if (ch === quote) return j + 1
      else if (ch === '\n') return j
      else j++
    }
    return source.length
  }
  // Template text up to the closing backtick or the next `${`.
  const scanTemplateText = (start: number): number => {
    let j = start + 1
    while (j < source.length && source[j] !== '`' && !(source[j] === '$' && source[j + 1] === '{')) j += source[j] === '\\' ? 2 : 1
    strings.push({ offset: start, value: source.slice(start + 1, j) })
    blank(start + 1, j)
    if (source[j] === '$') {
      substitutions.push(0)
      return j + 2
    }
    return j + 1
  }
  const regexAllowed = (at: number): boolean => {
    let k = at - 1
    while (k >= 0 && /\s/.test(out[k] ?? '')) k--
    const prev = out[k]
    if (prev === undefined) return true
    if (/[\w$]/.test(prev)) {
      let w = k
      while (w > 0 && /[\w$]/.test(out[w - 1] ?? '')) w--
      return REGEX_AFTER_WORD.has(out.slice(w, k + 1).join(''))
    }
    return '(,=:[!&|?{};+-*%<>~^}'.includes(prev)
  }
  const skipRegex = (from: number): number => {
    let j = from + 1
    let inClass = false
    while (j < source.length && source[j] !== '\n') {
      const ch = source[j]
      if (ch === '\\') j += 2
      else if (inClass) { inClass = ch !== ']'; j++ }
      else if (ch === '[') { inClass = true; j++ }
      else if (ch === '/') return j + 1
      else j++
    }
    return j
  }

  let i = 0
  while (i < source.length) {
    const ch = source[i]
    const next = source[i + 1]
    const depth = substitutions.length - 1
    if (ch === '/' && next === '/') {
      const end = source.indexOf('\n', i)
      const stop = end === -1 ? source.length : end
      blank(i, stop)
      i = stop
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2)
      const stop = end === -1 ? source.length : end + 2
      blank(i, stop)
      i = stop
    } else if (ch === '"' || ch === "'") {
      const end = skipQuoted(i + 1, ch)
      strings.push({ offset: i, value: source.slice(i + 1, end - 1) })
      blank(i + 1, end - 1)
      i = end
    } else if (ch === '`') {
      i = scanTemplateText(i)
    } else if (ch === '}' && substitutions[depth] === 0) {
      substitutions.pop()
      i = scanTemplateText(i)
    } else if (ch === '/' && regexAllowed(i)) {
      const end = skipRegex(i)
      blank(i + 1, end - 1)
      i = end
    } else {
      if (depth >= 0 && (ch === '{' || ch === '}')) substitutions[depth] = (substitutions[depth] ?? 0) + (ch === '{' ? 1 : -1)
      i++
    }
  }
  return { code: out.join(''), strings }
}

export interface Violation { line: number; found: string }

/** Imports matching `bannedModule` and banned globals, with their lines. */
export function findViolations(source: string, bannedModule: RegExp = UI_LIBRARY): Violation[] {
  const { code, strings } = stripCommentsAndStrings(source)
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length
  const violations: Violation[] = []
  for (const { offset, value } of strings) {
    const before = code.slice(Math.max(0, offset - 40), offset)
    if (SPECIFIER_CONTEXT.test(before) && bannedModule.test(value)) violations.push({ line: lineAt(offset), found: `import of '${value}'` })
  }
  for (const match of code.matchAll(BANNED_CODE)) violations.push({ line: lineAt(match.index), found: match[0].replace(/\s+/g, '') })
  return violations.sort((a, b) => a.line - b.line)
}

/** Every non-test TypeScript source under `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [path] : []
  })
}
