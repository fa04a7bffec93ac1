import type { Speed } from '../../worker/protocol.ts'

/** The playback speeds offered, in virtual milliseconds per real second, from real time to as fast as possible. */
export const SPEED_OPTIONS: readonly { speed: Speed; label: string }[] = [
  { speed: 1_000, label: 'Real time' },
  { speed: 10_000, label: '10×' },
  { speed: 60_000, label: '60× (1 min/s)' },
  { speed: 600_000, label: '600×' },
  { speed: 3_600_000, label: '3600× (1 h/s)' },
  { speed: 'max', label: 'Max' },
]

export function speedFromValue(value: string): Speed | undefined {
  return SPEED_OPTIONS.find((option) => String(option.speed) === value)?.speed
}
