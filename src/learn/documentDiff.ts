/**
 * Which settings an edited document changed, as paths (`Functions[checkout].ReservedConcurrentExecutions`),
 * for challenges that ask for "one setting". Lists of named things are matched by name, so reordering
 * them changes nothing; what only the UI reads (`Layout`) or only people read (`Name`, `Description`) is ignored.
 */
import type { Scenario } from '../engine/api.ts'

const IGNORED_TOP_LEVEL = new Set(['Layout', 'Name', 'Description'])
/** The fields that name an item of a document's lists (AWS's own identifiers). */
const NAME_FIELDS = ['FunctionName', 'QueueName', 'TopicName', 'BucketName', 'TableName', 'StreamName', 'LayerName', 'Version', 'Qualifier', 'Name']

type Json = unknown

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The field naming every item of both lists, if there is one and the names are unique. */
function nameField(a: readonly Json[], b: readonly Json[]): string | undefined {
  const items = [...a, ...b]
  if (items.length === 0 || !items.every(isObject)) return undefined
  return NAME_FIELDS.find((field) => [a, b].every((list) => {
    const names = list.map((item) => (item as Record<string, Json>)[field])
    return names.every((name) => typeof name === 'string') && new Set(names).size === names.length
  }))
}

function keyed(list: readonly Json[], field: string | undefined): Map<string, Json> {
  return new Map(list.map((item, i) => [field === undefined ? String(i) : String((item as Record<string, Json>)[field]), item]))
}

function collect(a: Json, b: Json, path: string, out: string[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    const field = nameField(a, b)
    const left = keyed(a, field)
    const right = keyed(b, field)
    for (const key of new Set([...left.keys(), ...right.keys()])) collect(left.get(key), right.get(key), `${path}[${key}]`, out)
    return
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (path === '' && IGNORED_TOP_LEVEL.has(key)) continue
      collect(a[key], b[key], path === '' ? key : `${path}.${key}`, out)
    }
    return
  }
  // A whole item added or removed is one change; so is a value (or a value's type) changed.
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(path)
}

/** The paths of every setting that differs between the two documents, in document order. */
export function changedSettings(before: Scenario, after: Scenario): string[] {
  const out: string[] = []
  collect(before, after, '', out)
  return out
}
