/**
 * The event an SQS event source mapping invokes its function with, in the shape of lambda-facts §11
 * [G-sqs]. It is built only when serialised (a function with code; `toJSON`), so a modelled
 * function's batches cost no strings. Records are read at the invoke, when each message's receive
 * count and receipt are those of this batch.
 */
import { ACCOUNT_ID } from '../../facts.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'
import { awsIdOf } from '../../aws/ids.ts'
import type { World } from '../../world.ts'
import { parseEventJson } from '../patterns.ts'
import type { Lease } from './lease.ts'
import type { MessageAttributes, SqsMessage } from './message.ts'
import type { SqsQueue } from './queue.ts'

/** What a record adds to the event besides its body, roughly (ids, attributes, ARN): counted towards the 6 MB batch cap. */
export const RECORD_OVERHEAD_BYTES = 600

/** The principal that sends messages on a function's behalf, as SQS reports it (`SenderId`). */
const SENDER_ID = `AROAEXAMPLESIMULATOR:${ACCOUNT_ID}`

const timestamp = (virtualMs: number): string => String(VIRTUAL_EPOCH_MS + virtualMs)

/** A receipt handle is opaque; this one names the message and the receive, so two receives differ. */
const receiptHandle = (message: SqsMessage, receipt: number): string =>
  `AQEB${message.idSerial.toString(36).padStart(8, '0')}${receipt.toString(36).padStart(8, '0')}`

/** Lambda's spelling of message attributes: lower-case keys and empty list values. */
function lambdaAttributes(attributes: MessageAttributes | null): Record<string, unknown> {
  if (attributes === null) return {}
  const shaped: Record<string, unknown> = {}
  for (const [name, attribute] of Object.entries(attributes)) {
    shaped[name] = { stringValue: attribute.StringValue, stringListValues: [], binaryListValues: [], dataType: attribute.DataType }
  }
  return shaped
}

function attributesOf(message: SqsMessage): Record<string, string> {
  const attributes: Record<string, string> = {
    ApproximateReceiveCount: String(message.receiveCount),
    SentTimestamp: timestamp(message.sentAtMs),
    SenderId: SENDER_ID,
    ApproximateFirstReceiveTimestamp: timestamp(message.firstReceiveAtMs),
  }
  if (message.groupId !== null) {
    attributes.SequenceNumber = `1${String(message.serial).padStart(19, '0')}`
    attributes.MessageGroupId = message.groupId
  }
  return attributes
}

/** One record of the event [G-sqs]. */
export function sqsRecord(world: World, queue: SqsQueue, message: SqsMessage, receipt: number): Record<string, unknown> {
  return {
    messageId: awsIdOf(world, message.idSerial),
    receiptHandle: receiptHandle(message, receipt),
    body: message.bodyText(),
    attributes: attributesOf(message),
    messageAttributes: lambdaAttributes(message.attributes),
    md5OfBody: message.md5OfBody(),
    eventSource: 'aws:sqs',
    eventSourceARN: queue.arn,
    awsRegion: world.region,
  }
}

/**
 * What filter criteria see of a message [D-filter]: the record's fields, with `body` parsed when it
 * is JSON (numbers keep their text), else the body text itself.
 */
export function filterView(world: World, queue: SqsQueue, message: SqsMessage): Record<string, unknown> {
  const record = sqsRecord(world, queue, message, message.receipt)
  const text = message.bodyText()
  record.body = parseEventJson(text) ?? text
  return record
}

/** `{ Records: [...] }` of the messages at `indices` of a lease, built when the event is serialised. */
export class SqsEvent {
  constructor(
    private readonly world: World,
    private readonly queue: SqsQueue,
    readonly lease: Lease,
    readonly indices: readonly number[],
  ) {}

  get size(): number {
    return this.indices.length
  }

  /** The records' `messageId`s in batch order: what `batchItemFailures` names. */
  messageIds(): string[] {
    return this.indices.map((i) => awsIdOf(this.world, (this.lease.messages[i] as SqsMessage).idSerial))
  }

  toJSON(): { Records: Record<string, unknown>[] } {
    const { lease } = this
    return { Records: this.indices.map((i) => sqsRecord(this.world, this.queue, lease.messages[i] as SqsMessage, lease.receipts[i] as number)) }
  }
}
