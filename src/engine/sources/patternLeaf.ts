/**
 * One value of an event pattern's leaf array, compiled: `"a"`, `300`, `null`, `{"prefix": "img/"}`,
 * `{"anything-but": [...]}`, `{"numeric": [">", 0]}`, ... [D-filter]. Each compiles once into a
 * `LeafTest` so matching an event does no parsing; malformed values become problems naming where.
 */
import { JsonNumber } from './eventJson.ts'

/** A present leaf value of an event. */
export type Scalar = string | boolean | null | number | JsonNumber

export interface LeafTest {
  /** True only for `{"exists": false}`: the test holds when the field is absent. */
  readonly matchesAbsent: boolean
  test(value: Scalar): boolean
}

export interface PatternProblem {
  /** Where in the pattern, e.g. `detail.size[0].numeric`. */
  readonly path: string
  readonly message: string
}

const OPERATORS = ['prefix', 'suffix', 'equals-ignore-case', 'anything-but', 'numeric', 'exists', 'wildcard'] as const

const NUMERIC_OPERATORS = new Set(['=', '<', '<=', '>', '>='])

/**
 * The text an exact match compares: strings quoted (so "300" never equals 300), numbers as written
 * in the event (300 ≠ 300.0 ≠ 3.0e2 [D-filter]), a pattern's numbers as JavaScript writes them.
 */
function exactKey(value: Scalar): string {
  if (typeof value === 'string') return `"${value}"`
  if (value instanceof JsonNumber) return value.text
  return String(value)
}

const numberOf = (value: Scalar): number | undefined =>
  typeof value === 'number' ? value : value instanceof JsonNumber ? value.value : undefined

const ABSENT_ONLY: LeafTest = { matchesAbsent: true, test: () => false }
const ANY_PRESENT: LeafTest = { matchesAbsent: false, test: () => true }
const NEVER: LeafTest = { matchesAbsent: false, test: () => false }

const present = (test: (value: Scalar) => boolean): LeafTest => ({ matchesAbsent: false, test })
const onStrings = (test: (value: string) => boolean): LeafTest =>
  present((value) => typeof value === 'string' && test(value))

/** Compiles one element of a leaf array; problems are pushed, and a test that never matches returned. */
export function compileLeaf(element: unknown, path: string, problems: PatternProblem[]): LeafTest {
  if (element === null || typeof element === 'string' || typeof element === 'boolean') {
    const key = exactKey(element)
    return present((value) => exactKey(value) === key)
  }
  if (typeof element === 'number') {
    if (!Number.isFinite(element)) return fail(problems, path, 'a number in a pattern must be finite')
    const key = String(element)
    return present((value) => exactKey(value) === key)
  }
  if (typeof element !== 'object' || Array.isArray(element)) {
    return fail(problems, path, 'a match value is a string, a number, true, false, null or an object with one operator')
  }
  const entries = Object.entries(element)
  const [operator, operand] = entries[0] ?? []
  if (entries.length !== 1 || operator === undefined) {
    return fail(problems, path, `a match object has exactly one operator (${OPERATORS.join(', ')})`)
  }
  const at = `${path}.${operator}`
  switch (operator) {
    case 'exists':
      if (typeof operand !== 'boolean') return fail(problems, at, 'exists takes true or false')
      return operand ? ANY_PRESENT : ABSENT_ONLY
    case 'prefix':
    case 'suffix':
      return onStrings(affixTest(operator, operand, at, problems))
    case 'equals-ignore-case': {
      if (typeof operand !== 'string') return fail(problems, at, 'equals-ignore-case takes a string')
      const lower = operand.toLowerCase()
      return onStrings((value) => value.toLowerCase() === lower)
    }
    case 'wildcard':
      return onStrings(wildcardTest(operand, at, problems))
    case 'numeric':
      return numericTest(operand, at, problems)
    case 'anything-but':
      return anythingBut(operand, at, problems)
    default:
      return fail(problems, path, `unknown operator "${operator}"; the operators are ${OPERATORS.join(', ')}`)
  }
}

function fail(problems: PatternProblem[], path: string, message: string): LeafTest {
  problems.push({ path, message })
  return NEVER
}

const never = (): boolean => false

/** `prefix` / `suffix` take a string, or `{"equals-ignore-case": string}` for a case-blind one. */
function affixTest(
  operator: 'prefix' | 'suffix',
  operand: unknown,
  path: string,
  problems: PatternProblem[],
): (value: string) => boolean {
  let affix = operand
  let ignoreCase = false
  if (typeof operand === 'object' && operand !== null && !Array.isArray(operand)) {
    const keys = Object.keys(operand)
    affix = (operand as Record<string, unknown>)['equals-ignore-case']
    ignoreCase = true
    if (keys.length !== 1 || keys[0] !== 'equals-ignore-case') affix = undefined
  }
  if (typeof affix !== 'string') {
    problems.push({ path, message: `${operator} takes a string or {"equals-ignore-case": string}` })
    return never
  }
  const wanted = ignoreCase ? affix.toLowerCase() : affix
  const fold = ignoreCase ? (value: string) => value.toLowerCase() : (value: string) => value
  return operator === 'prefix'
    ? (value) => fold(value).startsWith(wanted)
    : (value) => fold(value).endsWith(wanted)
}

/**
 * `*` matches any run of characters; `\*` is a literal star and `\\` a backslash. EventBridge refuses
 * consecutive wildcards (`**`), and so do we.
 */
function wildcardTest(operand: unknown, path: string, problems: PatternProblem[]): (value: string) => boolean {
  if (typeof operand !== 'string') {
    problems.push({ path, message: 'wildcard takes a string' })
    return never
  }
  let source = ''
  let previousStar = false
  for (let i = 0; i < operand.length; i++) {
    const char = operand[i] as string
    if (char === '\\') {
      const next = operand[i + 1]
      if (next !== '*' && next !== '\\') {
        problems.push({ path, message: 'in a wildcard, a backslash escapes only * or \\' })
        return never
      }
      source += `\\${next}`
      i++
      previousStar = false
    } else if (char === '*') {
      if (previousStar) {
        problems.push({ path, message: 'a wildcard cannot have consecutive * characters' })
        return never
      }
      source += '[\\s\\S]*'
      previousStar = true
    } else {
      source += char.replace(/[.+?^${}()|[\]/-]/g, '\\$&')
      previousStar = false
    }
  }
  const regex = new RegExp(`^${source}$`)
  return (value) => regex.test(value)
}

/** `{"numeric": [">", 0, "<=", 5]}`: one or two comparisons, all of which must hold; numbers only. */
function numericTest(operand: unknown, path: string, problems: PatternProblem[]): LeafTest {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length > 4 || operand.length % 2 !== 0) {
    return fail(problems, path, 'numeric takes one or two operator-number pairs, e.g. [">", 0, "<=", 5]')
  }
  const comparisons: { operator: string; bound: number }[] = []
  for (let i = 0; i < operand.length; i += 2) {
    const operator: unknown = operand[i]
    const bound: unknown = operand[i + 1]
    if (typeof operator !== 'string' || !NUMERIC_OPERATORS.has(operator)) {
      return fail(problems, `${path}[${i}]`, `a numeric operator is one of ${[...NUMERIC_OPERATORS].join(' ')}`)
    }
    if (typeof bound !== 'number' || !Number.isFinite(bound)) {
      return fail(problems, `${path}[${i + 1}]`, `"${operator}" compares with a finite number`)
    }
    comparisons.push({ operator, bound })
  }
  return present((value) => {
    const number = numberOf(value)
    return number !== undefined && comparisons.every(({ operator, bound }) => compare(number, operator, bound))
  })
}

function compare(value: number, operator: string, bound: number): boolean {
  switch (operator) {
    case '=':
      return value === bound
    case '<':
      return value < bound
    case '<=':
      return value <= bound
    case '>':
      return value > bound
    default:
      return value >= bound
  }
}

/**
 * `anything-but`: a value or a list of strings/numbers (any present leaf not in it matches), or one
 * of `prefix`, `suffix`, `equals-ignore-case`, `wildcard` (any string that does not match it).
 */
function anythingBut(operand: unknown, path: string, problems: PatternProblem[]): LeafTest {
  if (typeof operand === 'object' && operand !== null && !Array.isArray(operand)) {
    const inner = compileLeaf(operand, path, problems)
    const keys = Object.keys(operand)
    if (keys.length === 1 && !['prefix', 'suffix', 'equals-ignore-case', 'wildcard'].includes(keys[0] as string)) {
      return fail(problems, path, 'anything-but takes a value, a list, or prefix, suffix, equals-ignore-case or wildcard')
    }
    return onStrings((value) => !inner.test(value))
  }
  const values: unknown[] = Array.isArray(operand) ? operand : [operand]
  if (values.length === 0) return fail(problems, path, 'anything-but needs at least one value')
  const excluded = new Set<string>()
  for (const [index, value] of values.entries()) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      excluded.add(exactKey(value))
    } else {
      return fail(problems, Array.isArray(operand) ? `${path}[${index}]` : path, 'anything-but lists strings or numbers')
    }
  }
  return present((value) => !excluded.has(exactKey(value)))
}
