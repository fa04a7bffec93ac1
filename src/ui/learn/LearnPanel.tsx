import { findLibraryEntry } from '../../learn/library.ts'
import { useAppState } from '../store/useAppState.ts'
import { ChallengeList } from './challenges/ChallengeList.tsx'
import { LearnProgress } from './LearnProgress.tsx'
import { selectLibraryId } from './learnSelectors.ts'
import { Lesson } from './lesson/Lesson.tsx'
import { LibraryList } from './LibraryList.tsx'
import { QuizSection } from './quiz/QuizSection.tsx'
import './learn.css'

/**
 * The Learn tab: for a library scenario, its lesson beside its challenges and quiz; for any other,
 * the library to open one from. Progress lives in this browser (./progress).
 */
export default function LearnPanel() {
  const libraryId = useAppState(selectLibraryId)
  const entry = libraryId === null ? undefined : findLibraryEntry(libraryId)
  return (
    <div className="learn" data-testid="learn-panel">
      <header className="learn-head">
        <div>
          <h2>{entry?.title ?? 'Learn'}</h2>
          {entry && <p className="muted learn-meta">{entry.level} · {entry.topics.join(', ')}</p>}
        </div>
        <LearnProgress />
      </header>
      {entry ? (
        <div className="learn-columns">
          <div className="learn-column" tabIndex={0} role="region" aria-label="Lesson">
            <Lesson entry={entry} />
          </div>
          <div className="learn-column" tabIndex={0} role="region" aria-label="Practice">
            <ChallengeList entry={entry} />
            <QuizSection entry={entry} />
            <details className="learn-section">
              <summary>All library scenarios</summary>
              <LibraryList currentId={entry.id} />
            </details>
          </div>
        </div>
      ) : (
        <div className="learn-column" tabIndex={0} role="region" aria-label="Library">
          <p className="learn-note">
            This scenario is not from the library, so it has no lesson, challenges or quiz. Open one of the library's
            scenarios; your own stays in the workspace.
          </p>
          <LibraryList currentId={null} />
        </div>
      )}
    </div>
  )
}
