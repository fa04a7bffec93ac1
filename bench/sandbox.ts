/**
 * The QuickJS sandbox's targets: ≥ 50,000 warm invocations per second of a trivial async handler
 * in one process; a cold start (new environment + init of a 50-line handler) under 5 ms at the
 * median; 1,000 live environments holding code under 500 MB of RSS.
 */
import { format, median, runScript } from './measure.ts'

const SCRIPT = new URL('./sandboxRun.ts', import.meta.url).pathname

export function benchSandbox(repeats: number): string[] {
  const lines = [`QuickJS sandbox (median of ${repeats} processes)`]
  const warm = median(Array.from({ length: repeats }, () => runScript<{ invocationsPerSecond: number }>(SCRIPT, ['warm']).output.invocationsPerSecond))
  lines.push(`  warm invocations/s (trivial async handler, one environment)   ${format(warm).padStart(8)}   target ≥ 50,000: ${warm >= 50_000 ? 'met' : 'NOT met'}`)
  const colds = Array.from({ length: repeats }, () => runScript<{ medianMs: number; p90Ms: number }>(SCRIPT, ['cold']).output)
  const cold = median(colds.map((run) => run.medianMs))
  lines.push(`  cold start ms (new environment + init, 50-line handler)      ${format(cold, 2).padStart(8)}   p90 ${format(median(colds.map((run) => run.p90Ms)), 2)}   target < 5: ${cold < 5 ? 'met' : 'NOT met'}`)
  const rss = median(Array.from({ length: repeats }, () => runScript<{ rssMb: number }>(SCRIPT, ['rss']).output.rssMb))
  lines.push(`  RSS MB with 1,000 live environments holding code             ${format(rss).padStart(8)}   target < 500: ${rss < 500 ? 'met' : 'NOT met'}`)
  return lines
}
