/**
 * The console's test event templates, one per event source the playground wires: the event shapes
 * Lambda passes to a handler (the documented sample events, trimmed to what a handler reads).
 */

export interface TestEventTemplate {
  id: string
  label: string
  event: unknown
}

const REGION = 'us-east-1'
const ACCOUNT = '123456789012'
const TIME = '2025-01-01T12:00:00Z'

export const TEST_EVENT_TEMPLATES: readonly TestEventTemplate[] = [
  { id: 'hello-world', label: 'Hello world', event: { key1: 'value1', key2: 'value2', key3: 'value3' } },
  {
    id: 'apigateway-aws-proxy',
    label: 'API Gateway AWS Proxy',
    event: {
      resource: '/orders/{id}', path: '/orders/42', httpMethod: 'GET',
      headers: { Accept: 'application/json', Host: 'abc123.execute-api.us-east-1.amazonaws.com' },
      multiValueHeaders: { Accept: ['application/json'] },
      queryStringParameters: { verbose: 'true' }, multiValueQueryStringParameters: { verbose: ['true'] },
      pathParameters: { id: '42' }, stageVariables: null,
      requestContext: {
        accountId: ACCOUNT, apiId: 'abc123', resourcePath: '/orders/{id}', httpMethod: 'GET', stage: 'prod',
        requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', requestTimeEpoch: 1735732800000, protocol: 'HTTP/1.1',
        identity: { sourceIp: '203.0.113.10', userAgent: 'curl/8.5.0' },
      },
      body: null, isBase64Encoded: false,
    },
  },
  {
    id: 'apigateway-http-api',
    label: 'API Gateway HTTP API (payload 2.0)',
    event: {
      version: '2.0', routeKey: 'POST /orders', rawPath: '/orders', rawQueryString: '',
      headers: { 'content-type': 'application/json', host: 'abc123.execute-api.us-east-1.amazonaws.com' },
      requestContext: {
        accountId: ACCOUNT, apiId: 'abc123', domainName: 'abc123.execute-api.us-east-1.amazonaws.com', stage: '$default',
        requestId: 'JKJaXmPLvHcESHA=', routeKey: 'POST /orders', time: '01/Jan/2025:12:00:00 +0000', timeEpoch: 1735732800000,
        http: { method: 'POST', path: '/orders', protocol: 'HTTP/1.1', sourceIp: '203.0.113.10', userAgent: 'curl/8.5.0' },
      },
      body: '{"orderId":42}', isBase64Encoded: false,
    },
  },
  {
    id: 'alb',
    label: 'Application Load Balancer',
    event: {
      requestContext: { elb: { targetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/lambda-tg/6d0ecf831eec9f09` } },
      httpMethod: 'GET', path: '/orders', queryStringParameters: { page: '1' },
      headers: { accept: 'application/json', host: 'lambda-alb-123578498.us-east-1.elb.amazonaws.com', 'x-forwarded-for': '203.0.113.10' },
      body: '', isBase64Encoded: false,
    },
  },
  {
    id: 's3-put',
    label: 'S3 Put',
    event: {
      Records: [{
        eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: REGION, eventTime: TIME, eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'EXAMPLE' }, requestParameters: { sourceIPAddress: '203.0.113.10' },
        responseElements: { 'x-amz-request-id': 'EXAMPLE123456789', 'x-amz-id-2': 'EXAMPLE123/5678abcdefghijklambdaisawesome' },
        s3: {
          s3SchemaVersion: '1.0', configurationId: 'uploads',
          bucket: { name: 'uploads', ownerIdentity: { principalId: 'EXAMPLE' }, arn: 'arn:aws:s3:::uploads' },
          object: { key: 'reports/2025-01-01.csv', size: 1024, eTag: '0123456789abcdef0123456789abcdef', sequencer: '0A1B2C3D4E5F678901' },
        },
      }],
    },
  },
  {
    id: 'sns',
    label: 'SNS topic notification',
    event: {
      Records: [{
        EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: `arn:aws:sns:${REGION}:${ACCOUNT}:orders:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55`,
        Sns: {
          Type: 'Notification', MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e', TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:orders`,
          Subject: 'Order placed', Message: '{"orderId":42}', Timestamp: TIME, SignatureVersion: '1',
          Signature: 'EXAMPLE', SigningCertUrl: 'EXAMPLE', UnsubscribeUrl: 'EXAMPLE', MessageAttributes: {},
        },
      }],
    },
  },
  {
    id: 'sqs',
    label: 'SQS receive message',
    event: {
      Records: [{
        messageId: '059f36b4-87a3-44ab-83d2-661975830a7d', receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...',
        body: '{"orderId":42}',
        attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1735732800000', SenderId: 'AIDAIENQZJOLO23YVJ4VO', ApproximateFirstReceiveTimestamp: '1735732800001' },
        messageAttributes: {}, md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3', eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:${REGION}:${ACCOUNT}:orders`, awsRegion: REGION,
      }],
    },
  },
  {
    id: 'kinesis',
    label: 'Kinesis Data Streams',
    event: {
      Records: [{
        kinesis: {
          kinesisSchemaVersion: '1.0', partitionKey: 'order-42', sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
          data: 'eyJvcmRlcklkIjo0Mn0=', approximateArrivalTimestamp: 1735732800.0,
        },
        eventSource: 'aws:kinesis', eventVersion: '1.0', eventID: 'shardId-000000000000:49590338271490256608559692538361571095921575989136588898',
        eventName: 'aws:kinesis:record', invokeIdentityArn: `arn:aws:iam::${ACCOUNT}:role/lambda-role`, awsRegion: REGION,
        eventSourceARN: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/orders`,
      }],
    },
  },
  {
    id: 'dynamodb-update',
    label: 'DynamoDB Streams update',
    event: {
      Records: [{
        eventID: 'c81e728d9d4c2f636f067f89cc14862c', eventName: 'MODIFY', eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: REGION,
        dynamodb: {
          ApproximateCreationDateTime: 1735732800, Keys: { id: { S: '42' } },
          NewImage: { id: { S: '42' }, status: { S: 'shipped' } }, OldImage: { id: { S: '42' }, status: { S: 'placed' } },
          SequenceNumber: '222', SizeBytes: 59, StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
        eventSourceARN: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders/stream/2025-01-01T00:00:00.000`,
      }],
    },
  },
  {
    id: 'eventbridge',
    label: 'EventBridge event',
    event: {
      version: '0', id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718', 'detail-type': 'OrderPlaced', source: 'com.example.orders',
      account: ACCOUNT, time: TIME, region: REGION, resources: [], detail: { orderId: 42, total: 19.99 },
    },
  },
  {
    id: 'scheduled',
    label: 'Scheduled event (EventBridge)',
    event: {
      version: '0', id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa', 'detail-type': 'Scheduled Event', source: 'aws.events',
      account: ACCOUNT, time: TIME, region: REGION, resources: [`arn:aws:events:${REGION}:${ACCOUNT}:rule/every-5-minutes`], detail: {},
    },
  },
]

export function templateText(template: TestEventTemplate): string {
  return JSON.stringify(template.event, null, 2)
}
