/**
 * Issue #2's targets: ≥ 1,000,000 simulated invocations per second of wall time (whole process, one
 * core) for a one-hour run at 1,000 requests per second of 200 ms work, with 100 and 10,000 rps
 * reported too; and peak memory flat in the run's length, a 10-million-invocation run under 300 MB.
 */
import { format, median, runScript } from './measure.ts'

interface EngineRun { invocations: number; throttles: number; runSeconds: number; maxRssMb: number }

const SCRIPT = new URL('./engineRun.ts', import.meta.url).pathname

/** Rates and simulated seconds: one hour at 100 and 1,000 rps; ten minutes at 10,000 rps keeps the bench short. */
const RUNS: readonly [number, number][] = [[100, 3600], [1000, 3600], [10_000, 600]]

export function benchEngine(repeats: number): string[] {
  const lines = [`Engine throughput (model-only, one function, 200 ms work; median of ${repeats} processes)`]
  lines.push('  rps      simulated s   invocations   whole process s   invocations/s (whole)   invocations/s (run only)   peak RSS MB')
  const wholeRates: Record<number, number> = {}
  for (const [rate, seconds] of RUNS) {
    const runs = Array.from({ length: repeats }, () => runScript<EngineRun>(SCRIPT, [String(rate), String(seconds)]))
    const invocations = runs[0]?.output.invocations ?? 0
    const whole = median(runs.map((r) => invocations / r.wallSeconds))
    const runOnly = median(runs.map((r) => invocations / r.output.runSeconds))
    wholeRates[rate] = whole
    lines.push(`  ${String(rate).padEnd(8)} ${format(seconds).padStart(11)}   ${format(invocations).padStart(11)}   ${format(median(runs.map((r) => r.wallSeconds)), 2).padStart(15)}   ${format(whole).padStart(21)}   ${format(runOnly).padStart(24)}   ${format(median(runs.map((r) => r.output.maxRssMb))).padStart(11)}`)
  }
  lines.push(`  target: ≥ 1,000,000 invocations/s at 1,000 rps (whole process): ${(wholeRates[1000] ?? 0) >= 1_000_000 ? 'met' : 'NOT met'}`)

  lines.push('', 'Peak memory against run length (1,000 rps of 200 ms work)')
  const memory: [number, number][] = []
  for (const seconds of [1000, 3600, 10_000]) {
    const run = runScript<EngineRun>(SCRIPT, ['1000', String(seconds)])
    memory.push([run.output.invocations, run.output.maxRssMb])
    lines.push(`  ${format(run.output.invocations).padStart(11)} invocations   peak RSS ${format(run.output.maxRssMb)} MB`)
  }
  const tenMillion = memory[memory.length - 1]?.[1] ?? Infinity
  lines.push(`  target: a 10-million-invocation run under 300 MB: ${tenMillion < 300 ? 'met' : 'NOT met'} (${format(tenMillion)} MB)`)
  return lines
}
