/**
 * SDK calls from code reach the simulated AWS account (src/engine/aws) through the engine's port:
 * the service's steps run on the run's agenda, and a synchronous Lambda Invoke answers when the
 * invoked function has finished, with its response [API] §2.1.
 */
import { describe, expect, test } from 'vitest'
import { AWS_LATENCY_MS } from '../aws/latency.ts'
import { createAwsService } from '../aws/service.ts'
import { awsEnginePort } from '../invoke/awsPort.ts'
import type { AwsCallOutcome } from '../runtime/types.ts'
import { createFakeRuntime, succeed, type FakeScript } from '../testing/fakeRuntime.ts'
import { burst, runToEnd, scenarioOf } from '../testing/harness.ts'

const CODE = { 'index.mjs': '// scripted by the fake runtime' }

/** Each function's handler by name; `caller` records what its one SDK call answered, and when. */
function account(handlers: Record<string, FakeScript['handler']>) {
  return createFakeRuntime({
    handler: (call) => {
      const handler = handlers[call.module.spec.functionName]
      if (!handler) throw new Error(`No handler for ${call.module.spec.functionName}`)
      handler(call)
    },
  })
}

describe('SDK calls reach the simulated AWS account', () => {
  test('a synchronous Lambda Invoke answers when the invoked function finishes, with its payload', () => {
    const answers: { outcome: AwsCallOutcome; atMs: number }[] = []
    const runtime = account({
      caller: ({ host, done }) => host.awsCall('lambda', 'Invoke', { FunctionName: 'target', Payload: '{"n":2}' }, (outcome) => {
        answers.push({ outcome, atMs: host.nowMs() })
        done(succeed(null))
      }),
      target: ({ event, host, done }) => host.setTimer(300, () => done(succeed({ doubled: (event as { n: number }).n * 2 }))),
    })
    const scenario = scenarioOf({ Functions: [{ FunctionName: 'caller', Code: CODE }, { FunctionName: 'target', Code: CODE }], Traffic: [burst('caller', 1)] })
    const { sim } = runToEnd(scenario, 'caller', { runtime, awsService: createAwsService(awsEnginePort) })
    expect(answers).toHaveLength(1)
    expect(answers[0]?.outcome).toEqual({ ok: true, output: { StatusCode: 200, ExecutedVersion: '$LATEST', Payload: '{"doubled":4}' } })
    expect(sim.summary().Functions.target?.Invocations).toBe(1)
    // The request reaches Lambda after the service's latency, the function runs 300 ms, and the answer comes back then.
    expect((answers[0]?.atMs ?? 0) - Date.UTC(2026, 0, 1)).toBe(AWS_LATENCY_MS.lambda + 300)
  })

  test('an SQS SendMessage lands in the scenario\'s queue', () => {
    let outcome: AwsCallOutcome | null = null
    const runtime = account({
      sender: ({ host, done }) => host.awsCall('sqs', 'SendMessage', { QueueUrl: 'orders', MessageBody: 'hello' }, (answer) => {
        outcome = answer
        done(succeed(null))
      }),
    })
    const scenario = scenarioOf({ Functions: [{ FunctionName: 'sender', Code: CODE }], Queues: [{ QueueName: 'orders' }], Traffic: [burst('sender', 1)] })
    const { sim } = runToEnd(scenario, 'sender', { runtime, awsService: createAwsService(awsEnginePort) })
    expect(outcome).toMatchObject({ ok: true })
    expect(sim.queueMessages('orders')).toEqual(['hello'])
  })
})
