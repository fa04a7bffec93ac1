import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Scenario } from '../../engine/scenario/types.ts'
import { exportTemplate } from './exportTemplate.ts'
import { wideScenario } from './fixtures/wideScenario.ts'
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
    expect(omitted.map((o) => o.path)).toEqual(expect.arrayContaining(['Traffic', 'Tables[0].KeySchema']))
    const modelled = exportTemplate({ ...canary, Functions: [{ FunctionName: 'm', Simulation: { ErrorRate: 0.1 } }], Topics: [], Buckets: [], Rules: [], EventSourceMappings: [] })
    expect(modelled.omitted).toContainEqual({ path: 'Functions[0].Code', message: expect.stringMatching(/runs from its model/) })
    expect(modelled.omitted).toContainEqual({ path: 'Functions[0].Simulation', message: expect.stringMatching(/no place in a template/) })
  })

  it('carries every source, store, bus, rule, API and mapping through a round trip; only a route\'s qualifier is lost', () => {
    const back = roundTrip(wideScenario)
    for (const key of ['Queues', 'Topics', 'Buckets', 'Tables', 'Streams', 'EventBuses', 'Rules', 'EventSourceMappings'] as const) expect(back[key], key).toEqual(wideScenario[key])
    const unqualified = wideScenario.Apis?.map((api) => ({ ...api, Routes: api.Routes.map((r) => ({ ...r, Target: r.Target.split(':')[0] })) }))
    expect(back.Apis).toEqual(unqualified)
    expect(exportTemplate(wideScenario).omitted).toContainEqual({ path: 'Apis[0].Routes[1].Target', message: expect.stringMatching(/qualifier live is left out/) })
  })

  it('creates the custom event buses its rules run on, and names each on-failure destination by its ARN', () => {
    const template = parse(exportTemplate(wideScenario).text) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> }
    expect(template.Resources.ShopEventBus).toEqual({ Type: 'AWS::Events::EventBus', Properties: { Name: 'shop' } })
    expect(template.Resources.BigOrdersRule?.Properties.EventBusName).toEqual({ Ref: 'ShopEventBus' })
    expect(template.Resources.EventSourceMapping3?.Properties.DestinationConfig).toEqual({ OnFailure: { Destination: { 'Fn::GetAtt': ['UploadsBucket', 'Arn'] } } })
    expect(template.Resources.EventSourceMapping4?.Properties.DestinationConfig).toEqual({ OnFailure: { Destination: { Ref: 'AlertsTopic' } } })
  })

  it('refers to an alias the Timeline creates later by its function\'s ARN and the alias name', () => {
    const later: Scenario = {
      ...canary, Functions: [{ FunctionName: 'report', Code: canary.Functions[0]?.Code }],
      Queues: [], Topics: [], Buckets: [], Tables: [], Streams: [], EventSourceMappings: [],
      Rules: [{ Name: 'every-minute', ScheduleExpression: 'rate(1 minute)', Targets: [{ Id: 'r', Arn: 'report:live' }] }],
      Timeline: [{ AtSecond: 60, Do: { Action: 'CreateAlias', FunctionName: 'report', Name: 'live', FunctionVersion: '$LATEST' } }],
    }
    const template = parse(exportTemplate(later).text) as { Resources: Record<string, { Properties: { Targets?: { Arn: unknown }[] } }> }
    expect(template.Resources.EveryMinuteRule?.Properties.Targets?.[0]?.Arn).toEqual({ 'Fn::Sub': '${ReportFunction.Arn}:live' })
    expect(roundTrip(later).Rules?.[0]?.Targets).toEqual([{ Id: 'r', Arn: 'report:live' }])
  })

  it('inlines only a CommonJS index.js its handler names, since CloudFormation writes inline code to index.js', () => {
    const withCode = (Code: Record<string, string>, Handler = 'index.handler'): Scenario => ({ ...canary, Functions: [{ FunctionName: 'f', Handler, Code }], Topics: [], Buckets: [], Rules: [], EventSourceMappings: [] })
    const esm = exportTemplate(withCode({ 'index.mjs': 'export const handler = async () => 1\n' }))
    expect(parse(esm.text).Resources.FFunction.Properties).toMatchObject({ CodeUri: 'src/f/' })
    expect(esm.omitted).toContainEqual({ path: 'Functions[0].Code', message: 'index.mjs cannot be inline code (CloudFormation saves inline code as index.js, a CommonJS module); save it under src/f/ (CodeUri)' })
    const elsewhere = exportTemplate(withCode({ 'index.js': 'exports.main = async () => 1\n' }, 'app.main'))
    expect(elsewhere.omitted).toContainEqual({ path: 'Functions[0].Code', message: 'the handler app.main is not in index.js, the one file inline code makes; save the code under src/f/ (CodeUri)' })
  })

  it('keeps an API\'s stage and a REST route\'s integration timeout (SAM\'s Api event has TimeoutInMillis too)', () => {
    const api: Scenario = { ...canary, Apis: [{ Name: 'reports', ProtocolType: 'REST', StageName: 'v2', Routes: [{ RouteKey: 'GET /status', Target: 'checkout', TimeoutInMillis: 3000 }] }] }
    expect(roundTrip(api).Apis).toEqual(api.Apis)
  })

  it('exports an imported template back to the same scenario', () => {
    const first = importTemplate(orders)
    if (!first.ok) throw new Error(first.message)
    expect(roundTrip(first.scenario).Functions.find((f) => f.FunctionName === 'orders')).toMatchObject({ MemorySize: 512, ReservedConcurrentExecutions: 50 })
  })
})
