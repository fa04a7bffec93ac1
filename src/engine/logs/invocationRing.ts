import type { ExecutionEnvironment } from '../environments/environment.ts'
import type { InvocationOutcome, InvocationRecord } from '../model/state.ts'
import type { CodeRun } from '../runtime/codeRun.ts'

/** Each kept invocation's numbers, side by side; `asyncSerial` −1 stands for null. */
const SERIAL = 0
const ASYNC_SERIAL = 1
const START = 2
const INIT = 3
const DURATION = 4
const MEMORY = 5
const MEMORY_USED = 6
const TIMEOUT = 7
/** 1 for a suppressed init, else 0. */
const SUPPRESSED_INIT = 8
const STRIDE = 9

/** Each kept invocation's references, side by side too: one array, so recording one writes one cache line of them. */
const VERSION = 0
const OUTCOME = 1
const ENVIRONMENT = 2
const RUN = 3
const REFERENCES = 4
type Reference = string | ExecutionEnvironment | CodeRun | null

/** A kept invocation as the log view reads it back. */
class KeptInvocation implements InvocationRecord {
  constructor(
    readonly serial: number,
    readonly asyncSerial: number | null,
    readonly version: string,
    readonly environment: ExecutionEnvironment,
    readonly startMs: number,
    readonly initMs: number,
    readonly suppressedInit: boolean,
    readonly durationMs: number,
    readonly memoryMb: number,
    readonly memoryUsedMb: number,
    readonly timeoutMs: number,
    readonly outcome: InvocationOutcome,
    private readonly run: CodeRun | null,
  ) {}

  codeRun(): CodeRun | null {
    return this.run
  }
}

/**
 * A function's last finished invocations, for its logs: a fixed-size ring of what their lines need,
 * copied out of each invocation as it ends. Why copies rather than the invocations themselves: a ring
 * of objects keeps every invocation alive for the next `capacity` of its function, which in a graph
 * of several functions spans seconds of a run, so each one outlived the young generation's
 * collections and was copied and promoted; copied out, an invocation dies young, as it should.
 */
export class InvocationRing {
  private readonly numbers: Float64Array
  private readonly references: Reference[]
  private next = 0
  private kept = 0

  constructor(readonly capacity: number) {
    this.numbers = new Float64Array(STRIDE * capacity)
    this.references = new Array<Reference>(REFERENCES * capacity).fill(null)
  }

  add(record: InvocationRecord): void {
    if (this.capacity === 0) return
    const slot = this.next
    const at = STRIDE * slot
    const numbers = this.numbers
    numbers[at + SERIAL] = record.serial
    numbers[at + ASYNC_SERIAL] = record.asyncSerial ?? -1
    numbers[at + START] = record.startMs
    numbers[at + INIT] = record.initMs
    numbers[at + DURATION] = record.durationMs
    numbers[at + MEMORY] = record.memoryMb
    numbers[at + MEMORY_USED] = record.memoryUsedMb
    numbers[at + TIMEOUT] = record.timeoutMs
    numbers[at + SUPPRESSED_INIT] = record.suppressedInit ? 1 : 0
    const references = this.references
    const ref = REFERENCES * slot
    references[ref + VERSION] = record.version
    references[ref + OUTCOME] = record.outcome
    references[ref + ENVIRONMENT] = record.environment
    references[ref + RUN] = record.codeRun()
    this.next = slot + 1 === this.capacity ? 0 : slot + 1
    if (this.kept < this.capacity) this.kept++
  }

  /** The kept invocations, newest first. */
  *newest(): Generator<InvocationRecord> {
    for (let i = 1; i <= this.kept; i++) yield this.at((this.next - i + this.capacity) % this.capacity)
  }

  private at(slot: number): InvocationRecord {
    const n = this.numbers
    const at = STRIDE * slot
    const asyncSerial = n[at + ASYNC_SERIAL] as number
    const references = this.references
    const ref = REFERENCES * slot
    return new KeptInvocation(
      n[at + SERIAL] as number, asyncSerial < 0 ? null : asyncSerial, references[ref + VERSION] as string,
      references[ref + ENVIRONMENT] as ExecutionEnvironment, n[at + START] as number, n[at + INIT] as number, n[at + SUPPRESSED_INIT] === 1,
      n[at + DURATION] as number, n[at + MEMORY] as number, n[at + MEMORY_USED] as number, n[at + TIMEOUT] as number,
      references[ref + OUTCOME] as InvocationOutcome, references[ref + RUN] as CodeRun | null,
    )
  }
}
