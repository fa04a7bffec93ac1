import type { SimEvent, World } from '../world.ts'

/**
 * One agenda entry of the code path: a handler's timer, an SDK request reaching its service or its
 * answer, the start of an init after its drawn duration, a deadline, the end of an invocation. Whoever schedules a step may cancel it:
 * cancelling drops what it would run (a deadline's closure holds its invocation) and leaves an empty
 * shell on the agenda until its time, or until shells are swept out.
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

/** A step that runs after everything else due at `atMs`, however late in that instant it was scheduled. */
export function scheduleStepLast(world: World, atMs: number, run: () => void): CodeStep {
  const step: CodeStep = { kind: 'code-step', run }
  world.queue.pushLast(atMs, step)
  return step
}

/**
 * Cancelled steps before the agenda is swept of them. Services cancel often (a visibility timeout
 * whose batch was deleted, a poll brought forward), and their shells would otherwise make most of
 * the agenda, minutes ahead, slowing every push and pop.
 */
const SWEEP_AFTER = 128

const isShell = (event: SimEvent): boolean => event.kind === 'code-step' && event.run === null

export function cancelStep(world: World, step: CodeStep): void {
  if (step.run === null) return
  step.run = null
  // Each sweep costs the agenda's size and follows at least half as many cancellations: O(1) each.
  if (++world.cancelledSteps >= SWEEP_AFTER && world.cancelledSteps * 2 >= world.queue.size) {
    world.queue.removeWhere(isShell)
    world.cancelledSteps = 0
  }
}

export function runStep(step: CodeStep): void {
  const run = step.run
  step.run = null
  run?.()
}
