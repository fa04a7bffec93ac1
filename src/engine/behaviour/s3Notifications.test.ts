/**
 * S3 event notifications [G-s3]: object events filtered by type, prefix and suffix, sent to a
 * function (asynchronously), a queue or a topic in the documented event shape; PutObject from
 * handler code notifies on the writer's chain [B-recursion-s3]; the S3 on-failure destination
 * (since Nov 2024) stores the invocation record under Lambda's key [D-async-rec].
 */
import { describe, expect, test } from 'vitest'
import type { BucketNotificationConfiguration, Scenario } from '../scenario/types.ts'
import { scenarioOf } from '../testing/harness.ts'
import { CODE, runRecording, total } from './pushHarness.ts'

function bucketScenario(notifications: BucketNotificationConfiguration, traffic: Scenario['Traffic'], extra: Partial<Scenario> = {}): Scenario {
  return scenarioOf({
    DurationSeconds: 30,
    Functions: [{ FunctionName: 'thumbnail', Code: CODE }],
    Queues: [{ QueueName: 'uploads' }],
    Topics: [{ TopicName: 'alerts', Subscriptions: [{ Protocol: 'sqs', Endpoint: 'uploads' }] }],
    Buckets: [{ BucketName: 'photos', NotificationConfiguration: notifications }],
    Traffic: traffic,
    ...extra,
  })
}

const uploads = (count: number, key: string, eventName = 's3:ObjectCreated:Put', size = 2048): NonNullable<Scenario['Traffic']>[number] => ({
  Target: 'Bucket:photos', Arrivals: { Process: 'burst', Count: count, AtSecond: 1 }, Request: { EventName: eventName, Key: key, Size: size },
})

const jpegs = (extra: Partial<BucketNotificationConfiguration> = {}): BucketNotificationConfiguration => ({
  LambdaFunctionConfigurations: [{
    Id: 'make-thumbnails', LambdaFunctionArn: 'thumbnail', Events: ['s3:ObjectCreated:*'],
    Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'images/' }, { Name: 'suffix', Value: '.jpg' }] } },
  }],
  ...extra,
})

describe('which events notify', () => {
  test('only keys with the prefix and suffix, of the configured event types, invoke the function', () => {
    const { sim, received } = runRecording(bucketScenario(jpegs(), [
      uploads(3, 'images/{n}.jpg'), uploads(2, 'images/{n}.png'), uploads(2, 'docs/{n}.jpg'), uploads(1, 'images/old.jpg', 's3:ObjectRemoved:Delete'),
    ]))
    expect(received.get('thumbnail')).toHaveLength(3)
    expect(sim.summary().Functions.thumbnail?.AsyncEventsReceived).toBe(3)
    expect(sim.summary().Buckets?.photos).toEqual({ ObjectEvents: 8, NotificationsSent: 3, FilteredOut: 5 })
    expect(sim.eventAccounting()['Bucket:photos']).toEqual({ Received: 8, Processed: 3, DeadLettered: 0, Dropped: { FilteredOut: 5 }, Pending: 0 })
    const metrics = sim.resourceMetrics({ kind: 'Bucket', name: 'photos', resolution: 'minute' })
    expect(total(metrics, 'PutRequests')).toBe(7)
    expect(total(metrics, 'DeleteRequests')).toBe(1)
    expect(total(metrics, 'BytesUploaded')).toBe(7 * 2048)
  })

  test('ObjectCreated:* covers Put, Post, Copy and CompleteMultipartUpload; ObjectRemoved:Delete only deletes', () => {
    const { received } = runRecording(bucketScenario({
      LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'thumbnail', Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:Delete'] }],
    }, [
      uploads(1, 'a', 's3:ObjectCreated:Put'), uploads(1, 'b', 's3:ObjectCreated:Post'), uploads(1, 'c', 's3:ObjectCreated:Copy'),
      uploads(1, 'd', 's3:ObjectCreated:CompleteMultipartUpload'), uploads(1, 'e', 's3:ObjectRemoved:Delete'),
      uploads(1, 'f', 's3:ObjectRemoved:DeleteMarkerCreated'),
    ]))
    const names = received.get('thumbnail')?.map((e) => (e as { Records: { eventName: string }[] }).Records[0]?.eventName)
    expect(names).toEqual(['ObjectCreated:Put', 'ObjectCreated:Post', 'ObjectCreated:Copy', 'ObjectCreated:CompleteMultipartUpload', 'ObjectRemoved:Delete'])
  })
})

describe('the event [G-s3]', () => {
  test('has the documented shape, with the key URL-encoded, the size, the bare ETag and a sequencer', () => {
    const { received } = runRecording(bucketScenario(jpegs(), [uploads(1, 'images/my photo.jpg')]))
    const event = received.get('thumbnail')?.[0] as { Records: Record<string, unknown>[] }
    expect(event.Records).toHaveLength(1)
    const record = event.Records[0] as Record<string, unknown> & { s3: { object: Record<string, unknown>; bucket: Record<string, unknown> } }
    expect(Object.keys(record)).toEqual([
      'eventVersion', 'eventSource', 'awsRegion', 'eventTime', 'eventName', 'userIdentity', 'requestParameters', 'responseElements', 's3',
    ])
    expect(record).toMatchObject({
      eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime: '2026-01-01T00:00:01.000Z', eventName: 'ObjectCreated:Put',
    })
    expect(record.s3).toMatchObject({ s3SchemaVersion: '1.0', configurationId: 'make-thumbnails', bucket: { name: 'photos', arn: 'arn:aws:s3:::photos' } })
    expect(record.s3.object).toMatchObject({ key: 'images/my+photo.jpg', size: 2048 })
    expect(record.s3.object.eTag).toMatch(/^[0-9a-f]{32}$/)
    expect(record.s3.object.sequencer).toMatch(/^[0-9A-F]{18}$/)
  })

  test('a removal carries the key and sequencer only', () => {
    const { received } = runRecording(bucketScenario({ LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'thumbnail', Events: ['s3:ObjectRemoved:*'] }] }, [
      uploads(1, 'gone.txt', 's3:ObjectRemoved:Delete'),
    ]))
    const record = (received.get('thumbnail')?.[0] as { Records: { s3: { object: Record<string, unknown> } }[] }).Records[0]
    expect(Object.keys(record?.s3.object ?? {})).toEqual(['key', 'sequencer'])
  })

  test('queues get the event as their message; topics publish it with the subject "Amazon S3 Notification"', () => {
    const toQueue = runRecording(bucketScenario({ QueueConfigurations: [{ QueueArn: 'uploads', Events: ['s3:ObjectCreated:*'] }] }, [uploads(2, 'k{n}')]))
    expect(toQueue.sim.queueMessages('uploads')).toHaveLength(2)
    expect(toQueue.sim.queueMessages('uploads')[0]).toMatchObject({ Records: [{ eventSource: 'aws:s3', s3: { object: { key: 'k1' } } }] })
    const toTopic = runRecording(bucketScenario({ TopicConfigurations: [{ TopicArn: 'alerts', Events: ['s3:ObjectCreated:*'] }] }, [uploads(1, 'k')]))
    expect(toTopic.sim.queueMessages('uploads')[0]).toMatchObject({ Type: 'Notification', Subject: 'Amazon S3 Notification' })
  })
})

describe('objects written by handler code and by Lambda', () => {
  test('PutObject from a handler notifies, and the object is there to read', () => {
    const scenario = bucketScenario(jpegs(), [{ Target: 'writer', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }], {
      Functions: [{ FunctionName: 'writer', Code: CODE }, { FunctionName: 'thumbnail', Code: CODE }],
    })
    let read: unknown = null
    const { received } = runRecording(scenario, {
      writer: (call) => call.host.awsCall('s3', 'PutObject', { Bucket: 'photos', Key: 'images/cat.jpg', Body: 'meow' }, () => call.done({ type: 'success', payload: 'null' })),
      thumbnail: (call) => call.host.awsCall('s3', 'GetObject', { Bucket: 'photos', Key: 'images/cat.jpg' }, (outcome) => {
        read = outcome
        call.done({ type: 'success', payload: 'null' })
      }),
    })
    expect(received.get('thumbnail')).toHaveLength(1)
    expect(read).toMatchObject({ ok: true, output: { Body: 'meow' } })
  })

  test('the S3 on-failure destination stores the record as aws/lambda/async/<function>/YYYY/MM/DD/...-<uuid> [D-async-rec]', () => {
    const scenario = scenarioOf({
      DurationSeconds: 600,
      Functions: [
        { FunctionName: 'worker', Simulation: { ErrorRate: 1 }, EventInvokeConfig: { MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::failures' } } } },
        { FunctionName: 'inspector', Code: CODE },
      ],
      Buckets: [{ BucketName: 'failures', NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'inspector', Events: ['s3:ObjectCreated:*'] }] } }],
      Traffic: [{ Target: 'worker', InvocationType: 'Event', Arrivals: { Process: 'burst', Count: 1, AtSecond: 0 } }],
    })
    const { received } = runRecording(scenario)
    const record = (received.get('inspector')?.[0] as { Records: { s3: { object: { key: string } } }[] }).Records[0]
    expect(record?.s3.object.key).toMatch(/^aws\/lambda\/async\/worker\/2026\/01\/01\/2026-01-01T00\.00\.00-[0-9a-f-]{36}$/)
  })

  test('DeleteObject from a handler removes the object and notifies s3:ObjectRemoved:Delete, filters applied, with no size or ETag [G-s3]', () => {
    const scenario = bucketScenario({
      LambdaFunctionConfigurations: [{
        Id: 'on-delete', LambdaFunctionArn: 'thumbnail', Events: ['s3:ObjectRemoved:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'images/' }] } },
      }],
    }, [{ Target: 'cleaner', Arrivals: { Process: 'burst', Count: 1, AtSecond: 1 } }], {
      Functions: [{ FunctionName: 'cleaner', Code: CODE }, { FunctionName: 'thumbnail', Code: CODE }],
    })
    const put = (key: string) => ({ Bucket: 'photos', Key: key, Body: 'x' })
    let read: unknown = null
    const { sim, received } = runRecording(scenario, {
      cleaner: (call) => call.host.awsCall('s3', 'PutObject', put('images/a.jpg'), () =>
        call.host.awsCall('s3', 'PutObject', put('docs/b.txt'), () =>
          call.host.awsCall('s3', 'DeleteObject', { Bucket: 'photos', Key: 'images/a.jpg' }, () =>
            call.host.awsCall('s3', 'DeleteObjects', { Bucket: 'photos', Delete: { Objects: [{ Key: 'docs/b.txt' }, { Key: 'images/gone.jpg' }] } }, () =>
              call.host.awsCall('s3', 'GetObject', { Bucket: 'photos', Key: 'docs/b.txt' }, (outcome) => {
                read = outcome
                call.done({ type: 'success', payload: 'null' })
              }))))),
    })
    const events = (received.get('thumbnail') ?? []) as { Records: { eventName: string; s3: { configurationId: string; object: Record<string, unknown> } }[] }[]
    expect(events.map((e) => e.Records[0]?.s3.object.key)).toEqual(['images/a.jpg', 'images/gone.jpg'])
    const record = events[0]?.Records[0]
    expect(record?.eventName).toBe('ObjectRemoved:Delete')
    expect(record?.s3.configurationId).toBe('on-delete')
    expect(Object.keys(record?.s3.object ?? {})).toEqual(['key', 'sequencer'])
    expect(read).toMatchObject({ ok: false, name: 'NoSuchKey' })
    // Two puts, DeleteObject, DeleteObjects of two keys (one request for S3's DeleteRequests metric).
    const metrics = sim.resourceMetrics({ kind: 'Bucket', name: 'photos', resolution: 'minute' })
    expect([total(metrics, 'PutRequests'), total(metrics, 'DeleteRequests')]).toEqual([2, 2])
    expect(sim.eventAccounting()['Bucket:photos']).toEqual({ Received: 5, Processed: 2, DeadLettered: 0, Dropped: { FilteredOut: 3 }, Pending: 0 })
  })
})
