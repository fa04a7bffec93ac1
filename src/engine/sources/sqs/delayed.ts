import { scheduleStep } from '../../runtime/codeStep.ts'
import { EventQueue } from '../../time/eventQueue.ts'
import type { World } from '../../world.ts'
import type { SqsMessage } from './message.ts'

/**
 * Messages waiting out their delay (DelaySeconds), by the time they become visible. One agenda step
 * at a time wakes them: at the earliest due time, or earlier when a shorter per-message delay comes in.
 */
export class DelayedMessages {
  private readonly waiting = new EventQueue<SqsMessage>()
  private wakeAtMs = Number.POSITIVE_INFINITY
  private readonly wakeRun = (): void => this.wake()

  constructor(
    private readonly world: World,
    /** Called with each message whose delay is over, in due order. */
    private readonly due: (message: SqsMessage) => void,
  ) {}

  get size(): number {
    return this.waiting.size
  }

  add(message: SqsMessage, delayMs: number): void {
    this.waiting.push(this.world.nowMs + delayMs, message)
    this.arm()
  }

  private arm(): void {
    const atMs = this.waiting.peekTime()
    if (atMs >= this.wakeAtMs) return
    this.wakeAtMs = atMs
    scheduleStep(this.world, atMs, this.wakeRun)
  }

  private wake(): void {
    const nowMs = this.world.nowMs
    if (nowMs >= this.wakeAtMs) this.wakeAtMs = Number.POSITIVE_INFINITY
    while (this.waiting.size > 0 && this.waiting.peekTime() <= nowMs) this.due(this.waiting.pop())
    if (this.waiting.size > 0) this.arm()
  }
}
