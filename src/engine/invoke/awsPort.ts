/**
 * What the simulated AWS services (src/engine/aws) need of the engine: their agenda entries on the
 * world's agenda, and a synchronous Lambda Invoke that answers when the invoked function finishes.
 * Wire them with `createSimulation(scenario, { awsService: createAwsService(awsEnginePort) })`.
 */
import type { AwsEnginePort } from '../aws/types.ts'
import { STATUS_REQUEST_RESPONSE } from '../facts.ts'
import { scheduleStep } from '../runtime/codeStep.ts'
import type { World } from '../world.ts'
import { requestFollowed, type InvokeStatus } from './request.ts'
import { syncResponseOf } from './results.ts'
import { watchInvocation, type SyncWatcher } from './syncWatchers.ts'
import type { TargetRef } from './targets.ts'

/**
 * `invokeSync` for the engine's own services, whose request or batch object is the watcher told
 * when the invocation ends: an API at thousands of requests a second then makes no closures.
 */
export function invokeFollowed(world: World, target: TargetRef, payload: unknown, payloadBytes: number, chainDepth: number, watcher: SyncWatcher): InvokeStatus {
  const started = requestFollowed(world, target, payload, payloadBytes, chainDepth)
  if (typeof started === 'number') return started
  watchInvocation(started, watcher)
  return STATUS_REQUEST_RESPONSE
}

export const awsEnginePort: AwsEnginePort = {
  schedule(world, atMs, run) {
    scheduleStep(world, atMs, run)
  },
  invokeSync(world, target, payload, payloadBytes, chainDepth, done) {
    return invokeFollowed(world, target, payload, payloadBytes, chainDepth, { invocationEnded: (w, invocation) => done(syncResponseOf(w, invocation)) })
  },
}
