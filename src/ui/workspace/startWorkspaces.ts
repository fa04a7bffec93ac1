/**
 * The page's start: open the storage, restore the workspace, then keep it saved and open share
 * links, both when the page opens with one and when one is pasted into the address bar later.
 */
import type { Scenario } from '../../engine/api.ts'
import type { AppServices } from '../commands/command.ts'
import { addNotice } from '../store/edits.ts'
import { persistWorkspace } from '../store/persistence.ts'
import type { OpenWorkspace, WorkspaceEntry } from '../store/scenarioSlice.ts'
import { describeError } from './describeError.ts'
import { pageStorage, openWorkspaceStore } from './openWorkspaceStore.ts'
import { newId } from './newId.ts'
import { forgetPendingSave, keepPendingSave } from './pendingSave.ts'
import { restoreWorkspace, type RestoredWorkspace } from './restoreWorkspace.ts'
import { openSharedLink } from './shareScenario.ts'
import { openTabChannel } from './tabChannel.ts'
import type { WorkspaceServices } from './WorkspaceContext.ts'
import { createMemoryStore, type WorkspaceStore } from './workspaceStore.ts'

export interface Started {
  storage: WorkspaceStore
  unavailable: string | null
  restored: RestoredWorkspace
  open: WorkspaceEntry
}

export function openEntryOf(workspace: OpenWorkspace): WorkspaceEntry {
  const open = workspace.entries.find((e) => e.id === workspace.openEntryId)
  if (!open) throw new Error(`The workspace "${workspace.name}" has no open scenario`)
  return open
}

/** Restores what the user had; `first` fills a first visit's workspace. */
export async function startWorkspaces(first: { document: Scenario; bundledId: string | null }): Promise<Started> {
  const opened = await openWorkspaceStore(globalThis.indexedDB)
  try {
    const restored = await restoreWorkspace(opened.store, pageStorage(), first, Date.now())
    return { storage: opened.store, unavailable: opened.unavailable, restored, open: openEntryOf(restored.workspace) }
  } catch (error) {
    // The storage opened but fails to read or write: the page still opens, in memory.
    const storage = createMemoryStore()
    const restored = await restoreWorkspace(storage, pageStorage(), first, Date.now())
    return { storage, unavailable: `the browser's storage failed (${describeError(error)})`, restored, open: openEntryOf(restored.workspace) }
  }
}

/**
 * Saves from now on (and on leaving the page), takes what other tabs save in the same workspace,
 * tells the user what the restore could not open, then opens the share link the address carries;
 * returns whether that opened (and so ran) one.
 */
export async function keepWorkspaceSaved(app: AppServices, started: Started): Promise<{ services: WorkspaceServices; openedLink: boolean }> {
  let toldFailure = false
  const tabId = newId()
  const channel = openTabChannel((workspaceId) => {
    if (workspaceId === app.store.getState().scenario.workspace.id) void persister.refresh()
  })
  const persister = persistWorkspace(app.store, started.storage, {
    onHidden: (flush) => {
      addEventListener('pagehide', flush)
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') flush()
        // A tab shown again takes what others saved meanwhile, also where no message could tell it.
        else void persister.refresh()
      })
    },
    pending: {
      keep: (save) => keepPendingSave(pageStorage(), tabId, save),
      forget: () => forgetPendingSave(pageStorage(), tabId),
    },
    stored: started.restored.stored,
    onSaved: (workspaceId) => channel.announce(workspaceId),
    onError: (error) => {
      if (toldFailure) return
      toldFailure = true
      addNotice(app.store, 'error', `Your work could not be saved: ${describeError(error)}`)
    },
  })
  if (started.unavailable) addNotice(app.store, 'error', `Your work is kept only while this tab is open: ${started.unavailable}`)
  for (const notice of started.restored.notices) addNotice(app.store, 'error', notice)
  const openLink = () => openSharedLink(app, location, history).catch((error: unknown) => {
    addNotice(app.store, 'error', `The share link could not be opened: ${describeError(error)}`)
    return false
  })
  addEventListener('hashchange', () => void openLink())
  const openedLink = await openLink()
  const stop = () => {
    persister.stop()
    channel.close()
  }
  return { services: { storage: started.storage, persister: { ...persister, stop }, unavailable: started.unavailable, nowMs: Date.now }, openedLink }
}
