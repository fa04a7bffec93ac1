/**
 * What the simulated AWS services (src/engine/aws) need of the engine: their agenda entries on the
 * world's agenda, and a synchronous Lambda Invoke that answers when the invoked function finishes.
 * Wire them with `createSimulation(scenario, { awsService: createAwsService(awsEnginePort) })`.
 */
import type { AwsEnginePort } from '../aws/types.ts'
import { STATUS_REQUEST_RESPONSE } from '../facts.ts'
import { scheduleStep } from '../runtime/codeStep.ts'
import { requestFollowed } from './request.ts'
import { syncResponseOf } from './results.ts'
import { watchInvocation } from './syncWatchers.ts'

export const awsEnginePort: AwsEnginePort = {
  schedule(world, atMs, run) {
    scheduleStep(world, atMs, run)
  },
  invokeSync(world, target, payload, payloadBytes, chainDepth, done) {
    const started = requestFollowed(world, target, payload, payloadBytes, chainDepth)
    if (typeof started === 'number') return started
    watchInvocation(world, started, (invocation) => done(syncResponseOf(world, invocation)))
    return STATUS_REQUEST_RESPONSE
  },
}
