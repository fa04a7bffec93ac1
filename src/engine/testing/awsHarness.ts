/**
 * A world and the simulated AWS service for tests that call the service directly, as a handler's
 * SDK would. The service's agenda entries run on their own little agenda here (a run puts them on
 * the world's), and synchronous Lambda invokes are recorded for the test to finish.
 */
import { createAwsService } from '../aws/service.ts'
import type { AwsCaller, AwsEnginePort, SyncInvokeResult } from '../aws/types.ts'
import type { InvokeStatus } from '../invoke/request.ts'
import type { TargetRef } from '../invoke/targets.ts'
import { createRandom } from '../random/seeded.ts'
import type { AwsCallOutcome } from '../runtime/types.ts'
import { formatScenarioErrors } from '../scenario/errors.ts'
import type { Scenario } from '../scenario/types.ts'
import { validateScenario } from '../scenario/validate.ts'
import { EventQueue } from '../time/eventQueue.ts'
import type { TrafficSource } from '../traffic/trafficSource.ts'
import { createWorld, type SimEvent, type World } from '../world.ts'
import { scenarioOf } from './harness.ts'

/** A synchronous invoke the service asked for, waiting for the test to end it. */
export interface SyncInvoke {
  readonly target: TargetRef
  readonly payload: unknown
  readonly payloadBytes: number
  readonly chainDepth: number
  readonly done: (result: SyncInvokeResult) => void
}

/** One call's answer, once it has come back. */
export interface Answer {
  outcome: AwsCallOutcome | null
  atMs: number | null
}

export interface AwsTestAccount {
  readonly world: World
  readonly syncInvokes: SyncInvoke[]
  /** What the next synchronous invoke's admission answers: 200 (runs), 413 or 429. */
  syncStatus: InvokeStatus
  /** Calls the service without running its agenda: the answer is filled in by a later `settle`. */
  start(service: string, operation: string, input: unknown, caller?: AwsCaller): Answer
  /** Calls the service and runs its agenda until nothing is left; the answer is filled in if it came. */
  send(service: string, operation: string, input: unknown, caller?: AwsCaller): Answer
  /** Runs the service's agenda (after a test ends a synchronous invoke). */
  settle(): void
}

/** A handler outside any chain: the first invocation of its chain of requests. */
export const CALLER: AwsCaller = { functionName: 'caller', chainDepth: 1 }

/** A validated account with the scenario's parts, plus a `caller` and a `target` function. */
export function awsAccount(parts: Partial<Omit<Scenario, 'Format'>> = {}, seed = 1): AwsTestAccount {
  const scenario = scenarioOf({ Functions: [{ FunctionName: 'caller' }, { FunctionName: 'target' }], ...parts, Seed: seed })
  const checked = validateScenario(scenario)
  if (!checked.ok) throw new Error(`Test scenario is invalid:\n${formatScenarioErrors(checked.errors)}`)
  const world = createWorld(checked.scenario, {
    seed, durationMs: 3_600_000, rng: createRandom(seed), queue: new EventQueue<SimEvent>(), arrivals: new EventQueue<TrafficSource>(),
    logRetention: 10, trace: null,
  })
  const tasks = new EventQueue<() => void>()
  const account: AwsTestAccount = {
    world,
    syncInvokes: [],
    syncStatus: 200,
    start(service, operation, input, caller = CALLER) {
      const answer: Answer = { outcome: null, atMs: null }
      aws.call(world, caller, service, operation, input, (outcome) => {
        answer.outcome = outcome
        answer.atMs = world.nowMs
      })
      return answer
    },
    send(service, operation, input, caller) {
      const answer = account.start(service, operation, input, caller)
      account.settle()
      return answer
    },
    settle() {
      while (tasks.size > 0) {
        world.nowMs = tasks.peekTime()
        tasks.pop()()
      }
    },
  }
  const port: AwsEnginePort = {
    schedule: (_world, atMs, run) => tasks.push(atMs, run),
    invokeSync(_world, target, payload, payloadBytes, chainDepth, done) {
      if (account.syncStatus === 200) account.syncInvokes.push({ target, payload, payloadBytes, chainDepth, done })
      return account.syncStatus
    },
  }
  const aws = createAwsService(port)
  return account
}

/** The output of a call that succeeded; fails the test otherwise. */
export function outputOf(answer: Answer): Record<string, unknown> {
  if (answer.outcome === null) throw new Error('The call has not been answered')
  if (!answer.outcome.ok) throw new Error(`The call failed: ${answer.outcome.name}: ${answer.outcome.message}`)
  return answer.outcome.output as Record<string, unknown>
}

/** The error name and message of a call that failed; fails the test otherwise. */
export function errorOf(answer: Answer): { name: string; message: string } {
  if (answer.outcome === null) throw new Error('The call has not been answered')
  if (answer.outcome.ok) throw new Error(`The call succeeded: ${JSON.stringify(answer.outcome.output)}`)
  return { name: answer.outcome.name, message: answer.outcome.message }
}
