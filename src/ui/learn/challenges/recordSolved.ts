import { checkChallenge } from '../../../learn/checkChallenge.ts'
import { findLibraryEntry } from '../../../learn/library.ts'
import type { ChallengeCheckInput } from '../../../learn/types.ts'
import { markSolved } from '../progress/progress.ts'
import { changeProgress, type ProgressStore } from '../progress/progressStore.ts'
import { pageProgressStore } from '../progress/useProgress.ts'

/**
 * Checks every challenge of library entry `entryId` against a finished run and stores those it
 * solves, in `progress` or else the page's.
 */
export function recordSolved(progress: ProgressStore | null, entryId: string, run: ChallengeCheckInput): void {
  const store = progress ?? pageProgressStore()
  for (const challenge of findLibraryEntry(entryId)?.challenges ?? []) {
    if (checkChallenge(challenge, run).solved) changeProgress(store, (p) => markSolved(p, entryId, challenge.id))
  }
}
