import { useEffect, useRef, useState } from 'react'
import { LIBRARY } from '../../learn/library.ts'
import { LIBRARY_TASKS } from './libraryTasks.ts'
import { completedCount, type Progress } from './progress/progress.ts'
import { useProgress, useProgressStore } from './progress/useProgress.ts'
import { resetProgress } from './progress/progressStore.ts'

const selectCompleted = (progress: Progress) => completedCount(progress, LIBRARY_TASKS)

/** "3 of 15 scenarios completed", and a reset that asks first (it cannot be undone). */
export function LearnProgress() {
  const progressStore = useProgressStore()
  const completed = useProgress(selectCompleted)
  const [confirming, setConfirming] = useState(false)
  const cancel = useRef<HTMLButtonElement>(null)
  const resetButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (confirming) cancel.current?.focus()
  }, [confirming])
  const close = (reset: boolean) => {
    if (reset) resetProgress(progressStore)
    setConfirming(false)
    // The confirmation's buttons go away: focus returns to what opened it.
    queueMicrotask(() => resetButton.current?.focus())
  }
  return (
    <div className="learn-progress">
      <p data-testid="learn-progress">
        <strong>{completed} of {LIBRARY.length}</strong> scenarios completed
      </p>
      <progress max={LIBRARY.length} value={completed} aria-label="Library scenarios completed" />
      {confirming ? (
        <div role="alertdialog" aria-labelledby="reset-progress-question" className="learn-confirm">
          <p id="reset-progress-question">
            Forget every solved challenge, revealed hint and quiz answer in this browser? Your scenarios are kept.
          </p>
          <button type="button" className="danger" onClick={() => close(true)}>Reset progress</button>
          <button type="button" ref={cancel} onClick={() => close(false)}>Cancel</button>
        </div>
      ) : (
        <button type="button" ref={resetButton} onClick={() => setConfirming(true)}>Reset progress…</button>
      )}
    </div>
  )
}
