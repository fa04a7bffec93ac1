/** The CLI's readable report: the cost a learner reads, with the provisioned pollers as AWS bills them. */
import { describe, expect, test } from 'vitest'
import type { FunctionSummary, RunSummary } from '../engine/api.ts'
import { formatReport } from './report.ts'

const fn = (cost: Partial<FunctionSummary>): FunctionSummary => ({
  Invocations: 10, Errors: 0, Throttles: 0, ColdStarts: 1, ConcurrentExecutions: { Average: 1, Maximum: 1 },
  Environments: { Average: 1, Maximum: 1, Created: 1 }, Duration: { Average: 100, p50: 100, p99: 100 }, ExecutedVersions: { $LATEST: 10 },
  ProvisionedConcurrencyInvocations: 0, ProvisionedConcurrencySpilloverInvocations: 0, AsyncEventsReceived: 0, AsyncEventsDropped: 0,
  GBSeconds: 0.125, CostUSD: 0.0000041, ...cost,
})

const summary: RunSummary = {
  Seed: 1, DurationSeconds: 3600,
  Functions: {
    worker: fn({
      CostUSD: 0.0370041,
      CostBreakdownUSD: { Requests: 0.000002, Duration: 0.0000021, ProvisionedConcurrency: 0, EphemeralStorage: 0, EventSourceMappingProvisionedPollers: 0.037 },
    }),
    plain: fn({}),
    looping: fn({ RecursiveInvocationsDropped: 3 }),
  },
  Queues: {
    orders: {
      MessagesReceived: 10, MessagesDeleted: 10, MessagesMovedToDeadLetterQueue: 0, MessagesDropped: {}, ApproximateNumberOfMessagesVisible: 0,
      ApproximateNumberOfMessagesNotVisible: 0, ApproximateNumberOfMessagesDelayed: 0, MaximumConcurrentInvocations: 1,
      EventSourceMappings: {
        'uuid-1': { FunctionName: 'worker', State: 'Enabled', MaximumConcurrentInvocations: 1, ProvisionedPollers: { Current: 4, Maximum: 4 }, EventPollerUnitHours: 4, EventPollerCostUSD: 0.037 },
      },
    },
  },
}

describe('formatReport', () => {
  const report = formatReport('pollers.json', summary, 0.5)
  const section = (name: string) => report.split('\n\n').find((block) => block.startsWith(name)) ?? ''

  test('lists the cost by AWS line item under the total, the provisioned pollers among them', () => {
    const worker = section('Function worker')
    expect(worker).toMatch(/ {2}Cost \(USD\) +\$0\.0370\n/)
    expect(worker).toMatch(/ {4}Event source mapping provisioned pollers +\$0\.0370$/m)
    expect(worker).toMatch(/ {4}Requests +\$0\.0000$/m)
    // Line items that cost nothing are left out.
    expect(worker).not.toContain('Provisioned concurrency')
  })

  test('a function without provisioned pollers shows its total only', () => {
    expect(section('Function plain')).not.toContain('Requests')
  })

  test('a queue read in provisioned mode shows the EPU-hours and their price', () => {
    expect(report).toMatch(/ {2}orders +10 messages received, provisioned pollers 4\.00 EPU-hours \(\$0\.0370\)/)
  })

  test('a function loop detection stopped shows RecursiveInvocationsDropped; others do not mention it', () => {
    expect(section('Function looping')).toMatch(/ {2}RecursiveInvocationsDropped +3$/m)
    expect(section('Function plain')).not.toContain('RecursiveInvocationsDropped')
  })
})
