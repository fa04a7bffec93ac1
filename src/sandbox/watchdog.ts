/**
 * The only place in the sandbox that reads real time. Virtual time cannot stop `while (true) {}`:
 * the watchdog lets one synchronous run of user code (module scope, a handler call, a callback and
 * the microtasks after it) last at most a bounded number of real milliseconds, and QuickJS's
 * interrupt handler asks it whether that time is up.
 */

interface RealClock {
  now(): number
}
// performance exists in Node.js and in workers; the sandbox compiles without DOM types.
const realClock = (globalThis as unknown as { performance: RealClock }).performance

export class Watchdog {
  private deadline = Number.POSITIVE_INFINITY
  private armedAt = 0

  arm(limitMs: number): void {
    this.armedAt = realClock.now()
    this.deadline = this.armedAt + limitMs
  }

  /** Stops watching; returns the real milliseconds since `arm` (how long the code ran). */
  disarm(): number {
    this.deadline = Number.POSITIVE_INFINITY
    return realClock.now() - this.armedAt
  }

  expired(): boolean {
    return realClock.now() > this.deadline
  }

  /**
   * Runs host work the guest asked for (transpiling and compiling a module it requires) without
   * counting it: the watchdog bounds the user's code, and this work is bounded by the files' size.
   */
  excluding<T>(work: () => T): T {
    const started = realClock.now()
    try {
      return work()
    } finally {
      this.deadline += realClock.now() - started
    }
  }
}
