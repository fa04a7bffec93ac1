/**
 * `Queue:<name>` traffic: each arrival is a client's SendMessage, from outside any invocation
 * (chain depth 0). The body is the arrival's payload (a string as it is, anything else as its JSON;
 * `{}` without one). A FIFO queue's arrivals cycle through `Request.KeyCount` message groups
 * (`group-1`, `group-2`, ...); without ContentBasedDeduplication each carries its own
 * MessageDeduplicationId, with it the body decides, so identical payloads within 5 minutes are
 * deduplicated, as SQS does.
 */
import type { World } from '../../world.ts'
import type { Arrival } from '../feeders.ts'
import type { MessageAttributes } from './message.ts'
import type { SqsQueue } from './queue.ts'
import { enqueue, sendToQueue, type SendOptions } from './send.ts'

const EMPTY_BODY = {}

/** What every arrival of one Traffic entry sends alike, worked out at its first arrival. */
interface QueueTraffic {
  /** Looked up once: the entry sends to one queue, thousands of times a second. Undefined when there is no such queue. */
  readonly queue: SqsQueue | undefined
  readonly attributes: MessageAttributes | null
  /** A standard queue's send options, the same object for every arrival. */
  readonly standard: SendOptions
}

function memoOf(world: World, name: string, arrival: Arrival): QueueTraffic {
  const memo = arrival.traffic.memo as QueueTraffic | null
  if (memo) return memo
  const given = arrival.traffic.request.MessageAttributes
  const attributes = given === undefined
    ? null
    : Object.fromEntries(Object.entries(given).map(([attribute, value]) => [attribute, { DataType: 'String', StringValue: value }]))
  const created: QueueTraffic = { queue: world.queues.get(name), attributes, standard: attributes ? { messageAttributes: attributes } : {} }
  arrival.traffic.memo = created
  return created
}

export function feedQueue(world: World, name: string, arrival: Arrival): void {
  const memo = memoOf(world, name, arrival)
  const queue = memo.queue
  if (!queue) return
  const body = arrival.payload ?? EMPTY_BODY
  if (!queue.fifo) {
    // A standard queue takes these options: no group, no deduplication id, no delay.
    enqueue(world, queue, body, memo.standard)
    return
  }
  const groups = arrival.traffic.request.KeyCount ?? 1
  sendToQueue(world, name, body, {
    messageGroupId: `group-${((arrival.n - 1) % groups) + 1}`,
    ...(queue.settings.contentBasedDeduplication ? {} : { messageDeduplicationId: `traffic-${world.aws.idSerial}` }),
    ...(memo.attributes ? { messageAttributes: memo.attributes } : {}),
  })
}
