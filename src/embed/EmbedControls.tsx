import { RunClock } from '../ui/run/RunClock.tsx'
import { SpeedSelect } from '../ui/run/SpeedSelect.tsx'
import type { AppState } from '../ui/store/appStore.ts'
import { useAppState } from '../ui/store/useAppState.ts'
import type { PlayerStatus } from './embedProtocol.ts'
import { useEmbedPlayer } from './EmbedContext.ts'
import { usePlayerStatus } from './usePlayerStatus.ts'

const selectSpeed = (state: AppState) => state.live.speed

/** What the status line says for each status. */
export const STATUS_TEXT: Readonly<Record<PlayerStatus, string>> = {
  stopped: 'Ready: press Play to run the scenario',
  loading: 'Starting the simulation…',
  playing: 'Running',
  paused: 'Paused',
  finished: 'Finished',
  failed: 'Stopped',
}

/** Play/pause, reset, speed and the virtual clock; the first Play starts the simulation. */
export function EmbedControls() {
  const player = useEmbedPlayer()
  const status = usePlayerStatus()
  const speed = useAppState(selectSpeed)
  const playing = status === 'playing'
  const canPlay = status === 'stopped' || status === 'paused' || playing
  const canReset = status === 'paused' || status === 'finished' || status === 'failed' || playing
  return (
    <>
      <div className="run-controls" role="group" aria-label="Run controls">
        {/* One toggle rather than two buttons, so keyboard focus stays put when the run starts or stops. */}
        <button type="button" className="primary" data-testid="run-play-pause" disabled={!canPlay} onClick={() => (playing ? player.pause() : void player.play())}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" data-testid="run-reset" disabled={!canReset} title="Start again from 0:00" onClick={() => player.reset()}>
          Reset
        </button>
        <SpeedSelect speed={speed} onChange={(chosen) => player.setSpeed(chosen)} />
      </div>
      <RunClock />
    </>
  )
}
