import { useAppServices } from '../AppServicesContext.ts'
import { reset } from '../commands/reset.ts'
import { setSpeed } from '../commands/setSpeed.ts'
import { step } from '../commands/step.ts'
import { togglePlay } from '../commands/togglePlay.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { SpeedSelect } from './SpeedSelect.tsx'

const selectPlaying = (state: AppState) => state.live.playing
const selectCanToggle = (state: AppState) => togglePlay.canRun(state)
const selectCanStep = (state: AppState) => step.canRun(state)
const selectCanReset = (state: AppState) => reset.canRun(state)
const selectSpeed = (state: AppState) => state.live.speed

/** Play/pause, step, reset and speed: the toolbar's view of the run commands. */
export function RunControls() {
  const app = useAppServices()
  const playing = useAppState(selectPlaying)
  const canToggle = useAppState(selectCanToggle)
  const canStep = useAppState(selectCanStep)
  const canReset = useAppState(selectCanReset)
  const speed = useAppState(selectSpeed)
  return (
    <div className="run-controls" role="group" aria-label="Run controls">
      {/* One toggle rather than two buttons, so keyboard focus stays put when the run starts or stops. */}
      <button
        type="button" className="primary" data-testid="run-play-pause" disabled={!canToggle}
        aria-keyshortcuts="Space" title="Play or pause (Space)" onClick={() => void togglePlay.run(app)}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" data-testid="run-step" disabled={!canStep} title="Advance 1 virtual second" onClick={() => void step.run(app)}>
        Step
      </button>
      <button
        type="button" data-testid="run-reset" disabled={!canReset}
        title="Start again from 0 with the document as edited" onClick={() => void reset.run(app)}
      >
        {reset.label}
      </button>
      <SpeedSelect speed={speed} onChange={(chosen) => void setSpeed.run(app, chosen)} />
    </div>
  )
}
