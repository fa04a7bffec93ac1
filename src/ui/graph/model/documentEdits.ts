/** Small immutable edits the connection rules and the palette share. */
import type { FunctionConfig, Scenario } from '../../../engine/scenario/types.ts'
import { TIMEOUT_DEFAULT_SECONDS } from '../../../engine/facts.ts'
import { getPath, item, joinPath, setPath } from './documentPath.ts'
import { NAMED_KINDS, indexOfName, type NamedKind } from './kinds.ts'
import { parseNodeId } from './nodeIds.ts'
import { findFunction } from './resolve.ts'

/** Appends `value` to the list at `path`, creating the list if needed. */
export function appendAt(doc: Scenario, path: string, value: unknown): Scenario {
  const list = getPath(doc, path)
  return setPath(doc, item(path, Array.isArray(list) ? list.length : 0), value)
}

export function functionIndex(doc: Scenario, name: string): number {
  return doc.Functions.findIndex((fn) => fn.FunctionName === name)
}

export function functionPath(doc: Scenario, name: string): string {
  const index = functionIndex(doc, name)
  if (index < 0) throw new Error(`No function named ${name}`)
  return item('Functions', index)
}

/** A path inside a function's entry: `functionField(doc, 'orders', 'Aliases[0].Name')`. */
export const functionField = (doc: Scenario, name: string, relative: string): string => joinPath(functionPath(doc, name), relative)

/**
 * The Timeout that invocations of a function, version or alias node run with: a version's own
 * setting, else `$LATEST`'s, else Lambda's default of 3 s. An alias runs its primary version's.
 */
export function timeoutSecondsOf(doc: Scenario, nodeId: string): number | undefined {
  const ref = parseNodeId(nodeId)
  if (ref === undefined) return undefined
  const name = ref.kind === 'function' ? ref.name : ref.kind === 'version' || ref.kind === 'alias' ? ref.functionName : undefined
  const fn: FunctionConfig | undefined = name === undefined ? undefined : findFunction(doc, name)
  if (fn === undefined) return undefined
  const version = ref.kind === 'version' ? ref.version : ref.kind === 'alias' ? fn.Aliases?.find((a) => a.Name === ref.alias)?.FunctionVersion : undefined
  const own = fn.Versions?.find((v) => v.Version === version)?.Timeout
  return own ?? fn.Timeout ?? TIMEOUT_DEFAULT_SECONDS
}

/** A name `base`, `base-2`, `base-3`, ... not in `taken`. */
export function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`
}

/** The path of a named resource's entry: `listPath(doc, 'queue', 'jobs')` → `Queues[1]`. */
export const listPath = (doc: Scenario, kind: NamedKind, name: string): string => item(NAMED_KINDS[kind].list, indexOfName(doc, kind, name))
