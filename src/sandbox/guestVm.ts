/**
 * One execution environment's QuickJS runtime and context, booted with the prelude, and the one
 * way to run code in it: a run segment (an entry point, then microtasks and immediates until the
 * guest's `exit`), under the watchdog and the memory meter. Every call into QuickJS happens here.
 * A QuickJS error that escapes the guest (the interrupt, `out of memory`) ends the environment;
 * any other exception out of QuickJS is a host failure (a wasm stack overflow, an abort) that may
 * have corrupted the whole module: the module is replaced and nothing calls into it again.
 */
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core'
import type { CodeOutcome, EnvironmentSpec } from '../engine/runtime/types.ts'
import { type ExitReport, type GuestRequest, parseExit } from './bridge/guestMessages.ts'
import { MODULE_LOST, sandboxFailure, sandboxMessage } from './errors.ts'
import { ENTRY_POINTS, type EntryPoint, PRELUDE_FILE } from './guest/prelude.ts'
import { guestConfig } from './guestConfig.ts'
import { type Argument, encodeUtf8, FastCalls } from './fastCalls.ts'
import { FLUSH_AFTER_INTERRUPT_MS } from './limits.ts'
import { MemoryMeter, userHeapCapBytes } from './memoryMeter.ts'
import { compileModule, type Evaluate, EvaluatedSources, type ModuleResolver, PRELUDE_BYTES } from './moduleSystem.ts'
import type { ModulePool, WasmSlot } from './quickjsModule.ts'
import type { Transpiler } from './transpile.ts'
import { Watchdog } from './watchdog.ts'

export type SegmentResult =
  | { ok: true; report: ExitReport }
  /** The environment is over; `logs` are the lines its last run queued before it stopped. */
  | { ok: false; outcome: CodeOutcome; logs: GuestRequest[] }

export interface GuestVmOptions {
  slot: WasmSlot
  pool: ModulePool
  spec: EnvironmentSpec
  resolver: ModuleResolver
  transpiler: Transpiler
  createdAtMs: number
  maxStackBytes: number
  /** The trace header of the request being served, which the guest asks for when code reads `_X_AMZN_TRACE_ID`. */
  traceHeader: () => string
}

const OUT_OF_MEMORY: CodeOutcome = { type: 'out-of-memory' }
const NO_ARGUMENTS: readonly Argument[] = []

/** A host exception out of QuickJS, as the outcome the environment reports. */
function hostFailureOutcome(error: unknown): CodeOutcome {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  // A wasm stack overflow is the stack limit "hit badly enough to be unusable" (Runtime.OutOfMemory).
  if (/call stack|out of memory|OOM|enlarge memory/i.test(text)) return OUT_OF_MEMORY
  return sandboxFailure(text)
}

export class GuestVm {
  private readonly rt: QuickJSRuntime
  private readonly ctx: QuickJSContext
  private readonly entries = new Map<EntryPoint, QuickJSHandle>()
  private readonly fast: FastCalls
  /** The current invocation's returned value until it settles: the host reads a promise's state itself. */
  private result: number | undefined
  private readonly watchdog = new Watchdog()
  readonly meter: MemoryMeter
  private running = false
  private flushing = false
  private interrupt: 'watchdog' | 'memory' | undefined
  /** An error that escaped the guest's entry point: only uncatchable or out-of-memory ones can. */
  private escaped: string | undefined
  /** An exception inside one of the host functions the guest calls. */
  private hostError: unknown

  /** Boots the runtime; throws (a host failure) if the module cannot. */
  constructor(private readonly options: GuestVmOptions) {
    const { slot, spec, resolver, transpiler } = options
    this.rt = slot.module.newRuntime()
    this.rt.setMaxStackSize(options.maxStackBytes)
    this.meter = new MemoryMeter(this.rt, slot, userHeapCapBytes(spec.memoryMb))
    this.rt.setMemoryLimit(this.meter.capBytes)
    this.rt.setInterruptHandler(() => this.shouldInterrupt())
    // QuickJS's own import() is reachable only from evaluated code (files are transpiled to require).
    this.rt.setModuleLoader((name) => ({ error: new Error(sandboxMessage(/^[a-z][a-z\d+.-]*:/i.test(name) ? 'urlImport' : 'nativeImport', name)) }))
    const ctx = this.rt.newContext()
    this.ctx = ctx
    const fast = new FastCalls(ctx)
    this.fast = fast
    const evaluate: Evaluate = (code, fileName) => fast.evalCode(typeof code === 'string' ? encodeUtf8(code) : code, fileName)
    const sources = new EvaluatedSources()
    const booted = fast.evalCode(PRELUDE_BYTES, PRELUDE_FILE)
    if (booted.failed) {
      booted.handle.dispose()
      throw new Error('the prelude does not compile')
    }
    const prelude = booted.handle
    const hostFunctions = [
      ctx.newFunction('hostResolve', (dir, spec) => this.guard(() => ctx.newString(resolver.resolve(ctx.getString(dir), ctx.getString(spec))))),
      ctx.newFunction('hostCompile', (id) => this.guard(() => this.watchdog.excluding(() => compileModule(ctx, evaluate, resolver, transpiler, sources, ctx.getString(id))))),
      ctx.newFunction('hostReadFile', (path) => this.guard(() => {
        const text = resolver.read(ctx.getString(path))
        return text === undefined ? ctx.undefined : ctx.newString(text)
      })),
      ctx.newFunction('hostMemoryBytes', () => this.guard(() => ctx.newNumber(this.meter.measure()))),
      ctx.newFunction('hostTraceHeader', () => this.guard(() => ctx.newString(options.traceHeader()))),
      ctx.newFunction('hostCodeLine', (path, line) => this.guard(() => {
        const text = sources.line(ctx.getString(path), ctx.getNumber(line))
        return text === undefined ? ctx.undefined : ctx.newString(text)
      })),
      ctx.newString(guestConfig(spec, options.createdAtMs)),
    ]
    const api = ctx.callFunction(prelude, ctx.undefined, ...hostFunctions).unwrap()
    for (const name of ENTRY_POINTS) this.entries.set(name, ctx.getProp(api, name))
    api.dispose()
    prelude.dispose()
    for (const handle of hostFunctions) handle.dispose()
  }

  /** Runs one segment: the entry point with its arguments, then everything it queued, within `limitMs` of real time. */
  run(limitMs: number, entry: EntryPoint, args: readonly (string | number)[]): SegmentResult {
    const { slot } = this.options
    if (slot.state === 'corrupted') return { ok: false, outcome: MODULE_LOST, logs: [] }
    this.interrupt = undefined
    this.escaped = undefined
    this.hostError = undefined
    this.meter.startSegment()
    slot.active = this.meter
    this.watchdog.arm(limitMs)
    this.running = true
    let text: string | undefined
    try {
      text = this.drive(entry, args)
    } catch (error) {
      return this.hostFailure(error)
    } finally {
      this.running = false
      slot.active = undefined
      this.meter.addBusyMs(this.watchdog.disarm())
    }
    if (this.hostError !== undefined) return this.hostFailure(this.hostError)
    if (text === undefined || this.meter.refused) return this.stopped()
    const report = parseExit(text)
    if (report === undefined) return { ok: false, outcome: sandboxFailure('the guest runtime was tampered with'), logs: [] }
    if (report.outcome?.type === 'out-of-memory') this.options.pool.outOfMemory(slot)
    return { ok: true, report }
  }

  /** The end of a phase: Max Memory Used in MB, and whether it is over the cap (the code ran out of memory). */
  reportMemory(force: boolean): { usedMb: number; overCap: boolean } {
    if (this.options.slot.state === 'corrupted') return { usedMb: this.meter.lastReportMb(), overCap: false }
    try {
      const usedMb = this.meter.report(force)
      return { usedMb, overCap: this.meter.overCap() }
    } catch (error) {
      this.options.pool.corrupt(this.options.slot)
      return { usedMb: this.meter.lastReportMb(), overCap: hostFailureOutcome(error).type === 'out-of-memory' }
    }
  }

  dispose(): void {
    const { slot, pool } = this.options
    if (slot.state === 'corrupted') return
    try {
      for (const handle of this.entries.values()) handle.dispose()
      if (this.result !== undefined) this.fast.free(this.result)
      this.fast.dispose()
      this.ctx.dispose()
      this.rt.dispose()
    } catch {
      pool.corrupt(slot)
    }
  }

  private drive(entry: EntryPoint, args: readonly (string | number)[]): string | undefined {
    const entered = this.fast.call(this.entry(entry), args)
    if (!entered.ok) return this.escape(entered.error)
    // An interrupt is final even where QuickJS let code see it (an async function's rejection).
    if (this.interrupt !== undefined) {
      this.fast.free(entered.pointer)
      return undefined
    }
    if (entry === 'invoke') {
      if (this.result !== undefined) this.fast.free(this.result)
      this.result = entered.pointer
    } else {
      this.fast.free(entered.pointer)
    }
    for (;;) {
      if (this.fast.hasPendingJob()) {
        const jobs = this.fast.executePendingJobs()
        if (!jobs.ok) return this.escape(jobs.error)
      }
      if (this.watchdog.expired()) this.interrupt = 'watchdog'
      if (this.interrupt !== undefined) return undefined
      const text = this.exitWithResult()
      if (this.interrupt !== undefined) return undefined
      if (text !== 'I') return text
    }
  }

  private entry(name: EntryPoint): QuickJSHandle {
    const handle = this.entries.get(name)
    if (handle === undefined) throw new Error(`the prelude has no entry point ${name}`)
    return handle
  }

  /** Calls the guest's exit, passing the handler's promise once it has settled. */
  private exitWithResult(): string | undefined {
    const result = this.result
    if (result === undefined) return this.exit(NO_ARGUMENTS)
    const state = this.fast.promiseState(result)
    if (state === 0) return this.exit(NO_ARGUMENTS)
    this.result = undefined
    if (state < 0) {
      this.fast.free(result)
      return this.exit(NO_ARGUMENTS)
    }
    const settled = this.fast.promiseResult(result)
    const text = this.exit([state, settled])
    this.fast.free(settled.pointer)
    this.fast.free(result)
    return text
  }

  /** Calls the guest's exit: no arguments at the end of a run; [0, undefined, 1] only collects what was queued. */
  private exit(args: readonly Argument[]): string | undefined {
    const exited = this.fast.call(this.entry('exit'), args)
    return exited.ok ? this.fast.takeString(exited.pointer) : this.escape(exited.error)
  }

  private escape(error: QuickJSHandle): undefined {
    const name = this.ctx.getProp(error, 'name')
    const message = this.ctx.getProp(error, 'message')
    this.escaped = `${this.ctx.typeof(name) === 'string' ? this.ctx.getString(name) : 'Error'}: ${this.ctx.typeof(message) === 'string' ? this.ctx.getString(message) : ''}`
    name.dispose()
    message.dispose()
    error.dispose()
    return undefined
  }

  /** The run stopped inside QuickJS: the watchdog, the memory cap, or an error the guest could not catch. */
  private stopped(): SegmentResult {
    let outcome: CodeOutcome
    if (this.interrupt === 'watchdog') outcome = { type: 'watchdog' }
    else if (this.interrupt === 'memory' || this.meter.refused || this.escaped === 'InternalError: out of memory') outcome = OUT_OF_MEMORY
    else outcome = { type: 'crash', message: `Runtime exited with error: ${this.escaped ?? 'unknown'}` }
    if (outcome.type === 'out-of-memory') this.options.pool.outOfMemory(this.options.slot)
    return { ok: false, outcome, logs: this.flushLogs() }
  }

  /** Collects the log lines the stopped run queued (a `console.log` before `while (true) {}` still shows). */
  private flushLogs(): GuestRequest[] {
    this.flushing = true
    this.watchdog.arm(FLUSH_AFTER_INTERRUPT_MS)
    this.running = true
    try {
      const text = this.exit([0, this.ctx.undefined, 1])
      const report = text === undefined ? undefined : parseExit(text)
      return report === undefined ? [] : report.requests.filter((request) => request.kind === 'log')
    } catch {
      this.options.pool.corrupt(this.options.slot)
      return []
    } finally {
      this.running = false
      this.flushing = false
      this.watchdog.disarm()
    }
  }

  private hostFailure(error: unknown): SegmentResult {
    this.options.pool.corrupt(this.options.slot)
    return { ok: false, outcome: hostFailureOutcome(error), logs: [] }
  }

  private guard(call: () => QuickJSHandle): QuickJSHandle {
    try {
      return call()
    } catch (error) {
      this.hostError = error
      throw new Error("Lambda Playground's sandbox failed", { cause: error })
    }
  }

  private shouldInterrupt(): boolean {
    if (!this.running) return false
    if (this.watchdog.expired()) {
      this.interrupt = 'watchdog'
      return true
    }
    if (this.flushing) return false
    if (this.hostError !== undefined || this.meter.refused) return true
    if (!this.meter.heapGrew()) return false
    try {
      this.meter.measure()
    } catch (error) {
      this.hostError = error
      return true
    }
    if (!this.meter.overCap()) return false
    this.interrupt = 'memory'
    return true
  }
}
