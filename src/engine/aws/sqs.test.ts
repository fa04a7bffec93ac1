import { describe, expect, test } from 'vitest'
import { awsAccount, errorOf, outputOf } from '../testing/awsHarness.ts'
import { Lease } from '../sources/sqs/lease.ts'

const QUEUES = { Queues: [{ QueueName: 'orders' }, { QueueName: 'orders.fifo', FifoQueue: true, ContentBasedDeduplication: true }, { QueueName: 'plain.fifo', FifoQueue: true }] }
const URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('SQS SendMessage', () => {
  test('puts the message on the queue and answers its id and the MD5 of its body after 10 ms', () => {
    const account = awsAccount(QUEUES)
    const answer = account.send('sqs', 'SendMessage', { QueueUrl: URL, MessageBody: 'Test message.' })
    const output = outputOf(answer)
    expect(output.MessageId).toMatch(UUID)
    expect(output.MD5OfMessageBody).toBe('e4e68fb7bd0e697a0ae8f1bb342846b3')
    expect(output.SequenceNumber).toBeUndefined()
    expect(answer.atMs).toBe(10)
    const queue = account.world.queues.get('orders')
    expect(queue?.accounting().Received).toBe(1)
    expect(queue?.recentMessages()).toEqual(['Test message.'])
  })

  test('accepts the queue name for QueueUrl', () => {
    const account = awsAccount(QUEUES)
    outputOf(account.send('sqs', 'SendMessage', { QueueUrl: 'orders', MessageBody: 'hi' }))
    expect(account.world.queues.get('orders')?.accounting().Received).toBe(1)
  })

  test('an unknown queue fails with QueueDoesNotExist', () => {
    const account = awsAccount(QUEUES)
    expect(errorOf(account.send('sqs', 'SendMessage', { QueueUrl: 'nope', MessageBody: 'hi' }))).toEqual({
      name: 'QueueDoesNotExist', message: 'The specified queue does not exist.',
    })
  })

  test('a FIFO queue requires MessageGroupId and answers a sequence number', () => {
    const account = awsAccount(QUEUES)
    expect(errorOf(account.send('sqs', 'SendMessage', { QueueUrl: 'orders.fifo', MessageBody: 'hi' }))).toEqual({
      name: 'MissingParameter', message: 'The request must contain the parameter MessageGroupId.',
    })
    const output = outputOf(account.send('sqs', 'SendMessage', { QueueUrl: 'orders.fifo', MessageBody: 'hi', MessageGroupId: 'g' }))
    expect(output.SequenceNumber).toMatch(/^\d{20}$/)
  })

  test('an empty or missing body fails with MissingParameter', () => {
    const account = awsAccount(QUEUES)
    expect(errorOf(account.send('sqs', 'SendMessage', { QueueUrl: URL, MessageBody: '' })).name).toBe('MissingParameter')
    expect(errorOf(account.send('sqs', 'SendMessage', { QueueUrl: URL })).name).toBe('MissingParameter')
  })

  test('a body over 256 KiB fails with InvalidParameterValue', () => {
    const account = awsAccount(QUEUES)
    const answer = account.send('sqs', 'SendMessage', { QueueUrl: URL, MessageBody: 'x'.repeat(262_145) })
    expect(errorOf(answer).name).toBe('InvalidParameterValue')
    expect(account.world.queues.get('orders')?.accounting().Received).toBe(0)
  })

  test('a FIFO queue without ContentBasedDeduplication needs MessageDeduplicationId', () => {
    const account = awsAccount(QUEUES)
    expect(errorOf(account.send('sqs', 'SendMessage', { QueueUrl: 'plain.fifo', MessageBody: 'hi', MessageGroupId: 'g' }))).toEqual({
      name: 'InvalidParameterValue', message: 'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    })
    outputOf(account.send('sqs', 'SendMessage', { QueueUrl: 'plain.fifo', MessageBody: 'hi', MessageGroupId: 'g', MessageDeduplicationId: 'd' }))
  })

  test('DelaySeconds delays the message (0 to 900) and MessageAttributes travel with it', () => {
    const account = awsAccount(QUEUES)
    expect(errorOf(account.send('sqs', 'SendMessage', { QueueUrl: URL, MessageBody: 'hi', DelaySeconds: 901 })).name).toBe('InvalidParameterValue')
    outputOf(account.send('sqs', 'SendMessage', {
      QueueUrl: URL, MessageBody: 'later', DelaySeconds: 30, MessageAttributes: { kind: { DataType: 'String', StringValue: 'demo' } },
    }))
    const queue = account.world.queues.get('orders')
    expect(queue?.delayedCount).toBe(1)
    expect(queue?.recentMessages()).toEqual([{ body: 'later', messageAttributes: { kind: { DataType: 'String', StringValue: 'demo' } } }])
  })

  test("the message carries the caller's chain of requests, for recursive loop detection [D-recursion]", () => {
    const account = awsAccount(QUEUES)
    outputOf(account.send('sqs', 'SendMessage', { QueueUrl: URL, MessageBody: 'hi' }, { functionName: 'caller', chainDepth: 7 }))
    const lease = new Lease()
    account.world.queues.get('orders')?.receive(lease, 1, Number.POSITIVE_INFINITY)
    expect(lease.messages[0]?.chainDepth).toBe(7)
  })
})
