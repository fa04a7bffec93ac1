import type { Command } from './command.ts'
import { pause } from './pause.ts'
import { play } from './play.ts'

/** Play when paused, pause when playing: one key (Space) and one button, so focus stays put. */
export const togglePlay: Command = {
  id: 'run.toggle',
  label: 'Play / pause',
  shortcut: 'Space',
  canRun: (state) => (state.live.playing ? pause : play).canRun(state),
  run: (app) => (app.store.getState().live.playing ? pause : play).run(app),
}
