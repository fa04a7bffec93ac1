import { useAppServices } from '../AppServicesContext.ts'
import { pause } from '../commands/pause.ts'
import { play } from '../commands/play.ts'
import { reset } from '../commands/reset.ts'
import { setSpeed } from '../commands/setSpeed.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { SPEED_OPTIONS, speedFromValue } from './speeds.ts'

const selectPlaying = (state: AppState) => state.live.playing
const selectCanPlay = (state: AppState) => play.canRun(state)
const selectCanPause = (state: AppState) => pause.canRun(state)
const selectCanReset = (state: AppState) => reset.canRun(state)
const selectSpeed = (state: AppState) => state.ui.speed

export function RunControls() {
  const app = useAppServices()
  const playing = useAppState(selectPlaying)
  // One toggle rather than two buttons, so keyboard focus stays put when the run starts or stops.
  const toggle = playing ? pause : play
  const canToggle = useAppState(playing ? selectCanPause : selectCanPlay)
  const canReset = useAppState(selectCanReset)
  const speed = useAppState(selectSpeed)
  return (
    <div className="controls" role="group" aria-label="Run controls">
      <button type="button" data-testid="run-play-pause" disabled={!canToggle} onClick={() => toggle.run(app)}>
        {toggle.label}
      </button>
      <button type="button" data-testid="run-reset" disabled={!canReset} onClick={() => reset.run(app)}>
        {reset.label}
      </button>
      <label className="field">
        <span>{setSpeed.label}</span>
        <select
          data-testid="run-speed"
          value={String(speed)}
          onChange={(event) => {
            const chosen = speedFromValue(event.target.value)
            if (chosen !== undefined) setSpeed.run(app, chosen)
          }}
        >
          {SPEED_OPTIONS.map((option) => (
            <option key={option.speed} value={String(option.speed)}>{option.label}</option>
          ))}
        </select>
      </label>
    </div>
  )
}
