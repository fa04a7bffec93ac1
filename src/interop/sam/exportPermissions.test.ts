import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { exportTemplate } from './exportTemplate.ts'
import { wideScenario } from './fixtures/wideScenario.ts'

type Resource = { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] }
const resources = (parse(exportTemplate(wideScenario).text) as { Resources: Record<string, Resource> }).Resources
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type)
const bucketArn = { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::uploads' }

describe('the permissions an exported template grants, which the simulation takes for granted', () => {
  it('lets S3, SNS and EventBridge invoke the functions (or aliases) they deliver to, each from its own source', () => {
    expect(ofType('AWS::Lambda::Permission').map(([, r]) => r.Properties)).toEqual([
      { FunctionName: { 'Fn::GetAtt': ['CheckoutFunction', 'Arn'] }, Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: bucketArn, SourceAccount: { Ref: 'AWS::AccountId' } },
      { FunctionName: { Ref: 'CheckoutLiveAlias' }, Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: { Ref: 'AlertsTopic' } },
      { FunctionName: { 'Fn::GetAtt': ['CheckoutFunction', 'Arn'] }, Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: { 'Fn::GetAtt': ['NightlyRule', 'Arn'] } },
      { FunctionName: { Ref: 'CheckoutLiveAlias' }, Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: { 'Fn::GetAtt': ['BigOrdersRule', 'Arn'] } },
    ])
  })

  it('lets each sender reach a queue or topic through one policy per queue or topic', () => {
    const statements = (id: string) => (resources[id]?.Properties.PolicyDocument as { Statement: { Principal: { Service: string }; Condition: unknown }[] }).Statement
      .map((s) => [s.Principal.Service, s.Condition])
    expect(statements('JobsQueuePolicy')).toEqual([
      ['s3.amazonaws.com', { ArnEquals: { 'aws:SourceArn': bucketArn } }],
      ['sns.amazonaws.com', { ArnEquals: { 'aws:SourceArn': { Ref: 'AlertsTopic' } } }],
      ['events.amazonaws.com', { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': ['BigOrdersRule', 'Arn'] } } }],
    ])
    // The nightly rule's dead-letter queue.
    expect(statements('FailedQueuePolicy')).toEqual([['events.amazonaws.com', { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': ['NightlyRule', 'Arn'] } } }]])
    expect(statements('AlertsTopicPolicy')).toEqual([['s3.amazonaws.com', { ArnEquals: { 'aws:SourceArn': bucketArn } }]])
  })

  it('creates the bucket after the grants its notifications need, since S3 checks its destinations then', () => {
    expect(resources.UploadsBucket?.DependsOn).toEqual(['S3InvokePermission', 'JobsQueuePolicy', 'AlertsTopicPolicy'])
  })

  it('gives a mapped function’s role the poller’s managed policy and the right to send to its on-failure destination', () => {
    const managed = (name: string) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/service-role/${name}` })
    expect(resources.CheckoutFunction?.Properties.Policies).toEqual([
      managed('AWSLambdaSQSQueueExecutionRole'),
      managed('AWSLambdaKinesisExecutionRole'),
      // The bucket by its written-out ARN: GetAtt would make the bucket, its grant and this role wait for each other.
      { Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 's3:ListBucket'], Resource: [bucketArn, { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::uploads/*' }] }] },
    ])
    expect(resources.AuditFunction?.Properties.Policies).toEqual([
      managed('AWSLambdaSQSQueueExecutionRole'),
      managed('AWSLambdaDynamoDBExecutionRole'),
      { Statement: [{ Effect: 'Allow', Action: ['sns:Publish'], Resource: { Ref: 'AlertsTopic' } }] },
    ])
  })
})
