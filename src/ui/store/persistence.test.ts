import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { Scenario } from '../../engine/api.ts'
import { createAppStore } from './appStore.ts'
import { editDocument, editTestForm, setTheme } from './edits.ts'
import { persistSession, readSession, SAVE_DELAY_MS, STORAGE_KEY } from './persistence.ts'

const document: Scenario = { Format: 'lambda-playground/scenario@1', Name: 'Saved', Functions: [{ FunctionName: 'fn' }] }

function memoryStorage() {
  const items = new Map<string, string>()
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items }
}

describe('the session survives a reload', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('an edited document, the theme and saved test events are written and read back', () => {
    const storage = memoryStorage()
    const store = createAppStore({ document, bundledId: 'reserved-concurrency' })
    persistSession(store, storage, () => undefined)
    editDocument(store, (doc) => ({ ...doc, Seed: 42 }))
    setTheme(store, 'dark')
    editTestForm(store, { saved: [{ name: 'order', payloadText: '{"id":1}' }] })
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(readSession(storage)).toEqual({
      document: { ...document, Seed: 42 }, bundledId: 'reserved-concurrency', theme: 'dark', savedTestEvents: [{ name: 'order', payloadText: '{"id":1}' }],
    })
  })

  test(`typing is written at most once per ${SAVE_DELAY_MS} ms`, () => {
    const storage = memoryStorage()
    const writes = vi.spyOn(storage, 'setItem')
    const store = createAppStore({ document, bundledId: null })
    persistSession(store, storage, () => undefined)
    for (let i = 0; i < 10; i++) editDocument(store, (doc) => ({ ...doc, Name: `Saved ${i}` }))
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(writes).toHaveBeenCalledTimes(1)
    expect(readSession(storage)?.document.Name).toBe('Saved 9')
  })

  test('hiding the page writes what is pending at once', () => {
    const storage = memoryStorage()
    let flush = () => undefined as void
    const store = createAppStore({ document, bundledId: null })
    persistSession(store, storage, (f) => { flush = f })
    editDocument(store, (doc) => ({ ...doc, Name: 'Last keystroke' }))
    flush()
    expect(readSession(storage)?.document.Name).toBe('Last keystroke')
  })

  test.each([
    ['nothing stored', null],
    ['not JSON', '{'],
    ['another format', JSON.stringify({ document: { Format: 'other' } })],
  ])('%s: no session', (_, stored) => {
    const storage = memoryStorage()
    if (stored !== null) storage.setItem(STORAGE_KEY, stored)
    expect(readSession(storage)).toBeNull()
  })
})
