/**
 * The one way a message enters a queue, whoever sends it: handler code's SendMessage, a Lambda
 * destination or dead-letter queue, an SNS subscription, an S3 notification, an EventBridge target,
 * or `Queue:<name>` traffic. SendMessage's rules apply to all of them.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
 */
import type { World } from '../../world.ts'
import type { MessageAttributes, SqsMessage } from './message.ts'
import type { SqsQueue } from './queue.ts'

export interface SendOptions {
  /**
   * Invocations in the chain of requests that sent the message: the sender's `chainDepth` (0 from
   * outside any invocation). The function the queue's mapping invokes runs one further [D-recursion].
   * @default 0
   */
  readonly chainDepth?: number
  /** FIFO queues: required. */
  readonly messageGroupId?: string
  /** FIFO queues: required unless the queue has ContentBasedDeduplication. */
  readonly messageDeduplicationId?: string
  /** Standard queues: overrides the queue's DelaySeconds (0–900). */
  readonly delaySeconds?: number
  readonly messageAttributes?: MessageAttributes
}

/** Why SendMessage refuses a message, with SQS's error code. */
export interface SendRefusal {
  readonly ok: false
  readonly code: 'QueueDoesNotExist' | 'MissingParameter' | 'InvalidParameterValue'
  readonly message: string
}

export type SendOutcome =
  /** `idSerial` gives the message id (aws/ids.ts `awsIdOf`); a duplicate within a FIFO queue's deduplication interval is accepted but not delivered. */
  | { readonly ok: true; readonly queue: SqsQueue; readonly idSerial: number; readonly deduplicated: boolean }
  | SendRefusal

const refuse = (code: SendRefusal['code'], message: string): SendRefusal => ({ ok: false, code, message })

/** Sends `body` (text, or an object sent as its JSON) to the queue named `queueName` now. */
export function sendToQueue(world: World, queueName: string, body: unknown, options: SendOptions = {}): SendOutcome {
  const queue = world.queues.get(queueName)
  if (!queue) return refuse('QueueDoesNotExist', 'The specified queue does not exist.')
  const refusal = refusalOf(queue, options)
  if (refusal !== null) return refusal
  const idSerial = world.aws.idSerial
  return { ok: true, queue, idSerial, deduplicated: enqueue(world, queue, body, options) === null }
}

/** Why SendMessage refuses these options for this queue; null when it takes them. */
function refusalOf(queue: SqsQueue, options: SendOptions): SendRefusal | null {
  const groupId = options.messageGroupId
  const deduplicationId = options.messageDeduplicationId
  if (queue.fifo) {
    if (groupId === undefined || groupId === '') return refuse('MissingParameter', 'The request must contain the parameter MessageGroupId.')
    if (deduplicationId === undefined && !queue.settings.contentBasedDeduplication) {
      return refuse('InvalidParameterValue', 'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly')
    }
    if (options.delaySeconds !== undefined) {
      return refuse('InvalidParameterValue', `Value ${options.delaySeconds} for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.`)
    }
  } else if (deduplicationId !== undefined) {
    return refuse('InvalidParameterValue', 'The request include parameter that is not valid for this queue type')
  }
  return null
}

/**
 * Puts a message SendMessage's rules allow into the queue, under the next AWS id: the message, or
 * null when a FIFO queue drops it as a duplicate. Producers whose options are always valid (a
 * standard queue's traffic) call it directly, saving the outcome a busy queue would make per message.
 */
export function enqueue(world: World, queue: SqsQueue, body: unknown, options: SendOptions): SqsMessage | null {
  return queue.send(
    body, world.aws.idSerial++, options.chainDepth ?? 0, queue.fifo ? (options.messageGroupId as string) : null, options.messageDeduplicationId ?? null,
    options.delaySeconds === undefined ? null : options.delaySeconds * 1000, options.messageAttributes ?? null,
  )
}
