import { useState } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import { setSeed } from '../commands/setSeed.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'

/** The document's `Seed` when it gives none. */
const DEFAULT_SEED = 1
const selectSeed = (state: AppState) => state.scenario.document.Seed ?? DEFAULT_SEED
const selectCanSetSeed = (state: AppState) => setSeed.canRun(state)

/** The run's seed: the same document and seed replay exactly; a new seed (Enter) starts a new run. */
export function SeedField() {
  const app = useAppServices()
  const seed = useAppState(selectSeed)
  const canSet = useAppState(selectCanSetSeed)
  const [draft, setDraft] = useState<string | null>(null)
  const value = draft ?? String(seed)
  const valid = /^\d{1,15}$/.test(value)
  const commit = () => {
    if (draft !== null && valid && Number(draft) !== seed) void setSeed.run(app, Number(draft))
    setDraft(null)
  }
  return (
    <label className="field seed" title="Same scenario and seed, same run. Enter runs with the new seed.">
      <span>{setSeed.label}</span>
      <input
        data-testid="run-seed" inputMode="numeric" size={6} value={value} disabled={!canSet} aria-invalid={!valid}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
          if (event.key === 'Escape') setDraft(null)
        }}
      />
    </label>
  )
}
