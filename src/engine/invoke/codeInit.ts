/**
 * The Init phase of a function with code: a runtime environment is created and runs the module's
 * static code (imports, top-level await) [D-runtime-env] §4. Used by cold starts, by an init
 * retried inside an invoke, and by provisioned environments initialising ahead of requests.
 */
import type { ExecutionEnvironment } from '../environments/environment.ts'
import { environmentIdFor, logGroupName, logStreamName } from '../logs/format.ts'
import type { VersionState } from '../model/state.ts'
import { crashOf, errorOf, failureOf, initErrorMessage, type CodeError, type FailedOutcome } from '../runtime/codeErrors.ts'
import { CodeEnvironment } from '../runtime/codeEnvironment.ts'
import { INIT_REQUEST_ID, type CodeLog } from '../runtime/codeLog.ts'
import { cancelStep, scheduleStep, type CodeStep } from '../runtime/codeStep.ts'
import { lambdaEnvironmentVariables } from '../runtime/environmentVariables.ts'
import type { FailureStatus } from '../logs/format.ts'
import type { VersionCode } from '../runtime/versionCode.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import type { World } from '../world.ts'

export type InitResult = { ok: true } | { ok: false; failure: FailureStatus; error: CodeError | null }

export interface InitPlan {
  /** The scenario's InitDurationMs draw: the runtime's own start, before any user code runs. */
  drawnMs: number
  /** How long init may take before it is cut off as a timeout; null when a deadline of the caller stops it. */
  limitMs: number | null
  /** Where the init's log lines go. */
  sink: CodeLog
  /** The chain depth of the request waiting for this init (1 for provisioned concurrency). */
  chainDepth: number
}

/** Gives the execution environment its user-code side, with the spec the runtime builds it from. */
export function attachCode(world: World, version: VersionState, env: ExecutionEnvironment, code: VersionCode): CodeEnvironment {
  const config = version.config
  const functionName = version.fn.name
  const group = logGroupName(functionName)
  const stream = logStreamName(VIRTUAL_EPOCH_MS, env.createdAtMs, version.version, environmentIdFor(world.seed, env.serial))
  env.code = new CodeEnvironment(world, {
    functionName,
    version: version.version,
    code: code.files,
    handler: config.handler,
    runtime: config.runtime,
    layers: code.layers,
    environmentVariables: lambdaEnvironmentVariables({
      functionName, version: version.version, memoryMb: config.memoryMb, region: world.region, handler: config.handler,
      runtime: config.runtime, logGroupName: group, logStreamName: stream, provisioned: env.provisioned,
      userVariables: config.environmentVariables,
    }),
    memoryMb: config.memoryMb,
    timeoutMs: config.timeoutMs,
    logGroupName: group,
    logStreamName: stream,
  })
  return env.code
}

/** The scenario's `InitDurationMs` draw, when it gives one; code alone otherwise takes the virtual time it awaits. */
export function drawnInitMs(version: VersionState): number {
  return version.config.simulation.initDurationMs === null ? 0 : version.sampleInitMs()
}

/** The modelled part of a provisioned init: with code, only the InitDurationMs the document gives (the code adds its own time). */
export function provisionedInitMs(version: VersionState): number {
  return version.code === null ? version.sampleInitMs() : drawnInitMs(version)
}

/**
 * Runs the module's code in a fresh runtime environment, after the plan's drawn delay, and calls
 * `onEnd` once with how it went and the memory it used. Every callback of the runtime is handled in
 * an agenda step of its own, so the engine never re-enters a runtime from inside its own call.
 * `onEnd` is never called before runInit returns. Returns a cancel function, for a caller whose
 * deadline passes first.
 */
export function runInit(world: World, runtime: VersionCode['runtime'], code: CodeEnvironment, plan: InitPlan, onEnd: (result: InitResult, memoryUsedMb: number) => void): () => void {
  let over = false
  const steps: CodeStep[] = []
  const end = (result: InitResult, memoryUsedMb: number): void => {
    if (over) return
    over = true
    for (const step of steps) cancelStep(world, step)
    onEnd(result, memoryUsedMb)
  }
  const fail = (outcome: FailedOutcome, memoryUsedMb: number): void => {
    const error = errorOf(outcome)
    if (outcome.type === 'error') plan.sink.add(world.nowMs, INIT_REQUEST_ID, 'ERROR', initErrorMessage(error, code.spec.runtime))
    code.reset()
    end({ ok: false, failure: failureOf(error), error }, memoryUsedMb)
  }
  const begin = (): void => {
    code.reset()
    code.thaw(plan.sink, INIT_REQUEST_ID, plan.chainDepth)
    const generation = code.generation
    try {
      const environment = runtime.createEnvironment(code.spec, code.host)
      code.runtimeEnvironment = environment
      environment.init((outcome, memoryUsedMb) => {
        if (generation !== code.generation) return
        steps.push(scheduleStep(world, world.nowMs, () => {
          if (outcome.type === 'success') end({ ok: true }, memoryUsedMb)
          // Code that ran away in real time is stopped; in virtual time it never settles, so the limit (or the caller's deadline) ends it.
          else if (outcome.type === 'watchdog') code.reset()
          else fail(outcome, memoryUsedMb)
        }))
      })
    } catch (thrown) {
      steps.push(scheduleStep(world, world.nowMs, () => {
        if (generation === code.generation) fail(crashOf(thrown), 0)
      }))
    }
  }
  if (plan.limitMs !== null) {
    steps.push(scheduleStep(world, world.nowMs + plan.limitMs, () => {
      code.reset()
      end({ ok: false, failure: { status: 'timeout' }, error: null }, 0)
    }))
  }
  if (plan.drawnMs > 0) steps.push(scheduleStep(world, world.nowMs + plan.drawnMs, begin))
  else begin()
  return () => {
    over = true
    for (const step of steps) cancelStep(world, step)
  }
}
