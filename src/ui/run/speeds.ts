import type { Speed } from '../../worker/protocol.ts'

/** The playback speeds offered, in virtual milliseconds per real second. */
export const SPEED_OPTIONS: readonly { speed: Speed; label: string }[] = [
  { speed: 1_000, label: 'Real time' },
  { speed: 10_000, label: '10× (10 s per second)' },
  { speed: 60_000, label: '60× (1 min per second)' },
  { speed: 600_000, label: '600× (10 min per second)' },
  { speed: 'max', label: 'As fast as possible' },
]

export function speedFromValue(value: string): Speed | undefined {
  return SPEED_OPTIONS.find((option) => String(option.speed) === value)?.speed
}
