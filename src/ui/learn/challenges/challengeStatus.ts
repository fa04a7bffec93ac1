import type { RunSummary, Scenario } from '../../../engine/api.ts'
import { checkChallenge } from '../../../learn/checkChallenge.ts'
import type { Challenge } from '../../../learn/types.ts'
import { formatClock } from '../../format.ts'

/**
 * Where a challenge stands for the learner, in the words the panel shows:
 * - `not-tried`: no check has read a run yet;
 * - `running`: a run is under way; it is checked when it ends;
 * - `too-short`: checked, but the run has not reached its end (checks read whole runs);
 * - `not-yet`: the finished run does not meet it (`detail` says what the metrics show);
 * - `solved`: this run meets it, or an earlier one did (`detail` is this run's reading, if any).
 */
export type ChallengeStatus =
  | { kind: 'not-tried' }
  | { kind: 'running' }
  | { kind: 'too-short'; detail: string }
  | { kind: 'not-yet'; detail: string }
  | { kind: 'solved'; detail: string | null }

/** The run as the page has it: what a check may read. */
export interface CheckableRun {
  /** The document the run is running (edits not yet run are not in it); null before a load. */
  document: Scenario | null
  summary: RunSummary | null
  done: boolean
  playing: boolean
  nowMs: number
  durationMs: number
}

export interface StatusInput {
  run: CheckableRun
  /** Solved in an earlier run (stored progress). */
  solvedBefore: boolean
  /** The learner pressed Check during this run. */
  checkRequested: boolean
}

/** A finished run is always checked (at its end, whether or not Check was pressed); one under way never. */
export function challengeStatus(challenge: Challenge, { run, solvedBefore, checkRequested }: StatusInput): ChallengeStatus {
  if (run.done && run.summary !== null && run.document !== null) {
    const result = checkChallenge(challenge, { document: run.document, summary: run.summary, done: true })
    if (result.solved || solvedBefore) return { kind: 'solved', detail: result.detail }
    return { kind: 'not-yet', detail: result.detail }
  }
  if (solvedBefore) return { kind: 'solved', detail: null }
  if (run.playing) return { kind: 'running' }
  if (!checkRequested) return { kind: 'not-tried' }
  const covered = run.document === null
    ? 'The scenario has not loaded yet.'
    : `The run has covered ${formatClock(run.nowMs)} of ${formatClock(run.durationMs)}.`
  return { kind: 'too-short', detail: `${covered} The check reads the whole run: play it to its end (speed Max is quickest).` }
}

export const STATUS_LABELS: Readonly<Record<ChallengeStatus['kind'], string>> = {
  'not-tried': 'Not tried',
  running: 'Running: checked when the run ends',
  'too-short': 'Not yet: the run has not reached its end',
  'not-yet': 'Not yet',
  solved: 'Solved',
}
