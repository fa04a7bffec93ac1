/**
 * Followers of synchronous invocations: code that waits for one to end, such as the Invoke API's
 * result store or a handler's SDK `Invoke` (the AWS simulation's `AwsEnginePort.invokeSync`).
 * Null whenever nobody waits, so the finishing path pays one null check per synchronous invocation.
 */
import type { World } from '../world.ts'
import type { Invocation } from './invocation.ts'

export type SyncWatcher = (invocation: Invocation) => void

/** Calls `watcher` once, when `invocation` has finished; a code invocation's result stays readable until then. */
export function watchInvocation(world: World, invocation: Invocation, watcher: SyncWatcher): void {
  world.syncWatchers ??= new Map()
  world.syncWatchers.set(invocation, watcher)
}

export function isWatched(world: World, invocation: Invocation): boolean {
  return world.syncWatchers?.has(invocation) ?? false
}

export function notifySyncWatcher(world: World, invocation: Invocation): void {
  const watchers = world.syncWatchers
  const watcher = watchers?.get(invocation)
  if (!watchers || !watcher) return
  watchers.delete(invocation)
  if (watchers.size === 0) world.syncWatchers = null
  watcher(invocation)
  // The watcher has read the result: it is kept only if the Invoke API keeps it.
  const run = invocation.codeRun()
  if (run && !run.keepPayload) run.payload = null
}
