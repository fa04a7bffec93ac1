/**
 * `@aws-sdk/client-kinesis` inside the sandbox: PutRecord's `Data` may be bytes (a Buffer or a
 * Uint8Array), which reach the simulated Kinesis as text, and the answer names the shard.
 */
import { expect, test } from 'vitest'
import { SDK_MODULES } from './sdk/index.ts'
import { FakeHost, payloadOf, runInvoke } from './testing/fakeHost.ts'
import { useRuntime } from './testing/useRuntime.ts'

const sandbox = useRuntime({ builtinModules: SDK_MODULES })

const CODE = [
  'import { KinesisClient, PutRecordCommand, PutRecordsCommand } from "@aws-sdk/client-kinesis"',
  'const kinesis = new KinesisClient({})',
  'export const handler = async () => {',
  '  const one = await kinesis.send(new PutRecordCommand({ StreamName: "clicks", PartitionKey: "u-1", Data: Buffer.from(JSON.stringify({ a: 1 })) }))',
  '  const many = await kinesis.send(new PutRecordsCommand({ StreamName: "clicks", Records: [{ PartitionKey: "u-2", Data: "text" }] }))',
  '  return { shard: one.ShardId, count: many.Records.length }',
  '}',
].join('\n')

test('PutRecord sends bytes as text; PutRecords each record\'s data', () => {
  const host = new FakeHost(1_767_225_600_000, (_service, operation) => ({
    delayMs: 10,
    outcome: { ok: true, output: operation === 'PutRecord' ? { ShardId: 'shardId-000000000000', SequenceNumber: '49' } : { FailedRecordCount: 0, Records: [{}] } },
  }))
  const booted = sandbox.boot({ 'index.mjs': CODE }, {}, host)
  expect(booted.init?.outcome.type).toBe('success')
  expect(payloadOf(runInvoke(booted.env, host, {}))).toEqual({ shard: 'shardId-000000000000', count: 1 })
  expect(host.awsCalls.map((c) => [c.service, c.operation, c.input])).toEqual([
    ['kinesis', 'PutRecord', { StreamName: 'clicks', PartitionKey: 'u-1', Data: '{"a":1}' }],
    ['kinesis', 'PutRecords', { StreamName: 'clicks', Records: [{ PartitionKey: 'u-2', Data: 'text' }] }],
  ])
})
