/**
 * Issue #4's target: the mixed graph (API Gateway, SQS with batching, Kinesis with 8 shards, SNS
 * fan-out to 3 functions) at 1,000 events per second for one simulated hour, model-only, runs at no
 * less than half the engine's single-function speed (1,000 rps of one function, events = requests).
 */
import { format, median, runScript } from './measure.ts'

interface MixedRun { events: number; invocations: number; runSeconds: number; maxRssMb: number }
interface EngineRun { invocations: number; runSeconds: number }

const MIXED = new URL('./mixedRun.ts', import.meta.url).pathname
const SINGLE = new URL('./engineRun.ts', import.meta.url).pathname
const HOUR = 3600

export function benchMixed(repeats: number): string[] {
  const lines = [`Mixed event-source graph, 1,000 events/s for one simulated hour (model-only; median of ${repeats} processes, alternating with the single-function run)`]
  const mixed: number[] = []
  const single: number[] = []
  let last: MixedRun | undefined
  for (let i = 0; i < repeats; i++) {
    const run = runScript<MixedRun>(MIXED, [String(HOUR)])
    last = run.output
    mixed.push(run.output.events / run.wallSeconds)
    const one = runScript<EngineRun>(SINGLE, ['1000', String(HOUR)])
    single.push(one.output.invocations / one.wallSeconds)
  }
  const ratio = median(mixed) / median(single)
  lines.push(`  source events ${format(last?.events ?? 0)}, function invocations ${format(last?.invocations ?? 0)}, peak RSS ${format(last?.maxRssMb ?? 0)} MB`)
  lines.push(`  mixed graph: ${format(median(mixed))} events/s (whole process); single function: ${format(median(single))} invocations/s; ratio ${ratio.toFixed(2)}`)
  lines.push(`  target: ≥ 0.5 of the single-function speed: ${ratio >= 0.5 ? 'met' : 'NOT met'}`)
  return lines
}
