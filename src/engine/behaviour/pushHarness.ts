/**
 * For the push services' behaviour tests: functions whose handlers (scripted by the fake runtime)
 * record every event they receive, and may call the SDK, run with the simulated AWS account.
 */
import { createAwsService } from '../aws/service.ts'
import { awsEnginePort } from '../invoke/awsPort.ts'
import type { Scenario } from '../scenario/types.ts'
import { createFakeRuntime, succeed, type FakeCall } from '../testing/fakeRuntime.ts'
import { simulate, type TracedRun } from '../testing/harness.ts'

export const CODE = { 'index.mjs': '// scripted by the fake runtime' }

/** Every event each function received, in order, by function name. */
export type Received = Map<string, unknown[]>

/**
 * Runs the scenario to its end; functions with `Code` record their events, then run their
 * handler from `handlers` (by function name) or return null at once.
 */
export function runRecording(scenario: Scenario, handlers: Record<string, (call: FakeCall) => void> = {}): TracedRun & { received: Received } {
  const received: Received = new Map()
  const runtime = createFakeRuntime({
    handler: (call) => {
      const name = call.module.spec.functionName
      const list = received.get(name) ?? []
      list.push(call.event)
      received.set(name, list)
      const handler = handlers[name]
      if (handler) handler(call)
      else call.done(succeed(null))
    },
  })
  const run = simulate(scenario, { runtime, awsService: createAwsService(awsEnginePort) })
  run.sim.runToEnd()
  return { ...run, received }
}

/** A handler that makes one SDK call and returns when it is answered. */
export const calls = (service: string, operation: string, input: (call: FakeCall) => unknown) => (call: FakeCall): void =>
  call.host.awsCall(service, operation, input(call), () => call.done(succeed(null)))

/** The named field of a minute-resolution resource metric, summed over the run. */
export function total(points: readonly { values: Record<string, number> }[], name: string): number {
  return points.reduce((sum, p) => sum + (p.values[name] ?? 0), 0)
}
