/**
 * The study library: every bundled scenario with its lesson, challenges, quiz and presenter script,
 * in course order. The Learn UI reads this; the scenario picker reads the lighter ./catalog.ts.
 */
import { CATALOG } from './catalog.ts'
import { catalogDocument } from './catalogDocuments.ts'
import { parseFactLinks } from './factLinks.ts'
import { LESSONS } from './lessons/index.ts'
import type { LibraryEntry } from './types.ts'

export const LIBRARY: readonly LibraryEntry[] = CATALOG.map((scenario) => {
  const lesson = LESSONS[scenario.id]
  if (!lesson) throw new Error(`The library's scenario ${scenario.id} has no lesson in src/learn/lessons/index.ts`)
  return { ...scenario, document: catalogDocument(scenario.id), ...lesson, facts: parseFactLinks(lesson.markdown) }
})

export function findLibraryEntry(id: string): LibraryEntry | undefined {
  return LIBRARY.find((entry) => entry.id === id)
}
