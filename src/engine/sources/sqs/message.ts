/**
 * One SQS message as the simulated queue keeps it. Producers hand over a body that may still be
 * an object (an invocation record, an S3 event, an SNS envelope): its text, size and MD5 are worked
 * out only when something reads them (a handler's event, a filter, the 6 MB batch cap), so a
 * model-only run moves millions of messages without serialising one.
 */
import { md5Hex } from '../../aws/md5.ts'
import { utf8ByteLength } from '../../scenario/describe.ts'

/** `MessageAttributes` as SendMessage takes them and the Lambda event shows them (`stringValue`, `dataType`). */
export type MessageAttributes = Readonly<Record<string, { readonly DataType: string; readonly StringValue?: string }>>

export class SqsMessage {
  /** 0 while not in flight; else the receipt of the receive that holds it (a stale receipt deletes nothing). */
  receipt = 0
  receiveCount = 0
  /** -1 until the first receive (`ApproximateFirstReceiveTimestamp`). */
  firstReceiveAtMs = -1
  private text: string | null
  private bytes = -1

  constructor(
    /** Arrival order in its queue: the tie-break among messages sent at the same instant. */
    readonly serial: number,
    /** The AWS id counter's value at the send (`messageIdOf` formats it when asked). */
    readonly idSerial: number,
    readonly body: unknown,
    /** `SentTimestamp`: retention counts from it; a move to a FIFO dead-letter queue resets it. */
    public sentAtMs: number,
    /** Invocations in the chain of requests that sent it: the consumer runs one further [D-recursion]. */
    readonly chainDepth: number,
    /** FIFO: the message group, delivered in arrival order; null in standard queues. */
    readonly groupId: string | null,
    readonly attributes: MessageAttributes | null,
  ) {
    this.text = typeof body === 'string' ? body : null
  }

  /** The body as SQS stores it: text (objects are sent as their JSON). */
  bodyText(): string {
    this.text ??= textOf(this.body)
    return this.text
  }

  bodyBytes(): number {
    if (this.bytes < 0) this.bytes = utf8ByteLength(this.bodyText())
    return this.bytes
  }

  md5OfBody(): string {
    return md5Hex(this.bodyText())
  }
}

/**
 * Producers often send one object many times (a Traffic entry's payload): the last object's text is
 * kept, so each distinct body is written out once in a row instead of once per message.
 */
let lastBody: unknown = undefined
let lastText = ''

function textOf(body: unknown): string {
  if (body !== lastBody || lastText === '') {
    lastText = JSON.stringify(body ?? null)
    lastBody = body
  }
  return lastText
}
