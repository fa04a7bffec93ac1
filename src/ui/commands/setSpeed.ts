import type { Speed } from '../../worker/protocol.ts'
import type { Command } from './command.ts'

export const setSpeed: Command<Speed> = {
  id: 'run.setSpeed',
  label: 'Speed',
  canRun: () => true,
  run: ({ store, bridge }, speed) => {
    store.setState((state) => ({ live: { ...state.live, speed } }))
    bridge.send({ type: 'setSpeed', speed })
  },
}
