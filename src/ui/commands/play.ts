import type { Command } from './command.ts'

export const play: Command = {
  id: 'run.play',
  label: 'Play',
  canRun: (state) => state.scenario.status === 'loaded' && !state.live.playing && !state.live.done && state.live.fatal === null,
  run: ({ bridge }) => bridge.send({ type: 'play' }),
}
