import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Scenario } from '../../engine/scenario/types.ts'
import { exportTemplate } from './exportTemplate.ts'
import { importTemplate } from './importTemplate.ts'

const orders = readFileSync(new URL('./fixtures/orders.yaml', import.meta.url), 'utf8')

function roundTrip(scenario: Scenario): Scenario {
  const back = importTemplate(exportTemplate(scenario).text, { name: scenario.Name })
  if (!back.ok) throw new Error(back.message)
  return back.scenario
}

const canary: Scenario = {
  Format: 'lambda-playground/scenario@1',
  Name: 'Canary',
  Functions: [{
    FunctionName: 'checkout', Runtime: 'nodejs20.x', Handler: 'index.handler', MemorySize: 256, Timeout: 5,
    Code: { 'index.js': 'exports.handler = async () => 1\n' },
    Environment: { Variables: { STAGE: 'prod' } }, ReservedConcurrentExecutions: 20,
    Versions: [{ Version: '1' }, { Version: '2', Description: 'faster' }],
    Aliases: [{ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { 2: 0.1 } } }],
    ProvisionedConcurrencyConfigs: [{ Qualifier: 'live', ProvisionedConcurrentExecutions: 3 }],
    EventInvokeConfig: { MaximumRetryAttempts: 1, DestinationConfig: { OnFailure: { Destination: 'failed' } } },
    DeadLetterConfig: { TargetArn: 'dlq' },
  }],
  Queues: [{ QueueName: 'failed' }, { QueueName: 'dlq' }, { QueueName: 'jobs', VisibilityTimeout: 60, RedrivePolicy: { deadLetterTargetArn: 'dlq', maxReceiveCount: 5 } }],
  Topics: [{ TopicName: 'alerts', Subscriptions: [{ Protocol: 'lambda', Endpoint: 'checkout:live', FilterPolicy: { level: ['error'] } }, { Protocol: 'sqs', Endpoint: 'jobs' }] }],
  Buckets: [{ BucketName: 'uploads', NotificationConfiguration: { LambdaFunctionConfigurations: [{ Id: 'Notification1', LambdaFunctionArn: 'checkout', Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'in/' }] } } }] } }],
  Tables: [{ TableName: 'orders', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }],
  Streams: [{ StreamName: 'clicks', ShardCount: 8 }],
  Rules: [{
    Name: 'nightly', ScheduleExpression: 'cron(0 3 * * ? *)', State: 'ENABLED',
    Targets: [{ Id: 't', Arn: 'checkout', RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 600 }, DeadLetterConfig: { Arn: 'failed' } }],
  }],
  EventSourceMappings: [
    {
      EventSourceArn: 'jobs', FunctionName: 'checkout:live', BatchSize: 20, MaximumBatchingWindowInSeconds: 1, FunctionResponseTypes: ['ReportBatchItemFailures'],
      ProvisionedPollerConfig: { MinimumPollers: 4, MaximumPollers: 40 },
    },
    { EventSourceArn: 'clicks', FunctionName: 'checkout', StartingPosition: 'LATEST', ParallelizationFactor: 4 },
    { EventSourceArn: 'orders', FunctionName: 'checkout', StartingPosition: 'TRIM_HORIZON' },
  ],
  Traffic: [{ Target: 'checkout:live', Arrivals: { Process: 'constant', RatePerSecond: 5 } }],
}

describe('exporting a scenario as a SAM template', () => {
  it('writes a SAM template CloudFormation can read, with inline code and explicit versions and aliases', () => {
    const template = parse(exportTemplate(canary).text) as { Transform: string; Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> }
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31')
    expect(template.Resources.CheckoutFunction?.Properties).toMatchObject({ FunctionName: 'checkout', InlineCode: 'exports.handler = async () => 1\n', DeadLetterQueue: { Type: 'SQS' } })
    expect(template.Resources.CheckoutLiveAlias).toEqual({ Type: 'AWS::Lambda::Alias', Properties: {
      FunctionName: { Ref: 'CheckoutFunction' }, Name: 'live', FunctionVersion: { 'Fn::GetAtt': ['CheckoutVersion1', 'Version'] },
      RoutingConfig: { AdditionalVersionWeights: [{ FunctionVersion: { 'Fn::GetAtt': ['CheckoutVersion2', 'Version'] }, FunctionWeight: 0.1 }] },
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 },
    } })
  })

  it('survives a round trip through the importer', () => {
    const back = roundTrip(canary)
    const carried = { ...canary }
    delete carried.Traffic
    expect(back.Functions).toEqual(carried.Functions.map((f) => ({ ...f, Architectures: undefined, Description: undefined })).map((f) => JSON.parse(JSON.stringify(f)) as unknown))
    for (const key of ['Queues', 'Topics', 'Buckets', 'Tables', 'Streams', 'Rules', 'EventSourceMappings'] as const) expect(back[key], key).toEqual(carried[key])
  })

  it('lists what a template cannot carry', () => {
    const { omitted } = exportTemplate(canary)
    expect(omitted.map((o) => o.path)).toEqual(expect.arrayContaining(['Traffic', 'Tables']))
    const modelled = exportTemplate({ ...canary, Functions: [{ FunctionName: 'm', Simulation: { ErrorRate: 0.1 } }], Topics: [], Buckets: [], Rules: [], EventSourceMappings: [] })
    expect(modelled.omitted).toContainEqual({ path: 'Functions[0].Code', message: expect.stringMatching(/runs from its model/) })
    expect(modelled.omitted).toContainEqual({ path: 'Functions[0].Simulation', message: expect.stringMatching(/no place in a template/) })
  })

  it('exports an imported template back to the same scenario', () => {
    const first = importTemplate(orders)
    if (!first.ok) throw new Error(first.message)
    expect(roundTrip(first.scenario).Functions.find((f) => f.FunctionName === 'orders')).toMatchObject({ MemorySize: 512, ReservedConcurrentExecutions: 50 })
  })
})
