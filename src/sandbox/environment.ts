/**
 * One execution environment: the RuntimeEnvironment the engine drives. It owns a GuestVm, runs
 * init and invocations as run segments, hands the guest's requests to the host (log lines, timers
 * in virtual time, SDK calls) and calls each phase's `done` once, with Max Memory Used. Host
 * callbacks that arrive while a segment or a `done` is in progress wait their turn, so the guest
 * never runs re-entrantly. After a watchdog stop, running out of memory or a crash, the
 * environment is over: every later call reports that same outcome.
 */
import type {
  AwsCallOutcome, CodeOutcome, EnvironmentHost, EnvironmentSpec, InvocationContext, RuntimeEnvironment,
} from '../engine/runtime/types.ts'
import type { GuestRequest } from './bridge/guestMessages.ts'
import { HostTimers } from './bridge/hostTimers.ts'
import { packInvocation } from './bridge/invocationContext.ts'
import { SANDBOX_RESTARTING } from './errors.ts'
import type { EntryPoint } from './guest/prelude.ts'
import { GuestVm, type SegmentResult } from './guestVm.ts'
import { INIT_LIMIT_MS } from './limits.ts'
import { type ModuleFiles, ModuleResolver, nodeMajor } from './moduleSystem.ts'
import type { ModulePool, WasmSlot } from './quickjsModule.ts'
import type { Transpiler } from './transpile.ts'

type Done = (outcome: CodeOutcome, memoryUsedMb: number) => void

type State =
  | { kind: 'created' }
  | { kind: 'initializing'; done: Done }
  | { kind: 'ready' }
  | { kind: 'init-failed'; outcome: CodeOutcome }
  | { kind: 'invoking'; done: Done }
  | { kind: 'over'; outcome: CodeOutcome }
  | { kind: 'disposed' }

export interface EnvironmentDeps {
  pool: ModulePool
  files: ModuleFiles
  transpiler: Transpiler
  watchdogMs: number
  maxStackBytes: number
}

export class QuickJsEnvironment implements RuntimeEnvironment {
  private state: State = { kind: 'created' }
  private readonly vm: GuestVm | undefined
  private readonly slot: WasmSlot | undefined
  private readonly timers: HostTimers
  private readonly queue: (() => void)[] = []
  private draining = false
  /** The ARN the guest last received (it keeps it: most invocations repeat it). */
  private lastArn = ''
  /** The request being served (or last served): the guest asks it for its trace header. */
  private context: InvocationContext | undefined

  constructor(private readonly spec: EnvironmentSpec, private readonly host: EnvironmentHost, private readonly deps: EnvironmentDeps) {
    this.timers = new HostTimers(host, (guestId) => this.schedule(() => this.run('fire', [guestId, host.nowMs()])))
    this.slot = deps.pool.acquire()
    if (this.slot === undefined) {
      this.state = { kind: 'over', outcome: SANDBOX_RESTARTING }
      return
    }
    const resolver = new ModuleResolver(deps.files.tableFor(spec), nodeMajor(spec.runtime))
    try {
      this.vm = new GuestVm({
        slot: this.slot, pool: deps.pool, spec, resolver, transpiler: deps.transpiler, createdAtMs: host.nowMs(), maxStackBytes: deps.maxStackBytes,
        traceHeader: () => this.context?.traceHeader ?? '',
      })
    } catch (error) {
      deps.pool.corrupt(this.slot)
      this.state = { kind: 'over', outcome: { type: 'crash', message: `Runtime exited with error: ${String(error)}` } }
    }
  }

  init(done: Done): void {
    this.schedule(() => {
      if (this.state.kind === 'over') return done(this.state.outcome, this.memoryMb())
      if (this.state.kind !== 'created') throw new Error(`init() on an environment that is ${this.state.kind}`)
      this.state = { kind: 'initializing', done }
      this.run('init', [this.host.nowMs()])
    })
  }

  invoke(eventJson: string, context: InvocationContext, done: Done): void {
    this.schedule(() => {
      if (this.state.kind === 'over' || this.state.kind === 'init-failed') return done(this.state.outcome, this.memoryMb())
      if (this.state.kind !== 'ready') throw new Error(`invoke() on an environment that is ${this.state.kind}`)
      this.state = { kind: 'invoking', done }
      const packed = packInvocation(this.host.nowMs(), context, eventJson, this.lastArn)
      this.lastArn = context.invokedFunctionArn
      this.context = context
      this.run('invoke', [packed])
    })
  }

  dispose(): void {
    if (this.state.kind === 'disposed') return
    this.state = { kind: 'disposed' }
    this.queue.length = 0
    this.timers.clearAll()
    this.vm?.dispose()
    if (this.slot !== undefined) this.deps.pool.release(this.slot)
  }

  /** Runs tasks one at a time: a callback from the host that arrives during another waits for it. */
  private schedule(task: () => void): void {
    if (this.draining) {
      this.queue.push(task)
      return
    }
    this.draining = true
    try {
      task()
      for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) next()
    } finally {
      this.draining = false
    }
  }

  private limitMs(): number {
    const phaseLimit = this.state.kind === 'initializing' ? INIT_LIMIT_MS : this.spec.timeoutMs
    return Math.min(this.deps.watchdogMs, phaseLimit)
  }

  private run(entry: EntryPoint, args: readonly (string | number)[]): void {
    if (this.vm === undefined || this.state.kind === 'over' || this.state.kind === 'disposed') return
    const result: SegmentResult = this.vm.run(this.limitMs(), entry, args)
    if (!result.ok) {
      this.dispatch(result.logs)
      this.end(result.outcome)
      return
    }
    const { requests, outcome, ended } = result.report
    this.dispatch(ended ? requests.filter((request) => request.kind === 'log') : requests)
    if (ended && outcome !== undefined) this.end(outcome)
    else if (outcome !== undefined) this.finishPhase(outcome)
  }

  private dispatch(requests: readonly GuestRequest[]): void {
    for (const request of requests) {
      if (this.state.kind === 'disposed') return
      switch (request.kind) {
        case 'log':
          this.host.log(request.level, request.message)
          break
        case 'timer':
          this.timers.set(request.id, request.delayMs)
          break
        case 'clear':
          this.timers.clear(request.id)
          break
        case 'aws': {
          let answered = false
          this.host.awsCall(request.service, request.operation, request.input, (answer) => {
            if (answered) return
            answered = true
            this.schedule(() => this.respond(request.id, answer))
          })
          break
        }
        default: {
          const unknown: never = request
          throw new Error(`unknown guest request ${JSON.stringify(unknown)}`)
        }
      }
    }
  }

  private respond(callId: number, answer: AwsCallOutcome): void {
    const now = this.host.nowMs()
    if (answer.ok) this.run('respond', [callId, now, 1, JSON.stringify(answer.output ?? null), ''])
    else this.run('respond', [callId, now, 0, answer.name, answer.message])
  }

  private finishPhase(outcome: CodeOutcome): void {
    const state = this.state
    if (state.kind !== 'initializing' && state.kind !== 'invoking') return
    const memory = this.vm?.reportMemory(state.kind === 'initializing') ?? { usedMb: 0, overCap: false }
    if (memory.overCap) {
      this.end({ type: 'out-of-memory' })
      return
    }
    if (state.kind === 'initializing' && outcome.type !== 'success') this.state = { kind: 'init-failed', outcome }
    else this.state = { kind: 'ready' }
    state.done(outcome, memory.usedMb)
  }

  /** The environment is over: the pending phase, if any, ends with `outcome`, and so will every later call. */
  private end(outcome: CodeOutcome): void {
    const state = this.state
    if (state.kind === 'over' || state.kind === 'disposed') return
    this.state = { kind: 'over', outcome }
    this.timers.clearAll()
    if (state.kind === 'initializing' || state.kind === 'invoking') state.done(outcome, this.memoryMb())
  }

  /** Max Memory Used when a phase ends without a measurement: all of it after running out of memory, as Lambda reports. */
  private memoryMb(): number {
    if (this.state.kind === 'over' && this.state.outcome.type === 'out-of-memory') return this.spec.memoryMb
    return this.vm?.reportMemory(false).usedMb ?? 0
  }
}
