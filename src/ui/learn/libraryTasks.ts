import { LIBRARY } from '../../learn/library.ts'
import type { LibraryEntry } from '../../learn/types.ts'
import type { ScenarioTasks } from './progress/progress.ts'

/** What completing an entry takes: its challenges solved and its questions answered correctly. */
export function tasksOf(entry: LibraryEntry): ScenarioTasks {
  return { id: entry.id, challengeIds: entry.challenges.map((c) => c.id), quizIds: entry.quiz.map((q) => q.id) }
}

export const LIBRARY_TASKS: readonly ScenarioTasks[] = LIBRARY.map(tasksOf)
