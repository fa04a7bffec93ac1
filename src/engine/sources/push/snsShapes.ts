/**
 * What SNS delivers, in the real shapes: the Lambda event (fact sheet §11 [G-sns]) and the JSON
 * envelope an SQS subscription receives unless it asks for raw message delivery
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html).
 * Signatures are placeholders: the simulator signs nothing.
 */
import type { MessageAttributes } from '../sqs/message.ts'

/** SNS message attributes as subscribers see them: `{ Type, Value }` (`String`, `Number`, `String.Array`, `Binary`). */
export type SnsAttributes = Readonly<Record<string, { readonly Type: string; readonly Value: string }>>

/** One published message. */
export interface SnsMessage {
  readonly text: string
  readonly subject: string | null
  readonly attributes: SnsAttributes | null
  /** FIFO topics: the message group, passed on to FIFO queue subscriptions. */
  readonly groupId: string | null
}

/** The per-message part every subscriber's copy shares, built once per publish. */
export interface SnsNotification {
  readonly messageId: string
  readonly topicArn: string
  readonly timestamp: string
  readonly message: SnsMessage
  /** The topic's signing certificate URL (its Region's). */
  readonly certUrl: string
}

/** What a subscription's copies carry of it. */
export interface SubscriptionIds {
  readonly arn: string
  readonly unsubscribeUrl: string
}

const SIGNATURE = 'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q='
export const certUrl = (region: string): string => `https://sns.${region}.amazonaws.com/SimpleNotificationService-0000000000000000000000000000000f.pem`
export const unsubscribeUrl = (region: string, subscriptionArn: string): string =>
  `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscriptionArn}`

/**
 * The event a Lambda subscription's function receives, built only when serialised (as the SQS, API
 * and stream events are): a modelled function never reads it, and a fan-out makes one per subscriber.
 */
export class SnsLambdaEvent {
  constructor(private readonly notification: SnsNotification, private readonly subscription: SubscriptionIds) {}

  toJSON(): object {
    return lambdaEventRecord(this.notification, this.subscription)
  }
}

function lambdaEventRecord(notification: SnsNotification, subscription: SubscriptionIds): object {
  const { message } = notification
  return {
    Records: [{
      EventVersion: '1.0',
      EventSubscriptionArn: subscription.arn,
      EventSource: 'aws:sns',
      Sns: {
        SignatureVersion: '1',
        Timestamp: notification.timestamp,
        Signature: SIGNATURE,
        SigningCertUrl: notification.certUrl,
        MessageId: notification.messageId,
        Message: message.text,
        MessageAttributes: message.attributes ?? {},
        Type: 'Notification',
        UnsubscribeUrl: subscription.unsubscribeUrl,
        TopicArn: notification.topicArn,
        Subject: message.subject,
      },
    }],
  }
}

/** The JSON document an SQS subscription receives as its message body (without raw message delivery). */
export function sqsEnvelope(notification: SnsNotification, subscription: SubscriptionIds): object {
  const { message } = notification
  return {
    Type: 'Notification',
    MessageId: notification.messageId,
    TopicArn: notification.topicArn,
    ...(message.subject === null ? {} : { Subject: message.subject }),
    Message: message.text,
    Timestamp: notification.timestamp,
    SignatureVersion: '1',
    Signature: SIGNATURE,
    SigningCertURL: notification.certUrl,
    UnsubscribeURL: subscription.unsubscribeUrl,
    ...(message.attributes === null ? {} : { MessageAttributes: message.attributes }),
  }
}

/** With raw message delivery, SNS attributes become the SQS message's attributes (`Type` → `DataType`). */
export function rawAttributes(attributes: SnsAttributes | null): MessageAttributes | undefined {
  if (attributes === null) return undefined
  const converted: Record<string, { DataType: string; StringValue: string }> = {}
  for (const [name, { Type, Value }] of Object.entries(attributes)) converted[name] = { DataType: Type, StringValue: Value }
  return converted
}

/** SQS message attributes (a dead-letter message's RequestID, ErrorCode, ErrorMessage) as SNS message attributes. */
export function snsAttributesOf(attributes: MessageAttributes | undefined): SnsAttributes | null {
  if (attributes === undefined) return null
  const converted: Record<string, { Type: string; Value: string }> = {}
  for (const [name, { DataType, StringValue }] of Object.entries(attributes)) converted[name] = { Type: DataType, Value: StringValue ?? '' }
  return converted
}
