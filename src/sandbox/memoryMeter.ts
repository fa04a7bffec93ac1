/**
 * One environment's memory: its cap (MemorySize minus the Node.js baseline, within the sandbox's
 * bounds), what it uses (QuickJS's own walk of the runtime's objects, strings and buffers), and
 * the growth rule that stops a bomb before the module's ceiling. Measuring costs about a hundred
 * microseconds, so it happens after init, whenever the shared heap grew, after some milliseconds of
 * running and every few hundred invocations; the figure reported only ever rises, like a process's peak
 * memory.
 */
import type { QuickJSRuntime } from 'quickjs-emscripten-core'
import {
  GROWTH_SLACK_BYTES, MAX_USER_HEAP_MB, MEASURE_AFTER_BUSY_MS, MEASURE_EVERY_INVOCATIONS, MIN_USER_HEAP_MB, NODE_BASELINE_MB,
} from './limits.ts'
import type { GrowthListener, WasmSlot } from './quickjsModule.ts'

const MIB = 1024 * 1024
const MEMORY_USED = /memory used\s+\d+\s+(\d+)/

/** Bytes of user heap an environment of `memoryMb` may use. */
export function userHeapCapBytes(memoryMb: number): number {
  return Math.min(MAX_USER_HEAP_MB, Math.max(MIN_USER_HEAP_MB, memoryMb - NODE_BASELINE_MB)) * MIB
}

export class MemoryMeter implements GrowthListener {
  /** Bytes at the last measurement. */
  private usedBytes = 0
  private measuredAtEpoch = -1
  private invocationsSinceMeasure = 0
  private busyMsSinceMeasure = 0
  private peakMb = NODE_BASELINE_MB
  private grownThisSegment = 0
  /** The heap growth was refused during this run: the code is out of memory, whether it caught QuickJS's error or not. */
  refused = false

  constructor(private readonly rt: QuickJSRuntime, private readonly slot: WasmSlot, readonly capBytes: number) {}

  startSegment(): void {
    this.grownThisSegment = 0
    this.refused = false
  }

  /** Real time a run of code took: enough of it makes the next report measure. */
  addBusyMs(ms: number): void {
    this.busyMsSinceMeasure += ms
  }

  allowGrowth(bytes: number): boolean {
    this.grownThisSegment += bytes
    if (this.usedBytes + this.grownThisSegment > this.capBytes + GROWTH_SLACK_BYTES) this.refused = true
    return !this.refused
  }

  /** Whether the heap grew since this environment last measured itself (cheap: the interrupt handler asks). */
  heapGrew(): boolean {
    return this.slot.growthEpoch !== this.measuredAtEpoch
  }

  measure(): number {
    const match = MEMORY_USED.exec(this.rt.dumpMemoryUsage())
    this.usedBytes = match === null ? this.usedBytes : Number(match[1])
    this.measuredAtEpoch = this.slot.growthEpoch
    this.invocationsSinceMeasure = 0
    this.busyMsSinceMeasure = 0
    return this.usedBytes
  }

  overCap(): boolean {
    return this.usedBytes > this.capBytes
  }

  /** At the end of a phase: measures if due (always when `force`), and returns Max Memory Used in MB. */
  report(force: boolean): number {
    this.invocationsSinceMeasure += 1
    const due = this.heapGrew() || this.busyMsSinceMeasure >= MEASURE_AFTER_BUSY_MS || this.invocationsSinceMeasure >= MEASURE_EVERY_INVOCATIONS
    if (force || due) this.measure()
    this.peakMb = Math.max(this.peakMb, Math.ceil(NODE_BASELINE_MB + this.usedBytes / MIB))
    return this.peakMb
  }

  /** The last reported figure, without measuring (for a module that must not be called). */
  lastReportMb(): number {
    return this.peakMb
  }
}
