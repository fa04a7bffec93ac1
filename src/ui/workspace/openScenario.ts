import type { Scenario } from '../../engine/api.ts'
import type { Command } from '../commands/command.ts'
import { workspaceEntries } from '../store/workspaceEntries.ts'
import { addEntry, openEntry } from './entryEdits.ts'

export interface OpenArg {
  document: Scenario
  /** The bundled scenario it is, or `null` for a document from elsewhere. */
  bundledId: string | null
  /** Always add a new entry (an import, a share link), even when the workspace has one from the same bundled scenario. */
  asNew?: boolean
}

/**
 * Opens a scenario next to the user's others, never over them: the workspace's entry for that
 * bundled scenario if it has one (with the user's edits), else a new entry holding `document`.
 */
export const openScenario: Command<OpenArg> = {
  id: 'workspace.open',
  label: 'Open in the workspace',
  canRun: () => true,
  run: (app, { document, bundledId, asNew = false }) => {
    const entries = workspaceEntries(app.store.getState().scenario)
    const existing = asNew || bundledId === null ? undefined : entries.find((e) => e.bundledId === bundledId)
    if (existing) openEntry(app, existing.id)
    else addEntry(app, document, bundledId)
  },
}
