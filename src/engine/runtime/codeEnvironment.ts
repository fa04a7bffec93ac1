/**
 * The user-code side of one execution environment: the runtime's `RuntimeEnvironment` and the
 * `EnvironmentHost` it calls back, mapping its clock, timers, console and SDK calls onto the run's
 * virtual time. It lives on the ExecutionEnvironment, which ends it when the environment ends
 * (idle reclaim, recycling, timeout, crash, code update): its timers and SDK answers never fire after.
 */
import type { LogLevel } from '../logs/format.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import type { World } from '../world.ts'
import { INIT_REQUEST_ID, type CodeLog } from './codeLog.ts'
import { cancelStep, scheduleStep, type CodeStep } from './codeStep.ts'
import type { AwsCallOutcome, EnvironmentHost, EnvironmentSpec, RuntimeEnvironment } from './types.ts'

/**
 * Node.js runs a timer of less than 1 ms after 1 ms; here it also makes a loop of zero-delay
 * timers advance virtual time, so it reaches its deadline instead of spinning at one instant.
 */
const MIN_TIMER_DELAY_MS = 1

/**
 * Without a simulated AWS attached (`EngineOptions.awsService`), every SDK call fails after one
 * virtual millisecond, so a retry loop still advances time.
 */
const NO_SERVICE_DELAY_MS = 1

function noService(service: string, operation: string): AwsCallOutcome {
  return { ok: false, name: 'UnknownOperationException', message: `${service} ${operation}: no simulated AWS service is attached to this run` }
}

export class CodeEnvironment {
  /** The user code's environment; null before the first init and after a reset. */
  runtimeEnvironment: RuntimeEnvironment | null = null
  /** Bumped by every reset, so callbacks of a discarded runtime environment are recognised and ignored. */
  generation = 0
  ended = false
  /** Log lines of an init that ran ahead of any request (provisioned concurrency), for the first invocation. */
  pendingInitLog: CodeLog | null = null
  /** Where the code's log lines go: the init's log, then the running invocation's. */
  private sink: CodeLog | null = null
  private requestId = INIT_REQUEST_ID
  /** The running request's place in its chain of requests, for recursive loop detection of the SDK calls it makes. */
  private chainDepth = 1
  /** Code may run during init and while a request runs; otherwise the environment is frozen [D-runtime-env]. */
  private active = false
  private readonly timers = new Map<number, CodeStep>()
  private nextTimerId = 1
  /** Timers and SDK answers that came due while frozen: they run when the environment thaws. */
  private due: (() => void)[] = []
  /** What the runtime calls; arrow functions, so a runtime may pass them around unbound. */
  readonly host: EnvironmentHost

  constructor(private readonly world: World, readonly spec: EnvironmentSpec) {
    this.host = {
      nowMs: () => VIRTUAL_EPOCH_MS + world.nowMs,
      setTimer: (delayMs, fire) => this.schedule(Math.max(MIN_TIMER_DELAY_MS, Number.isFinite(delayMs) ? delayMs : 0), fire),
      clearTimer: (id) => {
        const step = this.timers.get(id)
        if (step) cancelStep(world, step)
        this.timers.delete(id)
      },
      log: (level, message) => this.log(level, message),
      awsCall: (service, operation, input, respond) => this.awsCall(service, operation, input, respond),
    }
  }

  /** Code starts running (an init, or a request with `requestId`): what came due while frozen runs first. */
  thaw(sink: CodeLog, requestId: string, chainDepth: number): void {
    this.sink = sink
    this.requestId = requestId
    this.chainDepth = chainDepth
    this.active = true
    const due = this.due
    this.due = []
    for (const fire of due) fire()
  }

  /** The request or init is over: the environment is frozen until the next one. */
  freeze(): void {
    this.active = false
    this.sink = null
  }

  /** Discards the runtime environment and everything it scheduled (before a re-init, after a timeout). */
  reset(): void {
    this.generation++
    for (const step of this.timers.values()) cancelStep(this.world, step)
    this.timers.clear()
    this.due = []
    const runtimeEnvironment = this.runtimeEnvironment
    this.runtimeEnvironment = null
    runtimeEnvironment?.dispose()
  }

  /** The execution environment ended. */
  end(): void {
    this.reset()
    this.freeze()
    this.ended = true
  }

  private log(level: LogLevel, message: string): void {
    this.sink?.add(this.world.nowMs, this.requestId, level, message)
  }

  private schedule(delayMs: number, fire: () => void): number {
    const id = this.nextTimerId++
    this.timers.set(id, scheduleStep(this.world, this.world.nowMs + delayMs, () => {
      this.timers.delete(id)
      this.deliver(fire)
    }))
    return id
  }

  /** Runs `fire` now if code may run, or at the next thaw if frozen. */
  private deliver(fire: () => void): void {
    if (this.ended) return
    if (this.active) fire()
    else this.due.push(fire)
  }

  private awsCall(service: string, operation: string, input: unknown, respond: (outcome: AwsCallOutcome) => void): void {
    const aws = this.world.awsService
    if (!aws) {
      this.schedule(NO_SERVICE_DELAY_MS, () => respond(noService(service, operation)))
      return
    }
    const generation = this.generation
    aws.call(this.world, { functionName: this.spec.functionName, chainDepth: this.chainDepth }, service, operation, input, (outcome) => {
      if (generation === this.generation) this.deliver(() => respond(outcome))
    })
  }
}
