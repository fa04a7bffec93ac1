/** Timeline `UpdateEventSourceMapping` entries: the mapping by UUID, the settings it may change, and the mapping it makes [API]. */
import { describe, expect, test } from 'vitest'
import { mappingUuidOf } from '../sources/mappingIds.ts'
import { onlyMessage, problems, scenario, type Doc } from './scenarioFixtures.ts'

const QUEUE = mappingUuidOf('orders', 'api')
const STREAM = mappingUuidOf('clicks', 'api')

/** A queue mapping and a stream mapping of `api`, changed by the given updates in the Timeline. */
function withUpdates(...updates: [number, Doc][]): Doc {
  return scenario({
    Functions: [{ FunctionName: 'api' }, { FunctionName: 'slow', Timeout: 60 }],
    Queues: [{ QueueName: 'orders' }, { QueueName: 'failures' }],
    Streams: [{ StreamName: 'clicks' }],
    EventSourceMappings: [
      { EventSourceArn: 'orders', FunctionName: 'api' },
      { EventSourceArn: 'clicks', FunctionName: 'api', StartingPosition: 'LATEST' },
    ],
    Timeline: updates.map(([atSecond, Do]) => ({ AtSecond: atSecond, Do: { Action: 'UpdateEventSourceMapping', ...Do } })),
  })
}

describe('UpdateEventSourceMapping in the Timeline', () => {
  test('the settings each kind of source takes are accepted', () => {
    expect(problems(withUpdates(
      [10, { UUID: QUEUE, Enabled: false, BatchSize: 5, FilterCriteria: { Filters: [] }, ScalingConfig: { MaximumConcurrency: 3 } }],
      [20, { UUID: QUEUE, ScalingConfig: {}, ProvisionedPollerConfig: { MinimumPollers: 3 }, FunctionResponseTypes: ['ReportBatchItemFailures'] }],
      [30, { UUID: STREAM, MaximumRetryAttempts: 3, BisectBatchOnFunctionError: true, MaximumRecordAgeInSeconds: 60, DestinationConfig: { OnFailure: { Destination: 'failures' } } }],
    ))).toEqual([])
  })

  test('reference: the UUID names no mapping (the message lists the scenario\'s)', () => {
    expect(problems(withUpdates([10, { UUID: 'abc' }]))).toEqual(['Timeline[0].Do.UUID reference'])
    expect(onlyMessage(withUpdates([10, { UUID: 'abc' }]))).toContain(`${QUEUE} (orders → api)`)
    expect(problems(withUpdates([10, {}]))).toEqual(['Timeline[0].Do.UUID required'])
  })

  test('mapping-update: the source and starting position are fixed for the mapping\'s life', () => {
    expect(problems(withUpdates([10, { UUID: STREAM, EventSourceArn: 'orders', StartingPosition: 'TRIM_HORIZON', StartingPositionTimestamp: 5 }])))
      .toEqual(['EventSourceArn', 'StartingPosition', 'StartingPositionTimestamp'].map((key) => `Timeline[0].Do.${key} mapping-update`))
    expect(problems(withUpdates([10, { UUID: QUEUE, Batch: 5 }]))).toEqual(['Timeline[0].Do.Batch unknown-field'])
  })

  test('a stream mapping takes ParallelizationFactor 1–10 and TumblingWindowInSeconds 0–900 [D-kin-params]; an SQS mapping neither', () => {
    expect(problems(withUpdates([10, { UUID: STREAM, ParallelizationFactor: 10, TumblingWindowInSeconds: 900 }], [20, { UUID: STREAM, ParallelizationFactor: 1, TumblingWindowInSeconds: 0 }]))).toEqual([])
    expect(problems(withUpdates([10, { UUID: STREAM, ParallelizationFactor: 11, TumblingWindowInSeconds: 901 }])))
      .toEqual(['Timeline[0].Do.ParallelizationFactor range', 'Timeline[0].Do.TumblingWindowInSeconds range'])
    expect(problems(withUpdates([10, { UUID: STREAM, ParallelizationFactor: 0, TumblingWindowInSeconds: -1 }])))
      .toEqual(['Timeline[0].Do.ParallelizationFactor range', 'Timeline[0].Do.TumblingWindowInSeconds range'])
    expect(onlyMessage(withUpdates([10, { UUID: STREAM, ParallelizationFactor: 11 }]))).toMatch(/ParallelizationFactor must be an integer from 1 to 10/)
    expect(problems(withUpdates([10, { UUID: STREAM, ParallelizationFactor: 1.5 }]))).toEqual(['Timeline[0].Do.ParallelizationFactor integer'])
    expect(problems(withUpdates([10, { UUID: QUEUE, ParallelizationFactor: 2, TumblingWindowInSeconds: 30 }])))
      .toEqual(['Timeline[0].Do.ParallelizationFactor mapping-field', 'Timeline[0].Do.TumblingWindowInSeconds mapping-field'])
  })

  test('the mapping the update makes is checked as a document mapping would be, where the problem is', () => {
    expect(problems(withUpdates([10, { UUID: QUEUE, BatchSize: 100 }]))).toEqual(['Timeline[0].Do.BatchSize batching-window'])
    expect(problems(withUpdates([10, { UUID: QUEUE, BisectBatchOnFunctionError: true }]))).toEqual(['Timeline[0].Do.BisectBatchOnFunctionError mapping-field'])
    expect(problems(withUpdates([10, { UUID: STREAM, ScalingConfig: { MaximumConcurrency: 5 } }]))).toEqual(['Timeline[0].Do.ScalingConfig mapping-field'])
    expect(problems(withUpdates([10, { UUID: QUEUE, ProvisionedPollerConfig: {}, ScalingConfig: { MaximumConcurrency: 5 } }]))).toEqual(['Timeline[0].Do.ProvisionedPollerConfig scaling-mode'])
    // The queue's 30 s visibility timeout is shorter than slow's 60 s Timeout.
    expect(problems(withUpdates([10, { UUID: QUEUE, FunctionName: 'slow' }]))).toEqual(['Timeline[0].Do.FunctionName visibility-timeout'])
    expect(problems(withUpdates([10, { UUID: QUEUE, FunctionName: 'none' }]))).toEqual(['Timeline[0].Do.FunctionName reference'])
  })

  test('updates apply in time order, each to the mapping the earlier ones made', () => {
    // The window set at 10 s lets BatchSize 100 at 20 s, wherever the entries are written.
    expect(problems(withUpdates([20, { UUID: QUEUE, BatchSize: 100 }], [10, { UUID: QUEUE, MaximumBatchingWindowInSeconds: 1 }]))).toEqual([])
    // Removing the window later breaks the earlier BatchSize: reported where the window goes, as a consequence.
    expect(problems(withUpdates([10, { UUID: QUEUE, BatchSize: 100, MaximumBatchingWindowInSeconds: 1 }], [20, { UUID: QUEUE, MaximumBatchingWindowInSeconds: 0 }])))
      .toEqual(['Timeline[1].Do batching-window'])
    expect(onlyMessage(withUpdates([10, { UUID: QUEUE, BatchSize: 100, MaximumBatchingWindowInSeconds: 1 }], [20, { UUID: QUEUE, MaximumBatchingWindowInSeconds: 0 }])))
      .toMatch(/^With this update: A BatchSize above 10/)
  })
})
