import type { ActionOutcome } from './runPresenterAction.ts'

/** What became of a step's action in this presentation. */
export type StepOutcome = { state: 'running' } | ({ state: 'finished' } & ActionOutcome)

/**
 * Where a presentation stands: which library entry, which step (-1 is the title card before the
 * first step), and the outcome of each step's action run so far. Kept while presenter mode is off,
 * so leaving and coming back resumes where the presenter was.
 */
export interface PresenterPosition {
  entryId: string | null
  index: number
  outcomes: Readonly<Record<number, StepOutcome>>
}

export const COVER = -1

export function startPosition(entryId: string | null): PresenterPosition {
  return { entryId, index: COVER, outcomes: {} }
}

/** The position for `entryId`: the same one if it is still that entry's, else a fresh start. */
export function positionFor(position: PresenterPosition, entryId: string | null): PresenterPosition {
  return position.entryId === entryId ? position : startPosition(entryId)
}

/** The step `delta` away, kept between the title card and the last step. */
export function stepTo(index: number, delta: number, stepCount: number): number {
  return Math.max(COVER, Math.min(stepCount - 1, index + delta))
}

/** A step's action runs when the step is entered going forward, once per presentation (Run again repeats it). */
export function runsOnEntry(position: PresenterPosition, to: number, hasAction: boolean): boolean {
  return hasAction && to > position.index && position.outcomes[to] === undefined
}

export function withOutcome(position: PresenterPosition, index: number, outcome: StepOutcome): PresenterPosition {
  return { ...position, outcomes: { ...position.outcomes, [index]: outcome } }
}
