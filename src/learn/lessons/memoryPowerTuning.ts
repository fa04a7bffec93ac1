import markdown from '../../../scenarios/memory-power-tuning.md?raw'
import { catalogDocument } from '../catalogDocuments.ts'
import { multiple, right, single, wrong } from './build.ts'
import { count, finding, functionOf, oneSettingChanged, verdict } from './checks.ts'
import type { Lesson } from './lesson.ts'

const ORIGINAL = catalogDocument('memory-power-tuning')
/** 2 requests a second for 300 s. */
const MIN_INVOCATIONS = 550

export const memoryPowerTuning: Lesson = {
  markdown,
  challenges: [
    {
      id: 'under-a-second',
      title: 'Under a second, under twice the price',
      statement: 'Change `resize`\'s `MemorySize` (and nothing else) so that its **p50 Duration is under 1,000 ms** while it costs **at most twice** what `power-128` costs for the same traffic.',
      hints: [
        'Read the sweep: each `power-*` function is `resize` at one memory size, with the same traffic.',
        'At 1,024 MB the work takes about 850 ms and costs about 1.7 × the 128 MB run; at 1,769 MB it costs over 2 ×.',
        'Any size from about 800 to 1,300 MB meets both targets.',
      ],
      check: ({ document, summary }) => {
        const resize = functionOf(summary, 'resize')
        const baseline = functionOf(summary, 'power-128')
        const ratio = baseline.CostUSD > 0 ? resize.CostUSD / baseline.CostUSD : Infinity
        return verdict([
          oneSettingChanged(ORIGINAL, document, (path) => path === 'Functions[resize].MemorySize', '`resize`\'s MemorySize'),
          finding(resize.Invocations >= MIN_INVOCATIONS, `resize ran ${count(resize.Invocations)} times`),
          finding(resize.Invocations > 0 && resize.Duration.p50 < 1000, `its p50 Duration was ${count(resize.Duration.p50)} ms`),
          finding(ratio <= 2, `it cost ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'an unknown multiple of'} × power-128's $${baseline.CostUSD.toFixed(5)}`),
        ])
      },
    },
  ],
  quiz: [
    single('cpu',
      'How does Lambda allocate CPU?',
      right('In proportion to memory: one full vCPU at 1,769 MB, up to 6 vCPUs at 10,240 MB.',
        'That is why `power-256` ran about twice as fast as `power-128` in this run.'),
      wrong('One vCPU for every function, whatever its memory.', 'Then every `power-*` function would have had the same duration; the Duration charts fell from 4 s to 0.66 s.'),
      wrong('It is set separately with a CPU setting.', 'Lambda has no CPU setting; `MemorySize` is the only knob.'),
    ),
    single('plateau',
      '`power-1769` and `power-3008` ran equally fast in this run. Why?',
      right('The work uses one thread: past 1,769 MB (one full vCPU) the extra vCPUs sit idle.',
        'Their p50 Durations were both about 660 ms, while `power-3008` cost about 1.7 × as much.'),
      wrong('Lambda caps CPU at 1,769 MB.', 'CPU keeps growing to 6 vCPUs at 10,240 MB; a multi-threaded handler would use it.'),
      wrong('The network was the bottleneck for both.', 'Only 10 % of this work is not CPU-bound; that part is the same at every size, but it does not explain the plateau.'),
    ),
    multiple('billing',
      'What is a function\'s duration charge made of? (Choose all that apply.)',
      right('Duration rounded up to the next millisecond.', 'Since December 2020 billing is per millisecond; the REPORT lines show Billed Duration.'),
      right('Configured memory, in GB: the charge is per GB-second.', 'At the same duration, 1,024 MB costs 8 × 128 MB.'),
      wrong('The memory actually used (Max Memory Used).', 'Billing uses the configured `MemorySize`, whatever the function uses.'),
      wrong('A fixed charge per environment created.', 'There is no charge per environment; on-demand functions pay requests and GB-seconds.'),
    ),
  ],
  presenter: [],
}
