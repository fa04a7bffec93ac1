import { editDocument } from '../store/edits.ts'
import type { Command } from './command.ts'
import { reset } from './reset.ts'

/** The seed is the document's `Seed`: changing it edits the document and starts the run again. */
export const setSeed: Command<number> = {
  id: 'run.setSeed',
  label: 'Seed',
  canRun: (state) => state.scenario.status !== 'loading',
  run: (app, seed) => {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`A seed is a whole number ≥ 0 (got ${seed})`)
    editDocument(app.store, (document) => ({ ...document, Seed: seed }))
    reset.run(app)
  },
}
