/**
 * Every catalog scenario's document, loaded at once: for the library (./library.ts), the lessons'
 * challenges that compare an edit with the original, and the tests. The page's first load does not
 * import this module (its picker fetches one document at a time, src/ui/scenarios/bundledScenarios.ts);
 * the Learn tab brings it with the library.
 */
/// <reference types="vite/types/import-meta.d.ts" />
import type { Scenario } from '../engine/api.ts'
import { findCatalogEntry, scenarioFile } from './catalog.ts'

// Vite (the build, Vitest) expands the glob into one import per file. JSON imports are typed loosely
// (strings, not the literal `Format`); the library's tests validate every document.
const DOCUMENTS = import.meta.glob<Scenario>('/scenarios/*.json', { eager: true, import: 'default' })

/** The original document of a library scenario. */
export function catalogDocument(id: string): Scenario {
  const document = findCatalogEntry(id) ? DOCUMENTS[scenarioFile(id)] : undefined
  if (!document) throw new Error(`No scenario ${id} in the library's catalog`)
  return document
}
