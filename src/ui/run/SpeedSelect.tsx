import type { Speed } from '../../worker/protocol.ts'
import { setSpeed } from '../commands/setSpeed.ts'
import { SPEED_OPTIONS, speedFromValue } from './speeds.ts'

interface Props {
  speed: Speed
  onChange(speed: Speed): void
}

/** The playback speed, from real time to Max: the toolbar's and the embedded player's. */
export function SpeedSelect({ speed, onChange }: Props) {
  return (
    <label className="field">
      <span>{setSpeed.label}</span>
      <select
        data-testid="run-speed"
        title="Virtual time per real second; Max runs as fast as the worker can"
        value={String(speed)}
        onChange={(event) => {
          const chosen = speedFromValue(event.target.value)
          if (chosen !== undefined) onChange(chosen)
        }}
      >
        {SPEED_OPTIONS.map((option) => (
          <option key={option.speed} value={String(option.speed)}>{option.label}</option>
        ))}
      </select>
    </label>
  )
}
