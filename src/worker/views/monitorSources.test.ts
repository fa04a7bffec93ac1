/** The Monitor's event-source series: queue depth and iterator age appear when the run has them. */
import { describe, expect, test } from 'vitest'
import { oneFunction, simulate } from '../../engine/testing/harness.ts'
import { buildMonitorFrame } from './monitorView.ts'

/** `fn` reading queue `jobs` two messages at a time, `fn` taking 100 ms each, 50 messages a second arriving. */
function queueRun() {
  const scenario = oneFunction({}, [{ Target: 'Queue:jobs', Arrivals: { Process: 'poisson', RatePerSecond: 50 } }], {
    Queues: [{ QueueName: 'jobs' }, { QueueName: 'unrelated' }],
    EventSourceMappings: [{ EventSourceArn: 'jobs', FunctionName: 'fn', BatchSize: 1, ScalingConfig: { MaximumConcurrency: 2 } }],
  })
  const { sim } = simulate(scenario)
  sim.runUntil(20_000)
  return { sim, scenario }
}

describe('monitor sources', () => {
  test('a function’s queue shows its ApproximateNumberOfMessagesVisible; queues it does not read are left out', () => {
    const { sim, scenario } = queueRun()
    const sources = buildMonitorFrame(sim, scenario, { functionName: 'fn', window: '2m' }).sources
    expect(sources.map((s) => [s.kind, s.name, s.metric])).toEqual([['Queue', 'jobs', 'ApproximateNumberOfMessagesVisible']])
    // 50 messages a second against at most 2 × 10 a second drained: the backlog grows.
    expect(sources[0]?.points.at(-1)?.values.ApproximateNumberOfMessagesVisible).toBeGreaterThan(100)
  })

  test('without a function, every queue is charted', () => {
    const { sim, scenario } = queueRun()
    const sources = buildMonitorFrame(sim, scenario, { functionName: null, window: '2m' }).sources
    expect(sources.map((s) => s.name)).toEqual(['jobs', 'unrelated'])
  })
})
