/**
 * The simulated AWS SDK modules (src/sandbox/sdk) running inside the sandbox as built-in modules,
 * answered by the host in virtual time.
 */
import { expect, test } from 'vitest'
import { SDK_MODULES } from './sdk/index.ts'
import { FakeHost, payloadOf, runInvoke } from './testing/fakeHost.ts'
import { useRuntime } from './testing/useRuntime.ts'


const sandbox = useRuntime({ builtinModules: SDK_MODULES })

const CODE = [
  'import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs"',
  'const sqs = new SQSClient({})',
  'export const handler = async (event) => {',
  '  try {',
  '    const out = await sqs.send(new SendMessageCommand({ QueueUrl: event.queue, MessageBody: "hello" }))',
  '    return { ok: true, id: out.MessageId }',
  '  } catch (error) {',
  '    return { ok: false, name: error.name, message: error.message, fault: error.$fault, status: error.$metadata?.httpStatusCode }',
  '  }',
  '}',
].join('\n')

test('a send goes to the host and its answer comes back in virtual time', () => {
  const host = new FakeHost(1_767_225_600_000, (_service, _operation, input) => {
    const queue = (input as { QueueUrl?: string }).QueueUrl
    return queue === 'missing'
      ? { delayMs: 20, outcome: { ok: false, name: 'QueueDoesNotExist', message: 'The specified queue does not exist.' } }
      : { delayMs: 15, outcome: { ok: true, output: { MessageId: 'm-1' } } }
  })
  const booted = sandbox.boot({ 'index.mjs': CODE }, {}, host)
  expect(booted.init?.outcome.type).toBe('success')
  const sent = runInvoke(booted.env, host, { queue: 'orders' })
  expect(payloadOf(sent)).toEqual({ ok: true, id: 'm-1' })
  expect(sent?.elapsedMs).toBe(15)
  expect(host.awsCalls[0]).toMatchObject({ service: 'sqs', operation: 'SendMessage', input: { QueueUrl: 'orders', MessageBody: 'hello' } })
  expect(payloadOf(runInvoke(booted.env, host, { queue: 'missing' }))).toMatchObject({ ok: false, name: 'QueueDoesNotExist', message: 'The specified queue does not exist.' })
})
