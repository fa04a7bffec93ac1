import type { FunctionState, VersionState } from './state.ts'

/** The version a qualifier names (`$LATEST` or a number), or null. */
export function versionOf(fn: FunctionState, qualifier: string): VersionState | null {
  return qualifier === '$LATEST' ? fn.latest : (fn.versions.get(qualifier) ?? null)
}

/** `$LATEST` and every published version of a function. */
export function versionsOf(fn: FunctionState): VersionState[] {
  return [fn.latest, ...fn.versions.values()]
}
