/**
 * Paths into the scenario document, written the way the validator writes them
 * (`Functions[0].EventInvokeConfig.MaximumRetryAttempts`, `AdditionalVersionWeights["2"]`), so an
 * error's path leads straight to the field and an edge or inspector field can name what it edits.
 * Edits are immutable: they copy the objects along the path and share everything else.
 */
import { entry, field, item } from '../../../engine/scenario/check.ts'

export type Segment = string | number

export { entry, field, item }

/** `Functions[0].Aliases["live"]` → `['Functions', 0, 'Aliases', 'live']`; undefined for a malformed path. */
export function parsePath(path: string): Segment[] | undefined {
  const segments: Segment[] = []
  let i = 0
  while (i < path.length) {
    const ch = path[i]
    if (ch === '.') {
      if (segments.length === 0) return undefined
      i++
    } else if (ch === '[') {
      const end = path.indexOf(']', i)
      if (end < 0) return undefined
      if (path[i + 1] === '"') {
        // A JSON string key may itself hold `]`: find the closing quote first.
        const close = closingQuote(path, i + 1)
        if (close === undefined || path[close + 1] !== ']') return undefined
        segments.push(JSON.parse(path.slice(i + 1, close + 1)) as string)
        i = close + 2
      } else {
        const index = Number(path.slice(i + 1, end))
        if (!Number.isInteger(index) || index < 0) return undefined
        segments.push(index)
        i = end + 1
      }
    } else {
      const match = /^[A-Za-z_$][\w$]*/.exec(path.slice(i))
      if (match === null) return undefined
      segments.push(match[0])
      i += match[0].length
    }
  }
  return segments
}

function closingQuote(path: string, open: number): number | undefined {
  for (let i = open + 1; i < path.length; i++) {
    if (path[i] === '\\') i++
    else if (path[i] === '"') return i
  }
  return undefined
}

/** `Functions[0]` + `EventInvokeConfig.MaximumRetryAttempts` → `Functions[0].EventInvokeConfig.MaximumRetryAttempts`. */
export function joinPath(base: string, relative: string): string {
  if (base === '' || relative === '') return base + relative
  return relative.startsWith('[') ? base + relative : `${base}.${relative}`
}

export function formatPath(segments: readonly Segment[]): string {
  return segments.reduce<string>((at, s) => (typeof s === 'number' ? item(at, s) : field(at, s)), '')
}

/** Whether `path` is `prefix` or lies inside it (`Functions[0].Timeout` is inside `Functions[0]`, not inside `Functions[0].Time`). */
export function isWithin(path: string, prefix: string): boolean {
  if (prefix === '') return true
  return path === prefix || (path.startsWith(prefix) && (path[prefix.length] === '.' || path[prefix.length] === '['))
}

export function getAt(root: unknown, segments: readonly Segment[]): unknown {
  let value = root
  for (const s of segments) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<Segment, unknown>)[s]
  }
  return value
}

export function getPath(root: unknown, path: string): unknown {
  const segments = parsePath(path)
  return segments === undefined ? undefined : getAt(root, segments)
}

function copyOf(value: unknown, next: Segment | undefined): Record<Segment, unknown> | unknown[] {
  if (Array.isArray(value)) return [...value]
  if (typeof value === 'object' && value !== null) return { ...(value as Record<string, unknown>) }
  return typeof next === 'number' ? [] : {}
}

/**
 * A copy of `root` with `value` at `segments`, creating objects (or arrays, for numeric segments) on
 * the way. `undefined` removes the field, and then also removes objects the removal left empty, so
 * clearing `EventInvokeConfig.MaximumRetryAttempts` does not leave `EventInvokeConfig: {}` behind.
 */
export function setAt<T>(root: T, segments: readonly Segment[], value: unknown): T {
  const [head, ...rest] = segments
  if (head === undefined) return value as T
  const copy = copyOf(root, head) as Record<Segment, unknown>
  const child = rest.length === 0 ? value : setAt(copy[head], rest, value)
  if (child === undefined || (rest.length > 0 && isEmptyObject(child))) {
    if (Array.isArray(copy)) copy.splice(Number(head), 1)
    else delete copy[head]
  } else {
    copy[head] = child
  }
  return copy as T
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0
}

export function setPath<T>(root: T, path: string, value: unknown): T {
  const segments = parsePath(path)
  if (segments === undefined) throw new Error(`Not a document path: ${path}`)
  return setAt(root, segments, value)
}

/**
 * Removes every path at once. Array items are removed from the highest index down, so removing
 * `Traffic[0]` and `Traffic[2]` removes those two entries and not a shifted neighbour.
 */
export function removePaths<T>(root: T, paths: readonly string[]): T {
  const parsed = [...new Set(paths)].map((p) => {
    const segments = parsePath(p)
    if (segments === undefined) throw new Error(`Not a document path: ${p}`)
    return segments
  })
  parsed.sort(comparePathsForRemoval)
  return parsed.reduce((doc, segments) => (getAt(doc, segments) === undefined ? doc : setAt(doc, segments, undefined)), root)
}

/** The indices of `list`'s items that `paths` remove whole (`Traffic[2]`, not `Traffic[2].Target`), once each. */
export function removedItems(paths: readonly string[], list: string): number[] {
  const indices = paths.flatMap((path) => {
    const segments = parsePath(path)
    return segments?.length === 2 && segments[0] === list && typeof segments[1] === 'number' ? [segments[1]] : []
  })
  return [...new Set(indices)].sort((a, b) => a - b)
}

/** Deeper paths first; among siblings, higher indices first. */
function comparePathsForRemoval(a: readonly Segment[], b: readonly Segment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return y - x
    return String(x) < String(y) ? -1 : 1
  }
  return b.length - a.length
}
