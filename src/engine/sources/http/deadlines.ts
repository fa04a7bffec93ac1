/**
 * Requests waiting on an integration with a fixed timeout, oldest first. With one timeout per route,
 * deadlines come in arrival order, so one agenda step at the oldest deadline serves them all:
 * answered requests leave from the front as they finish, and the step, when it runs, times out
 * those whose deadline has passed and re-arms for the next. Cheap at any request rate.
 */
import { scheduleStep } from '../../runtime/codeStep.ts'
import type { World } from '../../world.ts'

export interface Waiting {
  readonly arrivalMs: number
  /** False once answered, whatever the answer. */
  readonly pending: boolean
}

export class DeadlineQueue<T extends Waiting> {
  private readonly items: (T | undefined)[] = []
  private head = 0
  private armed = false

  constructor(
    private readonly timeoutMs: number,
    /** Answers a request whose deadline passed while it was still pending. */
    private readonly expire: (world: World, item: T) => void,
  ) {}

  get size(): number {
    return this.items.length - this.head
  }

  add(world: World, item: T): void {
    this.items.push(item)
    this.arm(world)
  }

  /** Drops answered requests from the front; call after answering one. */
  settle(): void {
    while (this.head < this.items.length && !(this.items[this.head] as T).pending) this.items[this.head++] = undefined
    if (this.head === this.items.length) {
      this.items.length = 0
      this.head = 0
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items.splice(0, this.head)
      this.head = 0
    }
  }

  private arm(world: World): void {
    if (this.armed || this.size === 0) return
    this.armed = true
    scheduleStep(world, (this.items[this.head] as T).arrivalMs + this.timeoutMs, () => this.due(world))
  }

  private due(world: World): void {
    this.armed = false
    this.settle()
    while (this.size > 0) {
      const oldest = this.items[this.head] as T
      if (oldest.arrivalMs + this.timeoutMs > world.nowMs) break
      this.expire(world, oldest)
      this.settle()
    }
    this.arm(world)
  }
}
