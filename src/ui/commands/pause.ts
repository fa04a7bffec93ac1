import type { Command } from './command.ts'

export const pause: Command = {
  id: 'run.pause',
  label: 'Pause',
  canRun: (state) => state.live.playing,
  run: ({ bridge }) => bridge.send({ type: 'pause' }),
}
