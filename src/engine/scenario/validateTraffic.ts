/** Traffic sources: what they invoke, how, when, and at what rate. */
import { field, item, type Fields } from './check.ts'
import { withinRun, type ScenarioContext, type TimelineCreations } from './context.ts'
import { formatNumber } from './describe.ts'
import { checkRequestFits } from './validateTrafficRequest.ts'
import { checkTrafficTarget } from './validateTrafficTarget.ts'
import type { ArrivalProcess, InvocationType, TrafficConfig } from './types.ts'
import { parseReplay } from '../traffic/replay.ts'

type Process = ArrivalProcess['Process']

const TRAFFIC_FIELDS: Fields<TrafficConfig> = {
  Target: 'required', InvocationType: 'optional', Arrivals: 'required', StartSecond: 'optional', EndSecond: 'optional', Payload: 'optional',
  Request: 'optional',
}
const ARRIVAL_FIELDS: { readonly [K in Process]: Fields<Extract<ArrivalProcess, { Process: K }>> } = {
  constant: { Process: 'required', RatePerSecond: 'required' },
  poisson: { Process: 'required', RatePerSecond: 'required' },
  ramp: { Process: 'required', FromRatePerSecond: 'required', ToRatePerSecond: 'required' },
  burst: { Process: 'required', Count: 'required', AtSecond: 'required' },
  step: { Process: 'required', Steps: 'required' },
  sine: { Process: 'required', MeanRatePerSecond: 'required', AmplitudePerSecond: 'required', PeriodSeconds: 'optional', PhaseSeconds: 'optional' },
  replay: { Process: 'required', Csv: 'required' },
}
const STEP_FIELDS: Fields<{ AtSecond: number; RatePerSecond: number }> = { AtSecond: 'required', RatePerSecond: 'required' }
const PROCESSES = Object.keys(ARRIVAL_FIELDS) as Process[]
const INVOCATION_TYPES: readonly InvocationType[] = ['RequestResponse', 'Event', 'DryRun']

export function checkTraffic(ctx: ScenarioContext, value: unknown, at: string, creations: TimelineCreations): void {
  const { c } = ctx
  c.array(value, at)?.forEach((raw, i) => {
    const sourceAt = item(at, i)
    const source = c.object(raw, sourceAt, TRAFFIC_FIELDS)
    if (source === undefined) return
    const kind = checkTrafficTarget(ctx, source.Target, field(sourceAt, 'Target'), creations)
    c.oneOf(source.InvocationType, field(sourceAt, 'InvocationType'), INVOCATION_TYPES)
    if (kind !== undefined) checkRequestFits(ctx, source, sourceAt, kind)
    checkArrivals(ctx, source.Arrivals, field(sourceAt, 'Arrivals'))
    const start = c.number(source.StartSecond, field(sourceAt, 'StartSecond'), withinRun(ctx))
    const end = c.number(source.EndSecond, field(sourceAt, 'EndSecond'), withinRun(ctx))
    const effectiveStart = source.StartSecond === undefined ? 0 : start
    if (effectiveStart !== undefined && end !== undefined && effectiveStart >= end) {
      c.report(field(sourceAt, 'EndSecond'), 'traffic-window', `EndSecond (${formatNumber(end)}) must come after StartSecond (${formatNumber(effectiveStart)}); traffic runs from StartSecond until EndSecond`)
    }
  })
}

function checkArrivals(ctx: ScenarioContext, value: unknown, at: string): void {
  const { c } = ctx
  const raw = c.map(value, at)
  if (raw === undefined) return
  const process = c.discriminant(raw, 'Process', at, PROCESSES)
  if (process === undefined) return
  const rate = { min: 0, unit: 'requests per second' }
  switch (process) {
    case 'constant':
    case 'poisson': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS[process])
      c.number(arrivals?.RatePerSecond, field(at, 'RatePerSecond'), rate)
      return
    }
    case 'ramp': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS.ramp)
      c.number(arrivals?.FromRatePerSecond, field(at, 'FromRatePerSecond'), rate)
      c.number(arrivals?.ToRatePerSecond, field(at, 'ToRatePerSecond'), rate)
      return
    }
    case 'burst': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS.burst)
      c.integer(arrivals?.Count, field(at, 'Count'), { min: 1 })
      c.number(arrivals?.AtSecond, field(at, 'AtSecond'), withinRun(ctx))
      return
    }
    case 'step': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS.step)
      const stepsAt = field(at, 'Steps')
      const steps = c.array(arrivals?.Steps, stepsAt)
      if (steps?.length === 0) c.report(stepsAt, 'range', 'Steps needs at least one { "AtSecond", "RatePerSecond" }')
      steps?.forEach((rawStep, i) => {
        const step = c.object(rawStep, item(stepsAt, i), STEP_FIELDS)
        c.number(step?.AtSecond, field(item(stepsAt, i), 'AtSecond'), withinRun(ctx))
        c.number(step?.RatePerSecond, field(item(stepsAt, i), 'RatePerSecond'), rate)
      })
      return
    }
    case 'sine': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS.sine)
      c.number(arrivals?.MeanRatePerSecond, field(at, 'MeanRatePerSecond'), rate)
      c.number(arrivals?.AmplitudePerSecond, field(at, 'AmplitudePerSecond'), rate)
      c.number(arrivals?.PeriodSeconds, field(at, 'PeriodSeconds'), { above: 0, unit: 'seconds', why: 'one full cycle; 86,400 is a day' })
      c.number(arrivals?.PhaseSeconds, field(at, 'PhaseSeconds'), { unit: 'seconds' })
      return
    }
    case 'replay': {
      const arrivals = c.object(raw, at, ARRIVAL_FIELDS.replay)
      const csv = c.string(arrivals?.Csv, field(at, 'Csv'))
      if (csv === undefined) return
      const parsed = parseReplay(csv)
      if (!parsed.ok) c.report(field(at, 'Csv'), 'replay-trace', `Line ${parsed.line} of the trace: ${parsed.message}; each line is seconds[,payload]`)
      else if (parsed.arrivals.length === 0) c.report(field(at, 'Csv'), 'replay-trace', 'The trace has no arrivals; each line is seconds[,payload]')
      return
    }
    default: {
      const unknown: never = process
      throw new Error(`Unhandled arrival process ${String(unknown)}`)
    }
  }
}
