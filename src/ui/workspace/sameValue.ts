/**
 * Whether two stored values are equal: JSON-like data as structured clone and JSON keep it, whatever
 * the order of their keys. A key holding `undefined` counts as absent, because JSON (the journal
 * of ./pendingSave.ts) drops it where IndexedDB keeps it.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined)
  const leftKeys = keys(left)
  return leftKeys.length === keys(right).length && leftKeys.every((key) => sameValue(left[key], right[key]))
}
