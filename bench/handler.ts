/** Issue #3's end-to-end target: a 10-minute simulated run of 100 rps through a real handler in under 5 seconds. */
import { format, median, runScript } from './measure.ts'

interface HandlerRun { invocations: number; errors: number; runSeconds: number }

const SCRIPT = new URL('./handlerRun.ts', import.meta.url).pathname

const VARIANTS = [
  ['orders', 'the bundled scenarios\' handler (returns a JSON body)'],
  ['await-and-log', 'a heavier one (awaits 20 ms, logs a line, reads the context)'],
] as const

export function benchHandler(repeats: number): string[] {
  const lines = [`Real handlers through QuickJS, 100 rps for 10 simulated minutes (60,000 invocations); median of ${repeats} processes`]
  for (const [variant, label] of VARIANTS) {
    const runs = Array.from({ length: repeats }, () => runScript<HandlerRun>(SCRIPT, [variant]))
    const whole = median(runs.map((r) => r.wallSeconds))
    const errors = runs[0]?.output.errors ?? 0
    lines.push(`  ${label}: ${format(whole, 2)} s whole process (${format(median(runs.map((r) => r.output.runSeconds)), 2)} s run), ${format(errors)} errors   target < 5 s: ${whole < 5 ? 'met' : 'NOT met'}`)
  }
  return lines
}
