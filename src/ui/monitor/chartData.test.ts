/** Shaping CloudWatch series into chart rows: gaps where CloudWatch reports nothing, joins on buckets. */
import { describe, expect, test } from 'vitest'
import type { RunSummary } from '../../engine/api.ts'
import type { MonitorFrame } from '../../worker/views/types.ts'
import { asyncEventAgeAverage, decimateRows, durationStatistic, field, joinedRows, rowsOf, type ChartRow } from './chartData.ts'
import { addCostSample, costRowsSince, MAX_COST_SAMPLES, POLLERS_COST_KEY } from './costHistory.ts'
import { monitorCharts, type MonitorContext } from './monitorCharts.ts'

const point = (tMs: number, values: Record<string, number>) => ({ tMs, values })

describe('chart rows', () => {
  test('one row per bucket, time in virtual seconds, one column per line', () => {
    const rows = rowsOf([point(0, { Invocations: 3 }), point(1000, { Invocations: 5 })], { Invocations: field('Invocations') })
    expect(rows).toEqual([{ tSeconds: 0, Invocations: 3 }, { tSeconds: 1, Invocations: 5 }])
  })

  test('a duration percentile is a gap in a bucket where no invocation finished, not 0 ms', () => {
    const p50 = durationStatistic('DurationP50')
    expect(p50({ DurationSum: 0, DurationP50: 0 })).toBeNull()
    expect(p50({ DurationSum: 240, DurationP50: 120 })).toBe(120)
  })

  test('AsyncEventAge Average is the sum of ages over their count', () => {
    expect(asyncEventAgeAverage({ AsyncEventAgeSum: 3000, AsyncEventAgeCount: 2 })).toBe(1500)
    expect(asyncEventAgeAverage({ AsyncEventAgeSum: 0, AsyncEventAgeCount: 0 })).toBeNull()
  })

  test('series are joined on their buckets; a series missing a bucket leaves a gap', () => {
    const rows = joinedRows([
      { key: 'version:1', points: [point(0, { Invocations: 9 }), point(1000, { Invocations: 8 })] },
      { key: 'version:2', points: [point(1000, { Invocations: 1 })] },
    ], field('Invocations'))
    expect(rows).toEqual([
      { tSeconds: 0, 'version:1': 9, 'version:2': null },
      { tSeconds: 1, 'version:1': 8, 'version:2': 1 },
    ])
  })
})

describe('rows for a plot narrower than its buckets', () => {
  const rows: ChartRow[] = Array.from({ length: 360 }, (_, i) => ({ tSeconds: i * 60, Invocations: i === 100 ? 900 : i === 200 ? 0 : 10, p99: i < 180 ? null : 5 }))

  test('as many rows as pixels or fewer are drawn as they are', () => {
    expect(decimateRows(rows, ['Invocations', 'p99'], 360)).toBe(rows)
  })

  test('more rows than pixels become a low and a high row per group, keeping spikes, dips and gaps', () => {
    const drawn = decimateRows(rows, ['Invocations', 'p99'], 120)
    expect(drawn.length).toBeLessThanOrEqual(120)
    expect(Math.max(...drawn.map((row) => row.Invocations ?? 0))).toBe(900)
    expect(Math.min(...drawn.map((row) => row.Invocations ?? Infinity))).toBe(0)
    expect(drawn[0]).toEqual({ tSeconds: 0, Invocations: 10, p99: null })
    expect(drawn.at(-1)?.p99).toBe(5)
    // Time still runs forward.
    expect(drawn.every((row, i) => i === 0 || row.tSeconds > (drawn[i - 1] as ChartRow).tSeconds)).toBe(true)
  })
})

const baseFrame: MonitorFrame = {
  window: '2m', resolutionMs: 1000, nowMs: 2000, accountConcurrencyLimit: 1000,
  account: [point(0, { ConcurrentExecutions: 2, UnreservedConcurrentExecutions: 2, ClaimedAccountConcurrency: 2, Throttles: 0 })],
  function: {
    functionName: 'orders',
    series: [point(0, { Invocations: 4, Errors: 1, DurationSum: 400, DurationP50: 100 }), point(1000, { Invocations: 2 })],
    byVersion: [{ version: '1', points: [point(0, { Invocations: 4 })] }],
  },
  sources: [],
}
const context: MonitorContext = { reservedConcurrency: 50, provisionedAllocated: 0, costRows: [] }
const ids = (frame: MonitorFrame, ctx = context) => monitorCharts(frame, ctx).map((c) => c.id)

describe('which charts the Monitor draws', () => {
  test('the function charts, then the account; async charts only when async events were received', () => {
    expect(ids(baseFrame)).toEqual(['invocations', 'errors-throttles', 'duration', 'concurrency', 'cold-starts', 'executed-version', 'account-concurrency'])
    const async = { ...baseFrame, function: { ...baseFrame.function!, series: [point(0, { AsyncEventsReceived: 1 })] } }
    expect(ids(async)).toContain('async-age')
    expect(ids(async)).toContain('async-events')
  })

  test('ConcurrentExecutions is drawn against the account limit and the reserved concurrency; provisioned only when allocated', () => {
    const concurrency = monitorCharts(baseFrame, context).find((c) => c.id === 'concurrency')
    expect(concurrency?.limits.map((l) => l.label)).toEqual(['Account limit 1000', 'Reserved 50'])
    const provisioned = monitorCharts(baseFrame, { ...context, provisionedAllocated: 10 }).find((c) => c.id === 'concurrency')
    expect(provisioned?.limits.map((l) => l.value)).toEqual([1000, 50, 10])
  })

  test('queue depth and IteratorAge charts appear when the frame has those sources, one line per source', () => {
    const frame: MonitorFrame = {
      ...baseFrame,
      sources: [
        { kind: 'Queue', name: 'orders-queue', metric: 'ApproximateNumberOfMessagesVisible', points: [point(0, { ApproximateNumberOfMessagesVisible: 7 })] },
        { kind: 'EventSourceMapping', name: 'clicks', metric: 'IteratorAge', points: [point(0, { IteratorAge: 1200 })] },
      ],
    }
    const charts = monitorCharts(frame, context)
    expect(charts.find((c) => c.id === 'queue-depth')?.rows).toEqual([{ tSeconds: 0, 'Queue:orders-queue': 7 }])
    expect(charts.find((c) => c.id === 'iterator-age')?.lines.map((l) => l.label)).toEqual(['clicks'])
  })

  test('a function’s own IteratorAge stands for its stream mappings', () => {
    const fn = { ...baseFrame.function!, series: [point(0, { IteratorAge: 0 }), point(1000, { IteratorAge: 2500 })] }
    const source = { kind: 'EventSourceMapping' as const, name: 'uuid-1', metric: 'IteratorAge' as const, points: [point(0, { IteratorAge: 9 })] }
    const chart = monitorCharts({ ...baseFrame, function: fn, sources: [source] }, context).find((c) => c.id === 'iterator-age')
    expect(chart?.lines.map((l) => l.label)).toEqual(['orders'])
    expect(chart?.rows.at(-1)).toEqual({ tSeconds: 1, orders: 2500 })
  })

  test('the running cost chart appears once cost samples exist', () => {
    expect(ids(baseFrame, { ...context, costRows: [{ tSeconds: 1, CostUSD: 0.001 }] })).toContain('cost')
  })

  test('provisioned pollers are a line of their own in the cost chart, under AWS\'s name for them', () => {
    const cost = (costRows: MonitorContext['costRows']) => monitorCharts(baseFrame, { ...context, costRows }).find((c) => c.id === 'cost')
    expect(cost([{ tSeconds: 1, CostUSD: 0.001 }])?.lines.map((l) => l.label)).toEqual(['Cost'])
    const withPollers = cost([{ tSeconds: 1, CostUSD: 0.003, [POLLERS_COST_KEY]: 0.002 }])
    expect(withPollers?.lines.map((l) => [l.key, l.label])).toEqual([['CostUSD', 'Cost'], [POLLERS_COST_KEY, 'Event source mapping provisioned pollers']])
    expect(withPollers?.rows).toEqual([{ tSeconds: 1, CostUSD: 0.003, EventSourceMappingProvisionedPollers: 0.002 }])
  })
})

const summaryCosting = (costUSD: number) => ({ Functions: { orders: { CostUSD: costUSD } } }) as unknown as RunSummary
const summaryWithPollers = (costUSD: number, pollersUSD: number) =>
  ({ Functions: { orders: { CostUSD: costUSD, CostBreakdownUSD: { EventSourceMappingProvisionedPollers: pollersUSD } } } }) as unknown as RunSummary

describe('cost history', () => {
  test('samples accumulate in time order; the same instant replaces its sample', () => {
    let history = addCostSample(new Map(), 1000, summaryCosting(1))
    history = addCostSample(history, 2000, summaryCosting(2))
    history = addCostSample(history, 2000, summaryCosting(3))
    expect(history.get('orders')).toEqual([{ tSeconds: 1, CostUSD: 1 }, { tSeconds: 2, CostUSD: 3 }])
    expect(costRowsSince(history, 'orders', 2)).toEqual([{ tSeconds: 2, CostUSD: 3 }])
  })

  test('a summary that bills provisioned pollers adds their part to the sample', () => {
    const history = addCostSample(new Map(), 3000, summaryWithPollers(0.01, 0.004))
    expect(history.get('orders')).toEqual([{ tSeconds: 3, CostUSD: 0.01, [POLLERS_COST_KEY]: 0.004 }])
  })

  test('a clock that goes back (a reset) starts over', () => {
    const history = addCostSample(addCostSample(new Map(), 5000, summaryCosting(5)), 1000, summaryCosting(0.5))
    expect(history.get('orders')).toEqual([{ tSeconds: 1, CostUSD: 0.5 }])
  })

  test(`at most ${MAX_COST_SAMPLES} samples are kept`, () => {
    let history = addCostSample(new Map(), 0, summaryCosting(0))
    for (let i = 1; i <= MAX_COST_SAMPLES + 10; i++) history = addCostSample(history, i * 1000, summaryCosting(i))
    expect(history.get('orders')).toHaveLength(MAX_COST_SAMPLES)
    expect(history.get('orders')?.at(-1)).toEqual({ tSeconds: MAX_COST_SAMPLES + 10, CostUSD: MAX_COST_SAMPLES + 10 })
  })
})
