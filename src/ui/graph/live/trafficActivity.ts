/** Whether a traffic generator is sending at a moment of the run: inside its window with a rate above zero. */
import { DEFAULT_DURATION_SECONDS } from '../../../engine/facts.ts'
import type { ArrivalProcess, TrafficConfig } from '../../../engine/scenario/types.ts'

/** A burst is drawn as active for this long after its instant, so the eye can catch it. */
export const BURST_VISIBLE_SECONDS = 1

function rateAt(arrivals: ArrivalProcess, seconds: number, startSecond: number, endSecond: number): number {
  switch (arrivals.Process) {
    case 'constant':
    case 'poisson': return arrivals.RatePerSecond
    case 'ramp': {
      const share = endSecond > startSecond ? (seconds - startSecond) / (endSecond - startSecond) : 0
      return arrivals.FromRatePerSecond + (arrivals.ToRatePerSecond - arrivals.FromRatePerSecond) * share
    }
    case 'burst': return seconds >= arrivals.AtSecond && seconds < arrivals.AtSecond + BURST_VISIBLE_SECONDS ? arrivals.Count : 0
    case 'step': {
      const current = [...(arrivals.Steps ?? [])].filter((s) => s.AtSecond <= seconds).sort((a, b) => b.AtSecond - a.AtSecond)[0]
      return current?.RatePerSecond ?? 0
    }
    case 'sine': {
      const period = arrivals.PeriodSeconds ?? 86_400
      const phase = arrivals.PhaseSeconds ?? 0
      return Math.max(0, arrivals.MeanRatePerSecond + arrivals.AmplitudePerSecond * Math.sin((2 * Math.PI * (seconds + phase)) / period))
    }
    case 'replay': return 1
    default: return 0
  }
}

export function trafficActiveAt(traffic: TrafficConfig, nowMs: number, durationSeconds: number | undefined): boolean {
  const seconds = nowMs / 1000
  const start = traffic.StartSecond ?? 0
  const end = traffic.EndSecond ?? durationSeconds ?? DEFAULT_DURATION_SECONDS
  if (seconds < start || seconds >= end || typeof traffic.Arrivals !== 'object') return false
  return rateAt(traffic.Arrivals, seconds, start, end) > 0
}
