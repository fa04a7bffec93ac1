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

/**
 * Runs alternate, each mixed run beside a single-function run, and the target is judged on the
 * median of the pairs' ratios: on a shared machine the speed of both drifts by tens of percent
 * within a minute, and a pair's two runs see the same drift where separate medians would not.
 * At least 5 pairs, whatever the other benchmarks' repeat count.
 */
export function benchMixed(repeats: number): string[] {
  const pairs = Math.max(5, repeats)
  const lines = [`Mixed event-source graph, 1,000 events/s for one simulated hour (model-only; ${pairs} pairs of processes, each a mixed run then a single-function run)`]
  const mixed: number[] = []
  const single: number[] = []
  const ratios: number[] = []
  let last: MixedRun | undefined
  for (let i = 0; i < pairs; i++) {
    const run = runScript<MixedRun>(MIXED, [String(HOUR)])
    last = run.output
    const one = runScript<EngineRun>(SINGLE, ['1000', String(HOUR)])
    mixed.push(run.output.events / run.wallSeconds)
    single.push(one.output.invocations / one.wallSeconds)
    ratios.push((mixed[i] as number) / (single[i] as number))
  }
  const ratio = median(ratios)
  lines.push(`  source events ${format(last?.events ?? 0)}, function invocations ${format(last?.invocations ?? 0)}, peak RSS ${format(last?.maxRssMb ?? 0)} MB`)
  lines.push(`  mixed graph: median ${format(median(mixed))} events/s (whole process); single function: median ${format(median(single))} invocations/s`)
  lines.push(`  ratio per pair: ${ratios.map((r) => r.toFixed(2)).join(', ')}; median ${ratio.toFixed(2)}`)
  lines.push(`  target: ≥ 0.5 of the single-function speed: ${ratio >= 0.5 ? 'met' : 'NOT met'}`)
  return lines
}
