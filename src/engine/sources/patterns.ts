/**
 * EventBridge event patterns, the one syntax of EventBridge rules, SNS filter policies and event
 * source mapping filters [D-filter]. A pattern mirrors the event: an object key descends into the
 * event, an array lists the values a leaf may take (OR), several keys must all match (AND), and
 * `$or` lists alternative sub-patterns. Compile a pattern once, then match many events.
 *
 * Event arrays: a leaf matches when any element matches; a nested pattern matches when any one
 * element matches all of it. `exists` looks at leaves only: an object or an empty array is no leaf.
 */
import { JsonNumber } from './eventJson.ts'
import { compileLeaf, type LeafTest, type PatternProblem, type Scalar } from './patternLeaf.ts'

export type { PatternProblem } from './patternLeaf.ts'
export { JsonNumber, parseEventJson, type EventValue } from './eventJson.ts'

interface CompiledObject {
  readonly leaves: readonly { readonly key: string; readonly tests: readonly LeafTest[] }[]
  readonly nested: readonly { readonly key: string; readonly pattern: CompiledObject }[]
  /** Each `$or` at this level: at least one of its sub-patterns must match. */
  readonly alternatives: readonly (readonly CompiledObject[])[]
}

/** A pattern ready to match; build it with `compilePattern`. */
export interface CompiledPattern {
  readonly root: CompiledObject
}

export type PatternCompilation =
  | { readonly ok: true; readonly pattern: CompiledPattern }
  | { readonly ok: false; readonly problems: readonly PatternProblem[] }

/** A JSON object (a parsed number is a `JsonNumber` instance, which is a leaf value, not an object). */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber)

/** Compiles a pattern given as a JSON value; every problem is reported with the path inside the pattern. */
export function compilePattern(pattern: unknown): PatternCompilation {
  const problems: PatternProblem[] = []
  if (!isObject(pattern)) return { ok: false, problems: [{ path: '', message: 'an event pattern is a JSON object' }] }
  const root = compileObject(pattern, '', problems)
  return problems.length === 0 ? { ok: true, pattern: { root } } : { ok: false, problems }
}

/** Compiles a pattern given as JSON text, as event source mapping filters hold it (`Filters[].Pattern`). */
export function compilePatternText(text: string): PatternCompilation {
  let pattern: unknown
  try {
    pattern = JSON.parse(text)
  } catch {
    return { ok: false, problems: [{ path: '', message: 'the pattern is not valid JSON' }] }
  }
  return compilePattern(pattern)
}

/** `detail.size`, or `["detail-type"]` for a key that is not an identifier, as scenario paths are written. */
const join = (path: string, key: string): string =>
  !/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}[${JSON.stringify(key)}]` : path === '' ? key : `${path}.${key}`

function compileObject(pattern: Record<string, unknown>, path: string, problems: PatternProblem[]): CompiledObject {
  const leaves: { key: string; tests: LeafTest[] }[] = []
  const nested: { key: string; pattern: CompiledObject }[] = []
  const alternatives: CompiledObject[][] = []
  for (const [key, value] of Object.entries(pattern)) {
    const at = join(path, key)
    if (key === '$or') {
      alternatives.push(compileOr(value, at, problems))
    } else if (Array.isArray(value)) {
      if (value.length === 0) problems.push({ path: at, message: 'a match list cannot be empty' })
      leaves.push({ key, tests: value.map((element, index) => compileLeaf(element, `${at}[${index}]`, problems)) })
    } else if (isObject(value)) {
      nested.push({ key, pattern: compileObject(value, at, problems) })
    } else {
      problems.push({ path: at, message: `match values sit in a list: write [${JSON.stringify(value)}]` })
    }
  }
  return { leaves, nested, alternatives }
}

function compileOr(value: unknown, path: string, problems: PatternProblem[]): CompiledObject[] {
  if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) {
    problems.push({ path, message: '$or takes a list of at least two patterns (objects)' })
    return []
  }
  return value.map((alternative, index) => compileObject(alternative, `${path}[${index}]`, problems))
}

/** Whether `event` (an object, parsed with `parseEventJson` to keep numbers' text) matches. */
export function matchesPattern(compiled: CompiledPattern, event: unknown): boolean {
  return matchObject(compiled.root, isObject(event) ? event : undefined)
}

/** Whether `event` matches any of `patterns` (filters are ORed [D-filter]). */
export function matchesAnyPattern(patterns: readonly CompiledPattern[], event: unknown): boolean {
  for (const pattern of patterns) if (matchesPattern(pattern, event)) return true
  return false
}

function matchObject(pattern: CompiledObject, event: Record<string, unknown> | undefined): boolean {
  for (const { key, tests } of pattern.leaves) {
    if (!matchLeaf(tests, event?.[key])) return false
  }
  for (const { key, pattern: inner } of pattern.nested) {
    if (!matchNested(inner, event?.[key])) return false
  }
  for (const options of pattern.alternatives) {
    if (!options.some((option) => matchObject(option, event))) return false
  }
  return true
}

function matchNested(pattern: CompiledObject, value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return matchObject(pattern, isObject(value) ? value : undefined)
  return value.some((element) => matchObject(pattern, isObject(element) ? element : undefined))
}

function matchLeaf(tests: readonly LeafTest[], value: unknown): boolean {
  if (!hasLeaf(value)) return tests.some((test) => test.matchesAbsent)
  return tests.some((test) => anyLeaf(value, test))
}

/** Objects and empty arrays carry no leaf value; `exists` sees them as absent. */
function hasLeaf(value: unknown): boolean {
  if (value === undefined || isObject(value)) return false
  return !Array.isArray(value) || value.some(hasLeaf)
}

function anyLeaf(value: unknown, test: LeafTest): boolean {
  if (Array.isArray(value)) return value.some((element) => anyLeaf(element, test))
  return !isObject(value) && value !== undefined && test.test(value as Scalar)
}
