import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importTemplate } from './importTemplate.ts'

const orders = readFileSync(new URL('./fixtures/orders.yaml', import.meta.url), 'utf8')

function imported(text: string) {
  const result = importTemplate(text)
  if (!result.ok) throw new Error(result.message)
  return result
}

describe('importing a SAM template', () => {
  const { scenario, findings } = imported(orders)
  const fn = scenario.Functions.find((f) => f.FunctionName === 'orders')
  const paths = findings.map((f) => f.path)

  it('reads a serverless function with Globals merged under its own settings', () => {
    expect(fn).toMatchObject({
      Runtime: 'nodejs20.x', Handler: 'index.handler', MemorySize: 512, Timeout: 10, ReservedConcurrentExecutions: 50,
      Environment: { Variables: { STAGE: 'prod', TABLE: 'orders' } },
      Code: { 'index.js': "exports.handler = async (event) => ({ statusCode: 200, body: 'ok' })\n" },
    })
  })

  it('turns AutoPublishAlias and a Canary10Percent5Minutes preference into versions and a timed alias shift', () => {
    expect(fn?.Versions).toEqual([{ Version: '1' }, { Version: '2' }])
    expect(fn?.Aliases).toEqual([{ Name: 'live', FunctionVersion: '1' }])
    expect(fn?.ProvisionedConcurrencyConfigs).toEqual([{ Qualifier: 'live', ProvisionedConcurrentExecutions: 5 }])
    expect(scenario.Timeline).toEqual([
      { AtSecond: 60, Do: { Action: 'UpdateAlias', FunctionName: 'orders', Name: 'live', RoutingConfig: { AdditionalVersionWeights: { 2: 0.1 } } } },
      { AtSecond: 360, Do: { Action: 'UpdateAlias', FunctionName: 'orders', Name: 'live', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: {} } } },
    ])
  })

  it('wires every supported event to the alias', () => {
    expect(scenario.Apis).toEqual([{ Name: 'ServerlessRestApi', ProtocolType: 'REST', Routes: [{ RouteKey: 'GET /orders', Target: 'orders:live' }] }])
    expect(scenario.EventSourceMappings).toContainEqual({
      EventSourceArn: 'OrdersQueue', FunctionName: 'orders:live', BatchSize: 20, MaximumBatchingWindowInSeconds: 2, FunctionResponseTypes: ['ReportBatchItemFailures'],
    })
    expect(scenario.EventSourceMappings).toContainEqual({ EventSourceArn: 'orders', FunctionName: 'orders:live', StartingPosition: 'TRIM_HORIZON', BisectBatchOnFunctionError: true })
    expect(scenario.Rules).toEqual([{ Name: 'orders-Nightly', ScheduleExpression: 'rate(1 day)', State: 'ENABLED', Targets: [{ Id: 'Nightly', Arn: 'orders:live' }] }])
    expect(scenario.Buckets?.[0]?.NotificationConfiguration?.LambdaFunctionConfigurations).toEqual([
      { Id: 'Uploads', LambdaFunctionArn: 'orders:live', Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.jpg' }] } } },
    ])
    expect(scenario.Topics?.[0]?.Subscriptions).toEqual([{ Protocol: 'lambda', Endpoint: 'orders:live' }])
  })

  it('reads queues with redrive, tables with streams, streams, versions, aliases and mappings', () => {
    expect(scenario.Queues).toEqual([
      { QueueName: 'OrdersQueue', VisibilityTimeout: 60, RedrivePolicy: { deadLetterTargetArn: 'dead-letters', maxReceiveCount: 5 } },
      { QueueName: 'dead-letters' },
    ])
    expect(scenario.Tables).toEqual([{ TableName: 'orders', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }])
    expect(scenario.Streams).toEqual([{ StreamName: 'ClickStream', ShardCount: 4 }])
    const worker = scenario.Functions.find((f) => f.FunctionName === 'Worker')
    expect(worker).toMatchObject({ Versions: [{ Version: '1' }], Aliases: [{ Name: 'prod', FunctionVersion: '1' }], DeadLetterConfig: { TargetArn: 'dead-letters' } })
    expect(scenario.EventSourceMappings).toContainEqual({ EventSourceArn: 'ClickStream', FunctionName: 'Worker:prod', StartingPosition: 'LATEST', ParallelizationFactor: 2 })
  })

  it('lists everything it did not carry over, never dropping it silently', () => {
    expect(findings).toContainEqual({ path: 'Resources.OrdersFunction.Properties.Events.Mystery', message: 'event type MQ is not simulated; left out' })
    expect(paths).toContain('Resources.Dashboard')
    expect(paths).toContain('Resources.AlertsTopic.Properties.Subscription[0]')
    expect(paths).toContain('Resources.Worker.Properties.Runtime')
    expect(findings.find((f) => f.path === 'Resources.OrdersFunction.Properties')?.message).toMatch(/^(?=.*Tracing)(?=.*Policies)/)
    expect(findings.find((f) => f.path === 'Resources')?.message).toMatch(/WorkerRole/)
    expect(fn?.Code).toBeDefined()
    expect(scenario.Functions.find((f) => f.FunctionName === 'Worker')?.Code).toBeUndefined()
  })

  it('reads a rule event\'s RetryPolicy and DeadLetterConfig, and an SQS event\'s ProvisionedPollerConfig', () => {
    const template = `
Resources:
  Dlq: { Type: AWS::SQS::Queue, Properties: { QueueName: rule-dlq } }
  Jobs: { Type: AWS::SQS::Queue, Properties: { QueueName: jobs } }
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
            RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 120 }
            DeadLetterConfig: { Arn: !GetAtt Dlq.Arn }
        Work:
          Type: SQS
          Properties: { Queue: !GetAtt Jobs.Arn, ProvisionedPollerConfig: { MinimumPollers: 5, MaximumPollers: 50 } }
`
    const { scenario: imported } = importTemplate(template) as Extract<ReturnType<typeof importTemplate>, { ok: true }>
    expect(imported.Rules?.[0]?.Targets).toEqual([
      { Id: 'Nightly', Arn: 'Fn', RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 120 }, DeadLetterConfig: { Arn: 'rule-dlq' } },
    ])
    expect(imported.EventSourceMappings).toEqual([{ EventSourceArn: 'jobs', FunctionName: 'Fn', ProvisionedPollerConfig: { MinimumPollers: 5, MaximumPollers: 50 } }])
  })

  it('refuses what is not a template, saying why', () => {
    expect(importTemplate('Resources: [1, 2')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid YAML or JSON/) })
    expect(importTemplate('{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}')).toEqual({ ok: false, message: 'The template has no AWS::Serverless::Function or AWS::Lambda::Function' })
    expect(importTemplate('Foo: 1')).toMatchObject({ ok: false, message: expect.stringMatching(/no Resources section/) })
  })

  it('reads JSON templates with long-form intrinsics', () => {
    const json = JSON.stringify({ Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: { 'Fn::Sub': '${AWS::StackName}-fn' }, MemorySize: '256' } } } })
    expect(imported(json).scenario.Functions).toEqual([{ FunctionName: 'Fn', MemorySize: 256 }])
  })
})
