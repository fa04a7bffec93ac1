import type { Command } from './command.ts'

/** Virtual time one press of Step advances: one second, the width of the live charts' buckets. */
export const STEP_VIRTUAL_MS = 1_000

export const step: Command = {
  id: 'run.step',
  label: 'Step 1 s',
  canRun: (state) => state.scenario.status === 'loaded' && !state.live.done && state.live.fatal === null,
  run: ({ bridge }) => bridge.send({ type: 'step', virtualMs: STEP_VIRTUAL_MS }),
}
