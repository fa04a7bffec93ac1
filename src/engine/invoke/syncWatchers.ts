/**
 * Followers of synchronous invocations: code that waits for one to end, such as the Invoke API's
 * result store or a handler's SDK `Invoke` (the AWS simulation's `AwsEnginePort.invokeSync`).
 * The follower rides on the invocation itself, so following one costs no lookup and no table entry.
 */
import type { World } from '../world.ts'
import type { Invocation } from './invocation.ts'

/** Who waits for a synchronous invocation; an object, so a service's own request or batch can be it and follow at no cost. */
export interface SyncWatcher {
  invocationEnded(world: World, invocation: Invocation): void
}

/** Calls `watcher` once, when `invocation` has finished; a code invocation's result stays readable until then. */
export function watchInvocation(invocation: Invocation, watcher: SyncWatcher): void {
  invocation.watcher = watcher
}

/** Tells the invocation's watcher, if any, that it has finished. */
export function notifySyncWatcher(world: World, invocation: Invocation): void {
  const watcher = invocation.watcher
  if (watcher === null) return
  invocation.watcher = null
  watcher.invocationEnded(world, invocation)
  // The watcher has read the result: it is kept only if the Invoke API keeps it.
  const run = invocation.codeRun()
  if (run && !run.keepPayload) run.payload = null
}
