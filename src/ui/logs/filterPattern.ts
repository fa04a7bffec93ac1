/**
 * CloudWatch Logs' filter patterns for unstructured log events, the subset a learner types in the
 * console's "Filter events" box: terms and "quoted phrases" must all appear (`ERROR "timed out"`),
 * `-term` excludes, and `?term ?other` matches events with any of the `?` terms. Matching is
 * case-sensitive, as in CloudWatch ("Filter pattern syntax for metric filters, subscription filters,
 * filter log events, and Live Tail", Amazon CloudWatch Logs User Guide).
 */

export interface FilterPattern {
  required: string[]
  excluded: string[]
  /** Empty: no `?` terms. */
  anyOf: string[]
}

/** Splits the box's text into terms, keeping quoted phrases whole (with a `-` or `?` in front of the quote). */
export function parseFilterPattern(text: string): FilterPattern {
  const pattern: FilterPattern = { required: [], excluded: [], anyOf: [] }
  for (const match of text.matchAll(/([-?]?)(?:"([^"]*)"|(\S+))/g)) {
    const prefix = match[1]
    const term = match[2] ?? match[3] ?? ''
    if (term === '') continue
    if (prefix === '-') pattern.excluded.push(term)
    else if (prefix === '?') pattern.anyOf.push(term)
    else pattern.required.push(term)
  }
  return pattern
}

export function matchesFilter(message: string, pattern: FilterPattern): boolean {
  if (!pattern.required.every((term) => message.includes(term))) return false
  if (pattern.excluded.some((term) => message.includes(term))) return false
  return pattern.anyOf.length === 0 || pattern.anyOf.some((term) => message.includes(term))
}

export const isEmptyPattern = (pattern: FilterPattern): boolean =>
  pattern.required.length === 0 && pattern.excluded.length === 0 && pattern.anyOf.length === 0
