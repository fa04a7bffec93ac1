/** A queue on its own, driven by hand: delivery order, FIFO groups, deduplication, stale receipts. */
import { describe, expect, test } from 'vitest'
import { SQS_DEDUPLICATION_INTERVAL_MS } from '../../facts.ts'
import { runStep } from '../../runtime/codeStep.ts'
import { awsAccount } from '../../testing/awsHarness.ts'
import type { QueueConfig } from '../../scenario/types.ts'
import type { World } from '../../world.ts'
import { Lease } from './lease.ts'
import type { SqsQueue } from './queue.ts'
import { sendToQueue, type SendOptions } from './send.ts'

/** Runs the world's agenda up to `toMs` (the queue's own steps: visibility timeouts, delays, sampling). */
function advance(world: World, toMs: number): void {
  while (world.queue.peekTime() <= toMs) {
    world.nowMs = world.queue.peekTime()
    const entry = world.queue.pop()
    if (entry.kind === 'code-step') runStep(entry)
  }
  world.nowMs = toMs
}

function account(queues: QueueConfig[]) {
  const { world } = awsAccount({ Queues: queues })
  const queue = (name: string): SqsQueue => world.queues.get(name) as SqsQueue
  const send = (name: string, body: string, options: SendOptions = {}) => sendToQueue(world, name, body, options)
  const receive = (name: string, max: number): { lease: Lease; bodies: unknown[] } => {
    const lease = new Lease()
    queue(name).receive(lease, max, Number.POSITIVE_INFINITY)
    return { lease, bodies: lease.messages.map((m) => m.body) }
  }
  return { world, queue, send, receive }
}

describe('standard queue delivery order (ours: oldest first)', () => {
  test('a message back from its visibility timeout is received before messages sent after it', () => {
    const { world, send, receive } = account([{ QueueName: 'q', VisibilityTimeout: 10 }])
    send('q', 'first')
    receive('q', 1)
    advance(world, 5000)
    send('q', 'second')
    advance(world, 10_000)
    expect(receive('q', 2).bodies).toEqual(['first', 'second'])
  })

  test('a stale receipt deletes nothing: the message came back and is delivered again (at-least-once)', () => {
    const { world, queue, send, receive } = account([{ QueueName: 'q', VisibilityTimeout: 10 }])
    send('q', 'slow')
    const first = receive('q', 1)
    advance(world, 10_000)
    const second = receive('q', 1)
    expect(queue('q').delete(first.lease, 0, 'processed')).toBe(false)
    expect(second.lease.messages[0]?.receiveCount).toBe(2)
    expect(queue('q').delete(second.lease, 0, 'processed')).toBe(true)
    expect(queue('q').accounting()).toEqual({ Received: 1, Processed: 1, DeadLettered: 0, Dropped: {}, Pending: 0 })
  })
})

describe('FIFO queues: message groups in order, one group in flight at a time', () => {
  const FIFO = [{ QueueName: 'q.fifo', FifoQueue: true, ContentBasedDeduplication: true, VisibilityTimeout: 10 }]

  test('a receive takes as many messages of one group as it can, in order, and skips groups in flight', () => {
    const { send, receive } = account(FIFO)
    for (const [group, body] of [['a', 'a1'], ['b', 'b1'], ['a', 'a2'], ['b', 'b2'], ['a', 'a3']] as const) send('q.fifo', body, { messageGroupId: group })
    expect(receive('q.fifo', 2).bodies).toEqual(['a1', 'a2'])
    // Group a has messages in flight, so its a3 waits; b is free.
    expect(receive('q.fifo', 10).bodies).toEqual(['b1', 'b2'])
    expect(receive('q.fifo', 10).bodies).toEqual([])
  })

  test('failed messages come back to the front of their group, before the ones that waited', () => {
    const { world, queue, send, receive } = account(FIFO)
    for (const body of ['1', '2', '3', '4']) send('q.fifo', body, { messageGroupId: 'g' })
    const { lease } = receive('q.fifo', 3)
    queue('q.fifo').delete(lease, 0, 'processed')
    advance(world, 10_000)
    expect(receive('q.fifo', 10).bodies).toEqual(['2', '3', '4'])
  })

  test('deleting every message in flight frees the group at once', () => {
    const { queue, send, receive } = account(FIFO)
    for (const body of ['1', '2', '3']) send('q.fifo', body, { messageGroupId: 'g' })
    const { lease } = receive('q.fifo', 2)
    queue('q.fifo').delete(lease, 0, 'processed')
    expect(receive('q.fifo', 10).bodies).toEqual([])
    queue('q.fifo').delete(lease, 1, 'processed')
    expect(receive('q.fifo', 10).bodies).toEqual(['3'])
  })
})

describe('FIFO deduplication: 5 minutes', () => {
  test('ContentBasedDeduplication: the same body within 5 minutes is accepted but not delivered (Deduplicated)', () => {
    const { world, queue, send } = account([{ QueueName: 'q.fifo', FifoQueue: true, ContentBasedDeduplication: true }])
    expect(send('q.fifo', 'same', { messageGroupId: 'g' })).toMatchObject({ ok: true, deduplicated: false })
    advance(world, SQS_DEDUPLICATION_INTERVAL_MS - 1)
    expect(send('q.fifo', 'same', { messageGroupId: 'g' })).toMatchObject({ ok: true, deduplicated: true })
    advance(world, SQS_DEDUPLICATION_INTERVAL_MS)
    expect(send('q.fifo', 'same', { messageGroupId: 'g' })).toMatchObject({ ok: true, deduplicated: false })
    expect(queue('q.fifo').accounting()).toMatchObject({ Received: 3, Dropped: { Deduplicated: 1 }, Pending: 2 })
  })

  test('MessageDeduplicationId decides whatever the body', () => {
    const { queue, send } = account([{ QueueName: 'q.fifo', FifoQueue: true }])
    send('q.fifo', 'one', { messageGroupId: 'g', messageDeduplicationId: 'x' })
    send('q.fifo', 'two', { messageGroupId: 'g', messageDeduplicationId: 'x' })
    send('q.fifo', 'one', { messageGroupId: 'g', messageDeduplicationId: 'y' })
    expect(queue('q.fifo').accounting()).toMatchObject({ Received: 3, Dropped: { Deduplicated: 1 }, Pending: 2 })
  })

  test('without ContentBasedDeduplication a FIFO message needs a MessageDeduplicationId, and always a group', () => {
    const { send } = account([{ QueueName: 'q.fifo', FifoQueue: true }])
    expect(send('q.fifo', 'x', { messageGroupId: 'g' })).toMatchObject({ ok: false, code: 'InvalidParameterValue' })
    expect(send('q.fifo', 'x', { messageDeduplicationId: 'd' })).toMatchObject({ ok: false, code: 'MissingParameter' })
  })
})
