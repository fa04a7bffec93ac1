/**
 * What an adversarial case expects, as plain data rather than a test framework's matchers: the
 * same cases are asserted by Vitest in Node and checked by the sandbox check page in a browser
 * worker, which has no test framework.
 */

/** An expected value: JSON-like, where a RegExp stands for "a string matching it". */
export type Shape = null | boolean | number | string | RegExp | readonly Shape[] | { readonly [key: string]: Shape }

export type Expected =
  /** Deeply equal, like Vitest's toEqual (undefined properties are ignored). */
  | { kind: 'equals'; shape: Shape }
  /** Every property the shape names fits, like Vitest's toMatchObject. */
  | { kind: 'matches'; shape: Shape }
  | { kind: 'below'; limit: number }
  /** A string that does not match. */
  | { kind: 'lacks'; pattern: RegExp }

/** One observation of a case and what it should have been. */
export interface Check {
  what: string
  got: unknown
  expected: Expected
}

export const equals = (what: string, got: unknown, shape: Shape): Check => ({ what, got, expected: { kind: 'equals', shape } })
export const matches = (what: string, got: unknown, shape: Shape): Check => ({ what, got, expected: { kind: 'matches', shape } })
export const below = (what: string, got: unknown, limit: number): Check => ({ what, got, expected: { kind: 'below', limit } })
export const lacks = (what: string, got: unknown, pattern: RegExp): Check => ({ what, got, expected: { kind: 'lacks', pattern } })

export function isList(shape: Shape): shape is readonly Shape[] {
  return Array.isArray(shape)
}

function fits(got: unknown, shape: Shape, partial: boolean): boolean {
  if (shape instanceof RegExp) return typeof got === 'string' && shape.test(got)
  if (isList(shape)) return Array.isArray(got) && got.length === shape.length && shape.every((item, i) => fits(got[i], item, partial))
  if (shape === null || typeof shape !== 'object') return Object.is(got, shape)
  if (got === null || typeof got !== 'object' || Array.isArray(got)) return false
  const record = got as Record<string, unknown>
  const extra = Object.keys(record).some((key) => record[key] !== undefined && !(key in shape))
  return (partial || !extra) && Object.entries(shape).every(([key, value]) => fits(record[key], value, partial))
}

/** The portable judge: agrees with the Vitest matchers adversarial.test.ts maps each kind to. */
export function passes({ got, expected }: Check): boolean {
  switch (expected.kind) {
    case 'equals': return fits(got, expected.shape, false)
    case 'matches': return fits(got, expected.shape, true)
    case 'below': return typeof got === 'number' && got < expected.limit
    case 'lacks': return typeof got === 'string' && !expected.pattern.test(got)
  }
}

/** JSON, with patterns written as /…/ and nothing left out. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined'
  return JSON.stringify(value, (_key, item: unknown) => (item instanceof RegExp ? String(item) : item)) ?? String(value)
}

export function describeExpected(expected: Expected): string {
  switch (expected.kind) {
    case 'equals': return show(expected.shape)
    case 'matches': return `at least ${show(expected.shape)}`
    case 'below': return `less than ${expected.limit}`
    case 'lacks': return `a string not matching ${String(expected.pattern)}`
  }
}
