/**
 * The SDK modules as handler code sees them. The sandbox loads them in QuickJS; here the test's own
 * CommonJS loader runs them in Node, with a fake `__lambdaPlayground` that records each `awsCall`.
 */
import { describe, expect, test } from 'vitest'
import { SDK_MODULES } from './index.ts'

interface Call {
  service: string
  operation: string
  input: Record<string, unknown>
}

type Answer = { output: Record<string, unknown> } | { error: { name: string; message: string } }

interface Command {
  input: unknown
}
type Exports = Record<string, new (arg?: unknown) => unknown>
interface Client {
  send(command: unknown, callback?: (error: unknown, output?: unknown) => void): Promise<Record<string, unknown>> | undefined
}

/** Loads a module with a host that answers every call with `answer`. */
function load(name: string, answer: Answer = { output: {} }): { exports: Exports; calls: Call[] } {
  const source = SDK_MODULES[name]
  if (source === undefined) throw new Error(`No module ${name}`)
  const calls: Call[] = []
  const host = {
    awsCall(service: string, operation: string, input: Record<string, unknown>): Promise<unknown> {
      calls.push({ service, operation, input })
      if ('output' in answer) return Promise.resolve(answer.output)
      return Promise.reject(Object.assign(new Error(answer.error.message), { name: answer.error.name }))
    },
  }
  const module = { exports: {} as Exports }
  new Function('module', 'exports', 'require', '__lambdaPlayground', source)(module, module.exports, undefined, host)
  return { exports: module.exports, calls }
}

function client(exports: Exports, name: string): Client {
  const Client = exports[name]
  if (!Client) throw new Error(`No export ${name}`)
  return new Client({ region: 'us-east-1' }) as Client
}

function command(exports: Exports, name: string, input: unknown): Command {
  const Command = exports[name]
  if (!Command) throw new Error(`No export ${name}`)
  return new Command(input) as Command
}

describe('SDK_MODULES', () => {
  test('every module parses and exports its client, commands and service exception', () => {
    const expected: Record<string, string[]> = {
      '@aws-sdk/client-lambda': ['LambdaClient', 'Lambda', 'InvokeCommand', 'LambdaServiceException', 'ResourceNotFoundException', 'TooManyRequestsException'],
      '@aws-sdk/client-sqs': ['SQSClient', 'SQS', 'SendMessageCommand', 'SQSServiceException', 'QueueDoesNotExist'],
      '@aws-sdk/client-sns': ['SNSClient', 'SNS', 'PublishCommand', 'SNSServiceException', 'NotFoundException'],
      '@aws-sdk/client-s3': ['S3Client', 'S3', 'PutObjectCommand', 'GetObjectCommand', 'DeleteObjectCommand', 'DeleteObjectsCommand', 'S3ServiceException', 'NoSuchKey', 'NoSuchBucket'],
      '@aws-sdk/client-dynamodb': ['DynamoDBClient', 'DynamoDB', 'PutItemCommand', 'GetItemCommand', 'DeleteItemCommand', 'DynamoDBServiceException', 'ResourceNotFoundException'],
      '@aws-sdk/client-eventbridge': ['EventBridgeClient', 'EventBridge', 'PutEventsCommand', 'EventBridgeServiceException'],
      '@aws-sdk/client-kinesis': ['KinesisClient', 'Kinesis', 'PutRecordCommand', 'PutRecordsCommand', 'KinesisServiceException', 'ResourceNotFoundException'],
      '@aws-sdk/util-dynamodb': ['marshall', 'unmarshall'],
    }
    expect(Object.keys(SDK_MODULES).sort()).toEqual(Object.keys(expected).sort())
    for (const [name, names] of Object.entries(expected)) {
      const { exports } = load(name)
      for (const exported of names) expect(typeof exports[exported], `${name} ${exported}`).toBe('function')
    }
  })

  test('a command keeps its input; send calls awsCall with the service, the operation and the input', async () => {
    const { exports, calls } = load('@aws-sdk/client-sqs', { output: { MessageId: 'm-1', MD5OfMessageBody: 'abc' } })
    const send = command(exports, 'SendMessageCommand', { QueueUrl: 'orders', MessageBody: 'hi' })
    expect(send.input).toEqual({ QueueUrl: 'orders', MessageBody: 'hi' })
    const output = await client(exports, 'SQSClient').send(send)
    expect(calls).toEqual([{ service: 'sqs', operation: 'SendMessage', input: { QueueUrl: 'orders', MessageBody: 'hi' } }])
    expect(output).toEqual({ MessageId: 'm-1', MD5OfMessageBody: 'abc', $metadata: { httpStatusCode: 200, requestId: undefined, attempts: 1, totalRetryDelay: 0 } })
  })

  test('an AWS error rejects with an instance of its exception class, with $fault and $metadata', async () => {
    const { exports } = load('@aws-sdk/client-sqs', { error: { name: 'QueueDoesNotExist', message: 'The specified queue does not exist.' } })
    const error = await client(exports, 'SQSClient').send(command(exports, 'SendMessageCommand', {}))?.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(exports.QueueDoesNotExist as new () => unknown)
    expect(error).toBeInstanceOf(exports.SQSServiceException as new () => unknown)
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({
      name: 'QueueDoesNotExist', message: 'The specified queue does not exist.', Code: 'AWS.SimpleQueueService.NonExistentQueue',
      $fault: 'client', $metadata: { httpStatusCode: 400 },
    })
  })

  test('HTTP statuses come from the engine\'s catalogue (404 for S3 NoSuchKey, 429 for a Lambda throttle)', async () => {
    const s3 = load('@aws-sdk/client-s3', { error: { name: 'NoSuchKey', message: 'The specified key does not exist.' } })
    const missing = await client(s3.exports, 'S3Client').send(command(s3.exports, 'GetObjectCommand', { Bucket: 'b', Key: 'k' }))?.catch((e: unknown) => e)
    expect(missing).toMatchObject({ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } })
    const lambda = load('@aws-sdk/client-lambda', { error: { name: 'TooManyRequestsException', message: 'Rate Exceeded.' } })
    const throttled = await client(lambda.exports, 'LambdaClient').send(command(lambda.exports, 'InvokeCommand', { FunctionName: 'f' }))?.catch((e: unknown) => e)
    expect(throttled).toMatchObject({ name: 'TooManyRequestsException', $metadata: { httpStatusCode: 429 } })
  })

  test('a client refuses another client\'s command', async () => {
    const sqs = load('@aws-sdk/client-sqs')
    const sns = load('@aws-sdk/client-sns')
    const error = await client(sqs.exports, 'SQSClient').send(command(sns.exports, 'PublishCommand', {}))?.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(sqs.calls).toEqual([])
  })

  test('send(command, callback) calls back instead', async () => {
    const { exports } = load('@aws-sdk/client-sns', { output: { MessageId: 'm' } })
    const output = await new Promise((resolve) => {
      client(exports, 'SNSClient').send(command(exports, 'PublishCommand', { TopicArn: 't', Message: 'x' }), (_error, out) => resolve(out))
    })
    expect(output).toMatchObject({ MessageId: 'm' })
  })

  test('the aggregated client has a method per command', async () => {
    const { exports, calls } = load('@aws-sdk/client-eventbridge', { output: { FailedEntryCount: 0, Entries: [{ EventId: 'e' }] } })
    const eventBridge = new (exports.EventBridge as new () => { putEvents(input: unknown): Promise<unknown> })()
    expect(await eventBridge.putEvents({ Entries: [] })).toMatchObject({ FailedEntryCount: 0 })
    expect(calls[0]).toMatchObject({ service: 'eventbridge', operation: 'PutEvents' })
  })
})

describe('@aws-sdk/client-lambda', () => {
  test('Payload goes out as text and comes back as a Uint8Array; StatusCode sets $metadata', async () => {
    const { exports, calls } = load('@aws-sdk/client-lambda', {
      output: { StatusCode: 200, ExecutedVersion: '$LATEST', FunctionError: 'Unhandled', Payload: '{"errorMessage":"é"}' },
    })
    // {"n":"é"} in UTF-8: é is two bytes.
    const payload = new Uint8Array([123, 34, 110, 34, 58, 34, 0xc3, 0xa9, 34, 125])
    const output = await client(exports, 'LambdaClient').send(command(exports, 'InvokeCommand', { FunctionName: 'f', Payload: payload }))
    expect(calls[0]?.input).toEqual({ FunctionName: 'f', Payload: '{"n":"é"}' })
    const bytes = output?.Payload as Uint8Array & { transformToString(): string }
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(bytes.length).toBe(21)
    expect(Array.from(bytes.slice(17, 19))).toEqual([0xc3, 0xa9])
    expect(bytes.transformToString()).toBe('{"errorMessage":"é"}')
    expect(output).toMatchObject({ StatusCode: 200, FunctionError: 'Unhandled', ExecutedVersion: '$LATEST', $metadata: { httpStatusCode: 200 } })
  })

  test('an Event invoke answers 202 in StatusCode and $metadata', async () => {
    const { exports } = load('@aws-sdk/client-lambda', { output: { StatusCode: 202, Payload: '' } })
    const output = await client(exports, 'LambdaClient').send(command(exports, 'InvokeCommand', { FunctionName: 'f', InvocationType: 'Event', Payload: '{}' }))
    expect(output).toMatchObject({ StatusCode: 202, $metadata: { httpStatusCode: 202 } })
    expect((output?.Payload as Uint8Array).length).toBe(0)
  })
})

describe('@aws-sdk/client-s3', () => {
  test('PutObject sends a byte Body as text', async () => {
    const { exports, calls } = load('@aws-sdk/client-s3', { output: { ETag: '"x"' } })
    await client(exports, 'S3Client').send(command(exports, 'PutObjectCommand', { Bucket: 'b', Key: 'k', Body: new Uint8Array([104, 105]) }))
    expect(calls[0]?.input).toEqual({ Bucket: 'b', Key: 'k', Body: 'hi' })
  })

  test('GetObject answers a Body with transformToString and a Date LastModified', async () => {
    const { exports } = load('@aws-sdk/client-s3', {
      output: { Body: 'hello', ContentLength: 5, ETag: '"x"', ContentType: 'text/plain', LastModified: '2026-01-01T00:00:00.020Z' },
    })
    const output = await client(exports, 'S3Client').send(command(exports, 'GetObjectCommand', { Bucket: 'b', Key: 'k' }))
    const body = output?.Body as { transformToString(): Promise<string>; transformToByteArray(): Promise<Uint8Array> } & AsyncIterable<Uint8Array>
    expect(await body.transformToString()).toBe('hello')
    expect(Array.from(await body.transformToByteArray())).toEqual([104, 101, 108, 108, 111])
    const chunks: Uint8Array[] = []
    for await (const chunk of body) chunks.push(chunk)
    expect(chunks).toHaveLength(1)
    expect((output?.LastModified as { toISOString(): string }).toISOString()).toBe('2026-01-01T00:00:00.020Z')
  })
})

describe('@aws-sdk/client-s3 deletes', () => {
  test('DeleteObject answers with HTTP 204, DeleteObjects with 200, as S3 does', async () => {
    const { exports, calls } = load('@aws-sdk/client-s3', { output: {} })
    const s3 = client(exports, 'S3Client')
    expect((await s3.send(command(exports, 'DeleteObjectCommand', { Bucket: 'b', Key: 'k' })))?.$metadata).toMatchObject({ httpStatusCode: 204 })
    expect((await s3.send(command(exports, 'DeleteObjectsCommand', { Bucket: 'b', Delete: { Objects: [{ Key: 'k' }] } })))?.$metadata).toMatchObject({ httpStatusCode: 200 })
    expect(calls.map((c) => c.operation)).toEqual(['DeleteObject', 'DeleteObjects'])
  })
})

describe('@aws-sdk/util-dynamodb', () => {
  const util = () => load('@aws-sdk/util-dynamodb').exports as unknown as {
    marshall(value: unknown, options?: object): unknown
    unmarshall(value: unknown): unknown
  }

  test('marshall turns JavaScript values into attribute values, and unmarshall back', () => {
    const { marshall, unmarshall } = util()
    const item = { id: 'u1', age: 36, admin: true, nick: null, tags: ['a', 1], address: { city: 'London' }, roles: new Set(['x', 'y']) }
    const attributes = marshall(item)
    expect(attributes).toEqual({
      id: { S: 'u1' }, age: { N: '36' }, admin: { BOOL: true }, nick: { NULL: true },
      tags: { L: [{ S: 'a' }, { N: '1' }] }, address: { M: { city: { S: 'London' } } }, roles: { SS: ['x', 'y'] },
    })
    expect(unmarshall(attributes)).toEqual(item)
  })

  test('undefined values are refused unless removeUndefinedValues', () => {
    const { marshall } = util()
    expect(() => marshall({ a: undefined })).toThrow('removeUndefinedValues')
    expect(marshall({ a: undefined, b: 1 }, { removeUndefinedValues: true })).toEqual({ b: { N: '1' } })
  })
})
