import { useMemo, useState } from 'react'
import type { LibraryEntry } from '../../../learn/types.ts'
import { selectHasUnrunEdits } from '../../store/selectors.ts'
import { useAppState } from '../../store/useAppState.ts'
import { revealHint, scenarioProgress, type Progress } from '../progress/progress.ts'
import { useProgress, useProgressStore } from '../progress/useProgress.ts'
import { changeProgress } from '../progress/progressStore.ts'
import { ChallengeCard } from './ChallengeCard.tsx'
import { challengeStatus } from './challengeStatus.ts'
import { useCheckableRun } from './useCheckableRun.ts'

/**
 * The entry's challenges, checked against the run: automatically when it ends, or on Check. The
 * solved ones are stored when the run ends (./useRunEndChecks.ts), so "Solved" survives a reload
 * and later runs.
 */
export function ChallengeList({ entry }: { entry: LibraryEntry }) {
  const progressStore = useProgressStore()
  const selectMine = useMemo(() => (progress: Progress) => scenarioProgress(progress, entry.id), [entry.id])
  const mine = useProgress(selectMine)
  const run = useCheckableRun()
  const unrunEdits = useAppState(selectHasUnrunEdits)
  const [checkRequested, setCheckRequested] = useState<ReadonlySet<string>>(new Set())

  const statuses = useMemo(
    () => entry.challenges.map((challenge) => challengeStatus(challenge, {
      run,
      solvedBefore: mine.solved.includes(challenge.id),
      checkRequested: checkRequested.has(challenge.id),
    })),
    [entry.challenges, run, mine.solved, checkRequested],
  )

  if (entry.challenges.length === 0) return null
  return (
    <section className="learn-section" aria-labelledby="learn-challenges">
      <h3 id="learn-challenges">Challenges</h3>
      {unrunEdits && (
        <p className="learn-note" data-testid="learn-unrun-edits">
          Your latest edits are not in this run yet: press Reset, then play to the end, to check them.
        </p>
      )}
      {entry.challenges.map((challenge, i) => (
        <ChallengeCard
          key={challenge.id}
          challenge={challenge}
          status={statuses[i] ?? { kind: 'not-tried' }}
          hintsRevealed={mine.hintsRevealed[challenge.id] ?? 0}
          onCheck={() => setCheckRequested((ids) => new Set(ids).add(challenge.id))}
          onRevealHint={() => changeProgress(progressStore, (p) => revealHint(p, entry.id, challenge.id, challenge.hints.length))}
        />
      ))}
    </section>
  )
}
