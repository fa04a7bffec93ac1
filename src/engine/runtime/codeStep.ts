import type { World } from '../world.ts'

/**
 * One agenda entry of the code path: a handler's timer, an SDK request reaching its service or its
 * answer, the start of an init after its drawn duration, a deadline, the end of an invocation. Whoever schedules a step may cancel it:
 * it stays on the agenda until its time, so cancelling drops what it would run (a deadline's
 * closure holds its invocation) and leaves an empty shell.
 */
export interface CodeStep {
  readonly kind: 'code-step'
  /** Null once cancelled. */
  run: (() => void) | null
}

export function scheduleStep(world: World, atMs: number, run: () => void): CodeStep {
  const step: CodeStep = { kind: 'code-step', run }
  world.queue.push(atMs, step)
  return step
}

export function cancelStep(step: CodeStep): void {
  step.run = null
}

export function runStep(step: CodeStep): void {
  const run = step.run
  step.run = null
  run?.()
}
