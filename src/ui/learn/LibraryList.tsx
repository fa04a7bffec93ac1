import { LIBRARY } from '../../learn/library.ts'
import { useAppServices } from '../AppServicesContext.ts'
import { openScenario } from '../workspace/openScenario.ts'
import { isCompleted, type Progress } from './progress/progress.ts'
import { useProgress } from './progress/useProgress.ts'
import { LIBRARY_TASKS } from './libraryTasks.ts'

const selectAll = (progress: Progress) => progress

/** Every library scenario, with whether the learner completed it; opening one keeps the user's work (workspace). */
export function LibraryList({ currentId }: { currentId: string | null }) {
  const app = useAppServices()
  const progress = useProgress(selectAll)
  return (
    <ol className="library-list" aria-label="Library scenarios">
      {LIBRARY.map((entry, i) => {
        const tasks = LIBRARY_TASKS[i]
        const completed = tasks !== undefined && isCompleted(progress, tasks)
        return (
          <li key={entry.id} aria-current={entry.id === currentId ? 'true' : undefined}>
            <button type="button" className="link-button" onClick={() => void openScenario.run(app, { document: entry.document, bundledId: entry.id })}>
              {entry.title}
            </button>
            <span className="muted"> · {entry.level}</span>
            {completed && <span className="library-done"> · <span aria-hidden="true">✓ </span>completed</span>}
          </li>
        )
      })}
    </ol>
  )
}
