/**
 * EventBridge schedule expressions: `rate(value unit)` and `cron(...)` (cron.ts).
 * A rate takes a positive whole number and `minute`/`minutes`, `hour`/`hours` or `day`/`days`,
 * singular exactly when the value is 1, as EventBridge insists.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
 */
import { nextCronFire, parseCron, type CronSpec } from './cron.ts'

export type Schedule = { readonly kind: 'rate'; readonly periodMs: number } | { readonly kind: 'cron'; readonly cron: CronSpec }

const UNIT_MS: Readonly<Record<string, number>> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 }

export function parseSchedule(expression: string): { ok: true; schedule: Schedule } | { ok: false; message: string } {
  const rate = /^rate\((.*)\)$/.exec(expression)
  if (rate) {
    const match = /^\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*$/.exec(rate[1] as string)
    if (!match) return { ok: false, message: 'a rate is rate(<whole number> <minutes|hours|days>), e.g. rate(5 minutes)' }
    const value = Number(match[1])
    const unit = match[2] as string
    const singular = !unit.endsWith('s')
    if (value < 1) return { ok: false, message: 'a rate is at least 1' }
    if (singular !== (value === 1)) {
      return { ok: false, message: `write rate(1 ${unit.replace(/s$/, '')}) for one, and plural units above one (rate(${value} ${unit.replace(/s$/, '')}s))` }
    }
    return { ok: true, schedule: { kind: 'rate', periodMs: value * (UNIT_MS[unit.replace(/s$/, '')] as number) } }
  }
  const cron = /^cron\((.*)\)$/.exec(expression)
  if (cron) {
    const parsed = parseCron(cron[1] as string)
    return parsed.ok ? { ok: true, schedule: { kind: 'cron', cron: parsed.cron } } : parsed
  }
  return { ok: false, message: 'a schedule is rate(...) or cron(...), e.g. rate(5 minutes) or cron(0 12 * * ? *)' }
}

/**
 * The schedule's first firing after `afterMs` of virtual time (whose origin is `epochMs` since 1970),
 * or null when none comes by `untilMs`. A rate fires every period from the start of the run (its
 * first at one period, as a rule created at the start would); a cron on UTC clock minutes.
 */
export function nextFireMs(schedule: Schedule, afterMs: number, untilMs: number, epochMs: number): number | null {
  if (schedule.kind === 'rate') {
    const next = (Math.floor(afterMs / schedule.periodMs) + 1) * schedule.periodMs
    return next <= untilMs ? next : null
  }
  const at = nextCronFire(schedule.cron, epochMs + afterMs, epochMs + untilMs)
  return at === null ? null : at - epochMs
}
