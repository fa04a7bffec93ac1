/**
 * A small typed toolkit for checking an untrusted JSON value field by field. Each reader reports
 * what is wrong under the value's path and returns the value only when it is valid, so later,
 * cross-field checks work on what is known to be right and one mistake is reported once.
 */
import { closestChoice, describeValue, formatNumber, labelOf, listChoices } from './describe.ts'
import type { ScenarioError, ScenarioRule } from './errors.ts'

/** A JSON object whose fields are not checked yet. */
export type JsonObject = Readonly<Record<string, unknown>>

/** An object known to have no fields besides those of `T`, each still unchecked. */
export type Raw<T> = { readonly [K in keyof T]?: unknown }

type IsOptional<T, K extends keyof T> = Partial<Pick<T, K>> extends Pick<T, K> ? true : false

/**
 * Every field of `T`, marked required or optional exactly as types.ts declares it: the compiler
 * refuses a table that misses a field, invents one or gets its optionality wrong, so the validator
 * and the document's types cannot drift apart.
 */
export type Fields<T> = { readonly [K in keyof T]-?: IsOptional<T, K> extends true ? 'optional' : 'required' }

type FieldTable = Readonly<Record<string, 'required' | 'optional'>>

/** Limits of a number; `above` excludes its bound ("greater than 0"), `min` includes it. */
export interface NumberRule {
  min?: number
  above?: number
  max?: number
  unit?: string
  /** The number may also be null; the text says what null means. */
  orNull?: string
  /** A reason appended to the message, such as the AWS rule behind a bound. */
  why?: string
}

export interface StringRule {
  pattern?: RegExp
  /** What the pattern asks for, in words ("1 to 64 letters, digits, hyphens or underscores"). */
  expected?: string
  maxLength?: number
}

/** A map entry: `AdditionalVersionWeights["2"]`. */
export const entry = (at: string, key: string): string => `${at}[${JSON.stringify(key)}]`
export const item = (at: string, index: number): string => `${at}[${index}]`
/** `Functions[0].MemorySize`; a name that is not an identifier (an unknown `"my field"`) is written as an entry. */
export const field = (at: string, name: string): string =>
  !/^[A-Za-z_$][\w$]*$/.test(name) ? entry(at, name) : at === '' ? name : `${at}.${name}`

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function rangeText(rule: NumberRule): string {
  const unit = rule.unit === undefined ? '' : ` ${rule.unit}`
  const { min, above, max } = rule
  const fmt = formatNumber
  if (min !== undefined && max !== undefined) return ` from ${fmt(min)} to ${fmt(max)}${unit}`
  if (above !== undefined && max !== undefined) return ` greater than ${fmt(above)} and at most ${fmt(max)}${unit}`
  if (min !== undefined) return ` of at least ${fmt(min)}${unit}`
  if (above !== undefined) return ` greater than ${fmt(above)}${unit}`
  if (max !== undefined) return ` of at most ${fmt(max)}${unit}`
  return unit
}

function inRange(n: number, rule: NumberRule): boolean {
  return (rule.min === undefined || n >= rule.min) && (rule.above === undefined || n > rule.above) &&
    (rule.max === undefined || n <= rule.max)
}

/** Collects every error of one validation run; readers return `undefined` for absent or invalid values. */
export class Checker {
  readonly errors: ScenarioError[] = []

  report(path: string, rule: ScenarioRule, message: string): void {
    this.errors.push({ path, rule, message })
  }

  /** An object with exactly the fields of `fields`: unknown fields and missing required ones are errors. */
  object<F extends FieldTable>(value: unknown, at: string, fields: F): Raw<F> | undefined {
    if (value === undefined) return undefined
    if (!isObject(value)) {
      this.report(at, 'type', `${labelOf(at)} must be an object (got ${describeValue(value)})`)
      return undefined
    }
    const known = Object.keys(fields)
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue
      const guess = closestChoice(key, known)
      const hint = guess === undefined ? `its fields are ${known.join(', ')}` : `did you mean ${guess}?`
      this.report(field(at, key), 'unknown-field', `${labelOf(at)} has no field ${JSON.stringify(key)}; ${hint}`)
    }
    for (const key of known) {
      if (fields[key] === 'required' && value[key] === undefined) {
        this.report(field(at, key), 'required', `${key} is required`)
      }
    }
    return value
  }

  integer(value: unknown, at: string, rule: NumberRule = {}): number | undefined {
    return this.numeric(value, at, rule, true)
  }

  number(value: unknown, at: string, rule: NumberRule = {}): number | undefined {
    return this.numeric(value, at, rule, false)
  }

  private numeric(value: unknown, at: string, rule: NumberRule, whole: boolean): number | undefined {
    if (value === undefined || (value === null && rule.orNull !== undefined)) return undefined
    const orNull = rule.orNull === undefined ? '' : `, or null (${rule.orNull})`
    const why = rule.why === undefined ? '' : `; ${rule.why}`
    const message = `${labelOf(at)} must be ${whole ? 'an integer' : 'a number'}${rangeText(rule)}${orNull}${why} (got ${describeValue(value)})`
    if (typeof value !== 'number' || !Number.isFinite(value)) this.report(at, 'type', message)
    else if (whole && !Number.isInteger(value)) this.report(at, 'integer', message)
    else if (!inRange(value, rule)) this.report(at, 'range', message)
    else return value
    return undefined
  }

  string(value: unknown, at: string, rule: StringRule = {}): string | undefined {
    if (value === undefined) return undefined
    const label = labelOf(at)
    if (typeof value !== 'string') {
      this.report(at, 'type', `${label} must be a string (got ${describeValue(value)})`)
    } else if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      this.report(at, 'length', `${label} must be at most ${formatNumber(rule.maxLength)} characters (got ${formatNumber(value.length)})`)
    } else if (rule.pattern !== undefined && !rule.pattern.test(value)) {
      this.report(at, 'pattern', `${label} must be ${rule.expected ?? `a string matching ${String(rule.pattern)}`} (got ${describeValue(value)})`)
    } else {
      return value
    }
    return undefined
  }

  boolean(value: unknown, at: string): boolean | undefined {
    if (value === undefined || typeof value === 'boolean') return value
    this.report(at, 'type', `${labelOf(at)} must be true or false (got ${describeValue(value)})`)
    return undefined
  }

  oneOf<E extends string>(value: unknown, at: string, choices: readonly E[]): E | undefined {
    if (value === undefined) return undefined
    const found = choices.find((c) => c === value)
    if (found !== undefined) return found
    const guess = typeof value === 'string' ? closestChoice(value, choices) : undefined
    const hint = guess === undefined ? '' : `; did you mean ${JSON.stringify(guess)}?`
    const rule = typeof value === 'string' ? 'enum' : 'type'
    this.report(at, rule, `${labelOf(at)} must be ${listChoices(choices)} (got ${describeValue(value)})${hint}`)
    return undefined
  }

  /** The field that says which variant of a union an object is (`Distribution`, `Process`, `Action`). */
  discriminant<E extends string>(raw: JsonObject, key: string, at: string, choices: readonly E[]): E | undefined {
    if (raw[key] === undefined) {
      this.report(field(at, key), 'required', `${key} is required: one of ${listChoices(choices)}`)
      return undefined
    }
    return this.oneOf(raw[key], field(at, key), choices)
  }

  array(value: unknown, at: string): readonly unknown[] | undefined {
    if (value === undefined || Array.isArray(value)) return value
    this.report(at, 'type', `${labelOf(at)} must be an array (got ${describeValue(value)})`)
    return undefined
  }

  /** An object with free keys (file names, variable names, version numbers) whose values are checked by the caller. */
  map(value: unknown, at: string): JsonObject | undefined {
    if (value === undefined || isObject(value)) return value
    this.report(at, 'type', `${labelOf(at)} must be an object (got ${describeValue(value)})`)
    return undefined
  }

  /** A map of strings, such as `Code` or `Environment.Variables`; returns only the entries that are strings. */
  stringMap(value: unknown, at: string): ReadonlyMap<string, string> | undefined {
    const raw = this.map(value, at)
    if (raw === undefined) return undefined
    const strings = new Map<string, string>()
    for (const [key, v] of Object.entries(raw)) {
      const text = this.string(v, entry(at, key))
      if (text !== undefined) strings.set(key, text)
    }
    return strings
  }
}
