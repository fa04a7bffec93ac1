import type { AppState } from './appStore.ts'
import type { ScenarioSlice, WorkspaceEntry } from './scenarioSlice.ts'

/** The workspace's scenarios with the open one as it stands now (the slice's `document` is its truth). */
export function workspaceEntries(scenario: ScenarioSlice): WorkspaceEntry[] {
  const { workspace, document, bundledId } = scenario
  return workspace.entries.map((entry) => (entry.id === workspace.openEntryId ? { id: entry.id, bundledId, document } : entry))
}

let last: { scenario: ScenarioSlice; entries: WorkspaceEntry[] } | null = null

/** `workspaceEntries` as a selector: the same array until the workspace or the open document changes. */
export function selectWorkspaceEntries(state: AppState): readonly WorkspaceEntry[] {
  const { scenario } = state
  if (last && last.scenario.workspace === scenario.workspace && last.scenario.document === scenario.document && last.scenario.bundledId === scenario.bundledId) {
    return last.entries
  }
  last = { scenario, entries: workspaceEntries(scenario) }
  return last.entries
}
