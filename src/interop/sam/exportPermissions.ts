/**
 * What a deployed stack needs so that each service may deliver where the scenario wires it (the
 * simulation lets every delivery through): resource policies letting S3, SNS and EventBridge invoke
 * functions and send to queues and topics, and execution-role permissions for event source mappings.
 * Without them CloudFormation refuses a bucket's notifications and an SQS or stream mapping, and
 * the other deliveries fail once deployed.
 * S3: https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html
 * SNS: https://docs.aws.amazon.com/sns/latest/dg/sns-lambda-as-subscriber.html, .../subscribe-sqs-queue-to-sns-topic.html
 * EventBridge: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html
 * Mappings: https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-permissions, with-kinesis.html, with-ddb.html
 */
import type { Scenario } from '../../engine/scenario/types.ts'
import { arnOfResource, type Intrinsic, type LogicalIds, type ResourceKind } from './exportNames.ts'
import type { Resources } from './exportSources.ts'

type Service = 's3' | 'sns' | 'events'

/** A service delivering on behalf of one resource (the bucket, topic or rule whose ARN conditions the grant). */
interface Sender {
  readonly service: Service
  readonly source: unknown
}

/** The AWS managed policy with what a mapping's poller needs from its source. */
const POLLER_POLICIES: Partial<Record<ResourceKind, string>> = {
  queue: 'AWSLambdaSQSQueueExecutionRole', stream: 'AWSLambdaKinesisExecutionRole', table: 'AWSLambdaDynamoDBExecutionRole',
}

/** What sending to a destination of each kind takes. */
const SEND_ACTIONS: Partial<Record<ResourceKind, string[]>> = { queue: ['sqs:SendMessage'], topic: ['sns:Publish'], bucket: ['s3:PutObject', 's3:ListBucket'] }

/** How a logical ID names the service a permission lets in. */
const SERVICE_ID: Record<Service, string> = { s3: 'S3', sns: 'Sns', events: 'Events' }

class Grants {
  /** By the queue's or topic's logical ID. */
  private readonly policies = new Map<string, { id: string; kind: 'queue' | 'topic'; statements: unknown[] }>()

  constructor(private readonly ids: LogicalIds, private readonly resources: Resources) {}

  /** The grant letting `sender` deliver to `reference`, by the id of the resource holding it; none for what the template lacks. */
  deliver(reference: string, sender: Sender): string | undefined {
    const found = this.ids.resource(reference)
    if (found?.kind === 'queue' || found?.kind === 'topic') return this.statement(found.kind, found.id, sender)
    const fn = found ? undefined : this.ids.functionRef(reference)
    if (!fn) return undefined
    const id = this.ids.fresh(`${SERVICE_ID[sender.service]}InvokePermission`)
    this.resources[id] = { Type: 'AWS::Lambda::Permission', Properties: {
      FunctionName: fn, Action: 'lambda:InvokeFunction', Principal: `${sender.service}.amazonaws.com`, SourceArn: sender.source,
      // A bucket's ARN names no account, so the account is pinned as well.
      ...(sender.service === 's3' ? { SourceAccount: { Ref: 'AWS::AccountId' } } : {}),
    } }
    return id
  }

  private statement(kind: 'queue' | 'topic', target: string, sender: Sender): string {
    const policy = this.policies.get(target) ?? { id: this.ids.fresh(`${target}Policy`), kind, statements: [] }
    this.policies.set(target, policy)
    policy.statements.push({
      Effect: 'Allow', Principal: { Service: `${sender.service}.amazonaws.com` }, Action: kind === 'queue' ? 'sqs:SendMessage' : 'sns:Publish',
      Resource: arnOfResource({ kind, id: target }), Condition: { ArnEquals: { 'aws:SourceArn': sender.source } },
    })
    return policy.id
  }

  /** One AWS::SQS::QueuePolicy or AWS::SNS::TopicPolicy per queue or topic, with every statement it was given. */
  finish(): void {
    for (const [target, { id, kind, statements }] of this.policies) {
      this.resources[id] = kind === 'queue'
        ? { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: target }], PolicyDocument: { Version: '2012-10-17', Statement: statements } } }
        : { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: target }], PolicyDocument: { Version: '2012-10-17', Statement: statements } } }
    }
  }
}

/**
 * A bucket's ARN written out from its name rather than taken with GetAtt: a bucket waits for the grants its
 * notifications need, so a grant, or a role its function uses, that depended on the bucket would be a cycle.
 */
const bucketArn = (reference: string, keys = ''): Intrinsic => ({ 'Fn::Sub': `arn:\${AWS::Partition}:s3:::${reference.split(/[:/]/).pop() ?? reference}${keys}` })
const bucketArns = (reference: string): Intrinsic[] => [bucketArn(reference), bucketArn(reference, '/*')]

/** Execution-role permissions for each mapping: reading its source, and sending to its on-failure destination. */
function mappingPolicies(scenario: Scenario, ids: LogicalIds, resources: Resources): void {
  for (const m of scenario.EventSourceMappings ?? []) {
    const fn = resources[ids.functionId(m.FunctionName) ?? '']
    const managed = POLLER_POLICIES[ids.resource(m.EventSourceArn)?.kind ?? 'bus']
    if (!fn || fn.Type !== 'AWS::Serverless::Function') continue
    const policies = (fn.Properties.Policies ??= []) as unknown[]
    const arn = managed && { 'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/service-role/${managed}` }
    if (arn && !policies.some((p) => JSON.stringify(p) === JSON.stringify(arn))) policies.push(arn)
    const destination = m.DestinationConfig?.OnFailure?.Destination
    const target = destination === undefined ? undefined : ids.resource(destination)
    const actions = target && SEND_ACTIONS[target.kind]
    if (!target || !actions) continue
    policies.push({ Statement: [{ Effect: 'Allow', Action: actions, Resource: target.kind === 'bucket' ? bucketArns(destination ?? '') : arnOfResource(target) }] })
  }
}

export function exportPermissions(scenario: Scenario, ids: LogicalIds, resources: Resources): void {
  const grants = new Grants(ids, resources)
  for (const b of scenario.Buckets ?? []) {
    const n = b.NotificationConfiguration
    // S3 checks its destinations when the notifications are configured, so the bucket waits for these grants.
    const sender: Sender = { service: 's3', source: bucketArn(b.BucketName) }
    const needed = [
      ...(n?.LambdaFunctionConfigurations ?? []).map((c) => grants.deliver(c.LambdaFunctionArn, sender)),
      ...(n?.QueueConfigurations ?? []).map((c) => grants.deliver(c.QueueArn, sender)),
      ...(n?.TopicConfigurations ?? []).map((c) => grants.deliver(c.TopicArn, sender)),
    ].filter((id): id is string => id !== undefined)
    const bucket = resources[ids.id('bucket', b.BucketName) ?? '']
    if (bucket && needed.length > 0) bucket.DependsOn = [...new Set(needed)]
  }
  for (const t of scenario.Topics ?? []) {
    const sender: Sender = { service: 'sns', source: { Ref: ids.id('topic', t.TopicName) } }
    for (const s of t.Subscriptions ?? []) grants.deliver(s.Endpoint, sender)
  }
  for (const rule of scenario.Rules ?? []) {
    const sender: Sender = { service: 'events', source: { 'Fn::GetAtt': [ids.id('rule', rule.Name), 'Arn'] } }
    for (const target of rule.Targets) {
      grants.deliver(target.Arn, sender)
      if (target.DeadLetterConfig?.Arn !== undefined) grants.deliver(target.DeadLetterConfig.Arn, sender)
    }
  }
  grants.finish()
  mappingPolicies(scenario, ids, resources)
}
