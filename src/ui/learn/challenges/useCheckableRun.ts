import { useMemo } from 'react'
import type { AppState } from '../../store/appStore.ts'
import { selectNowMs } from '../../store/selectors.ts'
import { useAppState } from '../../store/useAppState.ts'
import { selectDurationMs, selectPlaying, selectRunDocument, selectRunDone } from '../learnSelectors.ts'
import type { CheckableRun } from './challengeStatus.ts'

// While the run plays, the panel needs neither the clock nor the summary: it re-renders when the
// run starts, pauses or ends, not on every frame.
const selectPausedNowMs = (state: AppState) => (state.live.playing ? 0 : selectNowMs(state))
const selectFinishedSummary = (state: AppState) => (state.live.done ? state.live.frame?.summary ?? null : null)

/** The run the challenges are checked against: the `done` event's summary and the document that ran. */
export function useCheckableRun(): CheckableRun {
  const document = useAppState(selectRunDocument)
  const summary = useAppState(selectFinishedSummary)
  const done = useAppState(selectRunDone)
  const playing = useAppState(selectPlaying)
  const nowMs = useAppState(selectPausedNowMs)
  const durationMs = useAppState(selectDurationMs)
  return useMemo(() => ({ document, summary, done, playing, nowMs, durationMs }), [document, summary, done, playing, nowMs, durationMs])
}
