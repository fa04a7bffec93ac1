/**
 * An invocation of a version with code, through the injected HandlerRuntime, in Lambda's phases
 * [D-runtime-env] §4: a cold start creates the environment's runtime and runs its init (the drawn
 * `InitDurationMs`, if given, plus the virtual time init awaits); the handler then runs until it
 * settles, and the invocation lasts the `DurationMs` draw (only when given) plus the virtual time
 * the handler awaited. A deadline at start + Timeout ends it as a timeout and discards the
 * environment. A failed init is retried inside the invoke, as Lambda does; if that fails too, the
 * invocation fails with the init's error and the environment is discarded.
 */
import { ACCOUNT_ID, INIT_LIMIT_MS, SYNC_PAYLOAD_MAX_BYTES } from '../facts.ts'
import { requestIdFor } from '../logs/ids.ts'
import { asyncRequestId } from '../logs/requestIds.ts'
import type { InvocationOutcome, VersionState } from '../model/state.ts'
import { crashOf, errorOf, responseTooLarge, type CodeError } from '../runtime/codeErrors.ts'
import type { CodeEnvironment } from '../runtime/codeEnvironment.ts'
import { CodeLog } from '../runtime/codeLog.ts'
import { CodeRun } from '../runtime/codeRun.ts'
import { CodeContext } from '../runtime/codeContext.ts'
import type { TraceHeaderFacts } from '../runtime/traceHeader.ts'
import { cancelStep, scheduleStep } from '../runtime/codeStep.ts'
import type { CodeOutcome } from '../runtime/types.ts'
import type { VersionCode } from '../runtime/versionCode.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import { utf8Length } from '../traffic/payloadSize.ts'
import type { World } from '../world.ts'
import type { Admitted } from './admission.ts'
import type { AsyncEvent } from './asyncEvent.ts'
import { attachCode, drawnInitMs, runInit } from './codeInit.ts'
import { CodeInvocation } from './codeInvocation.ts'
import { beginInvocation } from './inFlight.ts'
import type { Invocation } from './invocation.ts'
import { invokedArn, resourceCountsOf, type TargetRef } from './targets.ts'

/** What the handler is called with. */
interface HandlerCall {
  readonly eventJson: string
  readonly awsRequestId: string
  readonly invokedFunctionArn: string
  readonly trace: TraceHeaderFacts
  readonly chainDepth: number
}

/** Max Memory Used is the environment's peak so far, as the runtime reports it, and never above its memory. */
function recordMemory(invocation: Invocation, memoryUsedMb: number): void {
  if (!Number.isFinite(memoryUsedMb)) return
  const used = Math.max(invocation.memoryUsedMb, 1, Math.round(memoryUsedMb))
  invocation.memoryUsedMb = Math.min(used, invocation.memoryMb)
}

function codeOf(invocation: CodeInvocation): CodeEnvironment {
  const code = invocation.environment.code
  if (!code) throw new Error(`Execution environment ${invocation.environment.serial} of ${invocation.fn.name} has no code`)
  return code
}

export function startCodeInvocation(
  world: World, target: TargetRef, version: VersionState, code: VersionCode, admitted: Admitted, asyncEvent: AsyncEvent | null,
  payload: unknown, chainDepth: number,
): Invocation {
  const serial = world.invocationSerial++
  // All attempts of an async event share its request id, as in Lambda (logs/requestIds.ts).
  const requestId = asyncEvent ? asyncRequestId(world.seed, asyncEvent.serial) : requestIdFor(world.seed, serial)
  const run = new CodeRun(requestId, admitted.cold)
  const env = admitted.env
  const invocation = new CodeInvocation([serial, version.fn, version, env, world.nowMs, admitted.provisionedRole, asyncEvent, resourceCountsOf(target)], run)
  beginInvocation(world, invocation, admitted)
  const call: HandlerCall = {
    // Invoked without a payload, a Node.js handler receives an empty object.
    eventJson: payload === undefined ? '{}' : JSON.stringify(payload),
    awsRequestId: requestId,
    invokedFunctionArn: invokedArn(world.region, ACCOUNT_ID, target),
    trace: { seed: world.seed, serial, epochMs: VIRTUAL_EPOCH_MS + world.nowMs, functionName: version.fn.name, loopCount: chainDepth - 1 },
    chainDepth,
  }
  if (!admitted.cold) {
    const codeEnv = codeOf(invocation)
    // A provisioned environment's init logged ahead of any request: its lines lead its first invocation's log.
    run.initLog = codeEnv.pendingInitLog
    codeEnv.pendingInitLog = null
    startInvoke(world, invocation, code, call, false)
    return invocation
  }
  const codeEnv = attachCode(world, version, env, code)
  invocation.phase = 'init'
  const initLog = new CodeLog()
  run.initLog = initLog
  runInit(world, code.runtime, codeEnv, { drawnMs: drawnInitMs(version), limitMs: INIT_LIMIT_MS, sink: initLog, chainDepth }, (result, memoryUsedMb) => {
    invocation.initMs = world.nowMs - invocation.startMs
    recordMemory(invocation, memoryUsedMb)
    if (!result.ok) {
      // The Init phase failed or passed 10 s: Lambda retries init inside the invoke, under the function's timeout [D-runtime-env].
      invocation.suppressedInit = true
      run.failedInit = { durationMs: invocation.initMs, failure: result.failure }
    }
    startInvoke(world, invocation, code, call, !result.ok)
  })
  return invocation
}

/** The Invoke phase: START, the retried init when there is one, then the handler, bounded by the deadline. */
function startInvoke(world: World, invocation: CodeInvocation, code: VersionCode, call: HandlerCall, retryInit: boolean): void {
  const run = invocation.run
  const version = invocation.versionState
  const codeEnv = codeOf(invocation)
  invocation.phase = 'invoke'
  invocation.environment.enter('busy', world.nowMs)
  run.invokeStartMs = world.nowMs
  const deadlineMs = world.nowMs + invocation.timeoutMs
  // Modelled work on top of the code's own time, only when the document asks for it.
  const drawnMs = version.config.simulation.durationMs === null ? 0 : version.sampleDurationMs() * version.durationFactor
  let settled = false
  let cancelInit: (() => void) | null = null

  const deadline = scheduleStep(world, deadlineMs, () => {
    settled = true
    cancelInit?.()
    codeEnv.reset()
    invocation.outcome = 'timeout'
    finish(world, invocation, invocation.timeoutMs)
  })
  /** How the invocation ends, `extraMs` after now, unless that passes the deadline: then the deadline ends it as a timeout. */
  const settle = (outcome: InvocationOutcome, error: CodeError | null, payload: string | null, extraMs: number): void => {
    settled = true
    const endMs = world.nowMs + extraMs
    if (endMs > deadlineMs) return
    cancelStep(world, deadline)
    invocation.outcome = outcome
    run.error = error
    run.payload = payload
    scheduleStep(world, endMs, () => finish(world, invocation, endMs - run.invokeStartMs))
  }
  /** Called from inside the runtime: it only schedules, so the runtime is never re-entered from its own callback. */
  const handlerDone = (outcome: CodeOutcome): void => {
    switch (outcome.type) {
      case 'success': {
        const bytes = utf8Length(outcome.payload)
        if (bytes > SYNC_PAYLOAD_MAX_BYTES) settle('error', responseTooLarge(bytes, SYNC_PAYLOAD_MAX_BYTES), null, drawnMs)
        else settle('success', null, outcome.payload, drawnMs)
        return
      }
      case 'error':
        settle('error', errorOf(outcome), null, drawnMs)
        return
      case 'watchdog':
        // Stopped in real time; in virtual time it never returns, so it times out at its deadline.
        settled = true
        scheduleStep(world, world.nowMs, () => codeEnv.reset())
        return
      case 'out-of-memory':
        invocation.memoryUsedMb = invocation.memoryMb
        settle('out-of-memory', errorOf(outcome), null, 0)
        return
      case 'crash':
        if (outcome.error) run.exitMessage = outcome.message
        settle('crash', errorOf(outcome), null, 0)
        return
      default: {
        const unknown: never = outcome
        throw new Error(`Unknown outcome ${JSON.stringify(unknown)}`)
      }
    }
  }
  const callHandler = (): void => {
    codeEnv.thaw(run.log, run.requestId, call.chainDepth)
    const environment = codeEnv.runtimeEnvironment
    if (!environment) throw new Error(`Execution environment ${invocation.environment.serial} has no initialised code`)
    const generation = codeEnv.generation
    const context = new CodeContext(call.awsRequestId, call.invokedFunctionArn, VIRTUAL_EPOCH_MS + deadlineMs, call.trace)
    try {
      environment.invoke(call.eventJson, context, (outcome, memoryUsedMb) => {
        if (settled || generation !== codeEnv.generation) return
        recordMemory(invocation, memoryUsedMb)
        handlerDone(outcome)
      })
    } catch (thrown) {
      if (!settled) handlerDone(crashOf(thrown))
    }
  }

  if (!retryInit) {
    callHandler()
    return
  }
  cancelInit = runInit(world, code.runtime, codeEnv, { drawnMs: drawnInitMs(version), limitMs: null, sink: run.log, chainDepth: call.chainDepth }, (result, memoryUsedMb) => {
    recordMemory(invocation, memoryUsedMb)
    if (result.ok) {
      callHandler()
      return
    }
    run.failedRetry = { durationMs: world.nowMs - run.invokeStartMs, failure: result.failure }
    settle('init-error', result.error, null, 0)
  })
}

/** The invocation is over: its environment freezes, and the invocation's own agenda entry finishes it now. */
function finish(world: World, invocation: CodeInvocation, durationMs: number): void {
  const run = invocation.run
  invocation.durationMs = durationMs
  invocation.environment.code?.freeze()
  // Results are for the Invoke API's callers, watchers and destinations only; the log view needs none.
  if (!run.keepPayload && invocation.asyncSerial === null && invocation.watcher === null) run.payload = null
  world.queue.push(world.nowMs, invocation)
}
