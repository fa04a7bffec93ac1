/**
 * What happens when two tabs saved different edits of one scenario: both versions are kept. The
 * version saved first keeps the scenario; the other becomes a copy next to it, named so in every
 * tab and after a reload ("this tab" would be false anywhere else).
 */
import type { Scenario } from '../../engine/api.ts'
import type { WorkspaceEntry } from '../store/scenarioSlice.ts'
import { newId } from './newId.ts'

export const conflictCopyName = (name: string) => `${name} (conflicting copy)`

/** A new entry holding `document` under the copy's name. */
export function conflictCopy(document: Scenario, bundledId: string | null): WorkspaceEntry {
  return { id: newId(), bundledId, document: { ...document, Name: conflictCopyName(document.Name) } }
}

/** A scenario this tab and another edited at once, for the alert that tells the user (./ConflictAlerts.tsx). */
export interface TabConflict {
  /** The scenario, now holding the other tab's version. */
  entryId: string
  name: string
  /** The copy holding this tab's version. */
  copyEntryId: string
  copyName: string
}
