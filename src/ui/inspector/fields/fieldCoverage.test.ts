/**
 * Every setting of the scenario format has a field in the inspector. The key lists are typed
 * against types.ts: a new setting there fails the type check here until it is listed, and this test
 * fails until the inspector's table has a field for it (or says where else it is edited).
 */
import { describe, expect, test } from 'vitest'
import type {
  AccountConfig, AliasConfig, ApiConfig, BucketConfig, EventBusConfig, EventSourceMappingConfig, FunctionConfig, LoadBalancerConfig, QueueConfig,
  RuleConfig, Scenario, StreamConfig, TableConfig, TopicConfig, TrafficConfig, VersionConfig,
} from '../../../engine/scenario/types.ts'
import { API_FIELDS } from './apiFields.ts'
import { BUCKET_FIELDS } from './bucketFields.ts'
import { BUS_FIELDS } from './busFields.ts'
import type { FieldSpec } from './fieldTypes.ts'
import { FUNCTION_FIELDS } from './functionFields.ts'
import { LOAD_BALANCER_FIELDS } from './loadBalancerFields.ts'
import { MAPPING_FIELDS } from './mappingFields.ts'
import { ALIAS_FIELDS, VERSION_FIELDS } from './qualifierFields.ts'
import { QUEUE_FIELDS } from './queueFields.ts'
import { RULE_FIELDS } from './ruleFields.ts'
import { SCENARIO_FIELDS } from './scenarioFields.ts'
import { STREAM_FIELDS } from './streamFields.ts'
import { TABLE_FIELDS } from './tableFields.ts'
import { TOPIC_FIELDS } from './topicFields.ts'
import { TRAFFIC_FIELDS } from './trafficFields.ts'

/** Each key of `T`: `true` when the table must have a field for it, or where else it is edited. */
type Keys<T> = { readonly [K in keyof T]-?: true | string }

const firstSegment = (path: string): string => path.split(/[.[]/)[0] ?? path

function check<T>(fields: readonly FieldSpec[], keys: Keys<T>): void {
  const covered = new Set(fields.map((f) => firstSegment(f.path)))
  const needed = Object.entries(keys).filter(([, how]) => how === true).map(([key]) => key)
  expect(needed.filter((key) => !covered.has(key))).toEqual([])
}

const CODE_TAB = 'the Code tab'
const NODES = 'its own nodes in the graph'

describe('the inspector covers every setting of types.ts', () => {
  test('functions, versions, aliases', () => {
    check<FunctionConfig>(FUNCTION_FIELDS, {
      FunctionName: true, Description: true, Runtime: true, Handler: true, Code: CODE_TAB, MemorySize: true, Timeout: true, Architectures: true,
      Environment: true, EphemeralStorage: true, Layers: true, ReservedConcurrentExecutions: true, Simulation: true, Versions: NODES, Aliases: NODES,
      ProvisionedConcurrencyConfigs: 'the version and alias nodes', EventInvokeConfig: true, DeadLetterConfig: true, RecursiveLoop: true,
    })
    check<VersionConfig>(VERSION_FIELDS, {
      Version: true, Description: true, Code: CODE_TAB, Handler: true, Runtime: true, MemorySize: true, Timeout: true, Architectures: true,
      Environment: true, EphemeralStorage: true, Layers: true, Simulation: true,
    })
    check<AliasConfig>(ALIAS_FIELDS, { Name: true, FunctionVersion: true, Description: true, RoutingConfig: true })
  })

  test('event sources and the resources around functions', () => {
    check<QueueConfig>(QUEUE_FIELDS, {
      QueueName: true, FifoQueue: true, VisibilityTimeout: true, MessageRetentionPeriod: true, DelaySeconds: true, ContentBasedDeduplication: true, RedrivePolicy: true,
    })
    check<TopicConfig>(TOPIC_FIELDS, { TopicName: true, FifoTopic: true, Subscriptions: true })
    check<BucketConfig>(BUCKET_FIELDS, { BucketName: true, NotificationConfiguration: true })
    check<TableConfig>(TABLE_FIELDS, { TableName: true, KeySchema: true, StreamSpecification: true })
    check<StreamConfig>(STREAM_FIELDS, { StreamName: true, ShardCount: true, RetentionPeriodHours: true })
    check<EventBusConfig>(BUS_FIELDS, { Name: true })
    check<RuleConfig>(RULE_FIELDS, { Name: true, EventBusName: true, EventPattern: true, ScheduleExpression: true, State: true, Targets: true })
    check<ApiConfig>(API_FIELDS, { Name: true, ProtocolType: true, Routes: true, StageName: true })
    check<LoadBalancerConfig>(LOAD_BALANCER_FIELDS, { Name: true, TargetGroups: true, Rules: true, DefaultTargetGroup: true })
    check<EventSourceMappingConfig>(MAPPING_FIELDS, {
      EventSourceArn: true, FunctionName: true, Enabled: true, BatchSize: true, MaximumBatchingWindowInSeconds: true, FunctionResponseTypes: true,
      FilterCriteria: true, ScalingConfig: true, StartingPosition: true, StartingPositionTimestamp: true, ParallelizationFactor: true,
      BisectBatchOnFunctionError: true, MaximumRetryAttempts: true, MaximumRecordAgeInSeconds: true, TumblingWindowInSeconds: true, DestinationConfig: true,
      ProvisionedPollerConfig: true,
    })
    check<TrafficConfig>(TRAFFIC_FIELDS, { Target: true, InvocationType: true, Arrivals: true, StartSecond: true, EndSecond: true, Payload: true, Request: true })
  })

  test('the scenario and the account', () => {
    check<Scenario>(SCENARIO_FIELDS, {
      Format: 'fixed: lambda-playground/scenario@1', Name: true, Description: true, Seed: true, DurationSeconds: true, Account: true, Layers: true,
      Functions: NODES, Queues: NODES, Topics: NODES, Buckets: NODES, Tables: NODES, EventBuses: NODES, Streams: NODES, Rules: NODES, Apis: NODES,
      LoadBalancers: NODES, EventSourceMappings: 'the edges from queues and streams', Traffic: NODES, Timeline: true, Layout: 'dragging nodes in the graph',
    })
    const account = new Set(SCENARIO_FIELDS.filter((f) => f.path.startsWith('Account.')).map((f) => f.path.slice('Account.'.length)))
    const accountKeys: Keys<AccountConfig> = {
      Region: true, ConcurrentExecutions: true, ScalingModel: true, EnvironmentSelection: true, ApplyFreeTier: true, ProvisionedConcurrencyPreparationSeconds: true,
    }
    expect(Object.keys(accountKeys).filter((key) => !account.has(key))).toEqual([])
  })
})
