/**
 * A three-way merge of a list two tabs may both have changed since `base`, the version both started
 * from: the other tab's list, less what this tab removed, plus what this tab added. Items are
 * compared by `key`; a list only one tab changed comes back as that tab's, order and all.
 */
import { sameValue } from './sameValue.ts'

export function mergeLists<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], key: (item: T) => string): readonly T[] {
  if (sameValue(mine, theirs) || sameValue(theirs, base)) return mine
  if (sameValue(mine, base)) return theirs
  const keys = (items: readonly T[]) => new Set(items.map(key))
  const [baseKeys, mineKeys, theirKeys] = [keys(base), keys(mine), keys(theirs)]
  return [
    ...theirs.filter((item) => mineKeys.has(key(item)) || !baseKeys.has(key(item))),
    ...mine.filter((item) => !baseKeys.has(key(item)) && !theirKeys.has(key(item))),
  ]
}
