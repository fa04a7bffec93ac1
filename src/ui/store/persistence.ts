/**
 * What survives a reload: the document being edited (with the bundled scenario it started from),
 * the theme and the saved test events, in localStorage. A stored document is only a starting
 * point: the worker validates it like any other, and a broken one shows its problems.
 */
import { SCENARIO_FORMAT, type Scenario } from '../../engine/scenario/types.ts'
import type { AppStore } from './appStore.ts'
import type { SavedTestEvent, Theme } from './uiSlice.ts'

export const STORAGE_KEY = 'lambda-playground/session@1'
/** Typing in the editor changes the document on every key; write at most this often. */
export const SAVE_DELAY_MS = 400

export interface PersistedSession {
  document: Scenario
  bundledId: string | null
  theme: Theme
  savedTestEvents: SavedTestEvent[]
}

/** The stored session, or null when there is none or it is not one of ours (another version, hand-edited). */
export function readSession(storage: Pick<Storage, 'getItem'>): PersistedSession | null {
  let value: unknown
  try {
    value = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')
  } catch {
    return null
  }
  if (!isRecord(value) || !isRecord(value.document) || value.document.Format !== SCENARIO_FORMAT) return null
  return {
    document: value.document as unknown as Scenario,
    bundledId: typeof value.bundledId === 'string' ? value.bundledId : null,
    theme: value.theme === 'dark' ? 'dark' : 'light',
    savedTestEvents: Array.isArray(value.savedTestEvents) ? value.savedTestEvents.filter(isSavedTestEvent) : [],
  }
}

function sessionOf(store: AppStore): PersistedSession {
  const { scenario, ui } = store.getState()
  return { document: scenario.document, bundledId: scenario.bundledId, theme: ui.theme, savedTestEvents: [...ui.test.saved] }
}

/**
 * Writes the session whenever what it holds changes, at most every `SAVE_DELAY_MS`, and once more
 * when the page is hidden (a reload or a closed tab must not lose the last keystrokes).
 * Returns the unsubscribe function.
 */
export function persistSession(store: AppStore, storage: Pick<Storage, 'setItem'>, onHidden: (flush: () => void) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  const write = () => {
    timer = null
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(sessionOf(store)))
    } catch {
      // Storage full or disabled (private mode): the session simply does not survive a reload.
    }
  }
  const unsubscribe = store.subscribe((state, previous) => {
    const changed = state.scenario.document !== previous.scenario.document || state.scenario.bundledId !== previous.scenario.bundledId
      || state.ui.theme !== previous.ui.theme || state.ui.test.saved !== previous.ui.test.saved
    if (changed) timer ??= setTimeout(write, SAVE_DELAY_MS)
  })
  onHidden(() => {
    if (timer === null) return
    clearTimeout(timer)
    write()
  })
  return () => {
    if (timer !== null) clearTimeout(timer)
    unsubscribe()
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isSavedTestEvent(value: unknown): value is SavedTestEvent {
  return isRecord(value) && typeof value.name === 'string' && typeof value.payloadText === 'string'
}
