/**
 * A function of the document computed once per document object. Edits never mutate a document
 * (they make a new one), so a cache keyed by the object is always current, and a WeakMap lets old
 * documents go.
 */
import type { Scenario } from '../../../engine/scenario/types.ts'

export function perDocument<T>(compute: (doc: Scenario) => T): (doc: Scenario) => T {
  const cache = new WeakMap<Scenario, T>()
  return (doc) => {
    if (cache.has(doc)) return cache.get(doc) as T
    const value = compute(doc)
    cache.set(doc, value)
    return value
  }
}
