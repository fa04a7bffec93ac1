/** SNS Publish from handler code: the message fans out to the topic's subscriptions (sources/push/snsTopics.ts). */
import { isObject } from '../scenario/check.ts'
import type { SnsAttributes } from '../sources/push/snsShapes.ts'
import { publishToTopic } from '../sources/push/snsTopics.ts'
import { utf8ByteLength } from '../scenario/describe.ts'
import { awsError } from './errors.ts'
import { nextSequenceNumber } from './ids.ts'
import { inputObject, lastSegment, optionalString, type ParameterErrors } from './input.ts'
import { SNS_MESSAGE_MAX_BYTES } from './limits.ts'
import type { AwsCall, Operation } from './operation.ts'

const ERRORS: ParameterErrors = {
  missing: (field) => awsError('sns', 'InvalidParameterException', `Invalid parameter: ${field} Reason: no value for required parameter`),
  invalid: (message) => awsError('sns', 'InvalidParameterException', `Invalid parameter: ${message}`),
}

/** `TopicArn` (or `TargetArn`) as `arn:aws:sns:<region>:<account>:<name>`; the bare name is accepted too. */
function publish(call: AwsCall): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const arn = optionalString(input, 'TopicArn', ERRORS) ?? optionalString(input, 'TargetArn', ERRORS)
  if (arn === undefined) throw ERRORS.missing('TopicArn or TargetArn')
  const topic = world.topics.get(lastSegment(arn, ':'))
  if (!topic) throw awsError('sns', 'NotFoundException', 'Topic does not exist')
  const message = optionalString(input, 'Message', ERRORS)
  if (message === undefined || message === '') throw ERRORS.invalid('Empty message')
  if (utf8ByteLength(message) > SNS_MESSAGE_MAX_BYTES) throw ERRORS.invalid('Message too long')
  // Required for FIFO topics, which order messages per group. https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
  const group = optionalString(input, 'MessageGroupId', ERRORS)
  if (topic.fifo && (group === undefined || group === '')) throw ERRORS.invalid('The MessageGroupId parameter is required for FIFO topics')
  const subject = optionalString(input, 'Subject', ERRORS) ?? null
  // Fans out to the topic's subscriptions on the caller's chain of requests [D-recursion].
  const attributes = messageAttributes(input.MessageAttributes)
  const published = publishToTopic(world, topic.name, { text: message, subject, attributes, groupId: group ?? null }, call.caller.chainDepth)
  call.succeed({ MessageId: published?.messageId ?? null, ...(topic.fifo ? { SequenceNumber: nextSequenceNumber(world) } : {}) })
}

/** `MessageAttributes` as the SDK takes them, `{ name: { DataType, StringValue } }`, as subscribers see them (`{ Type, Value }`). */
function messageAttributes(value: unknown): SnsAttributes | null {
  if (value === undefined || value === null) return null
  if (!isObject(value)) throw ERRORS.invalid('MessageAttributes must be a map of attribute names to { DataType, StringValue }')
  const attributes: Record<string, { Type: string; Value: string }> = {}
  for (const [name, attribute] of Object.entries(value)) {
    if (!isObject(attribute) || typeof attribute.DataType !== 'string' || typeof attribute.StringValue !== 'string') {
      throw ERRORS.invalid(`The message attribute '${name}' must contain a DataType and a StringValue`)
    }
    attributes[name] = { Type: attribute.DataType, Value: attribute.StringValue }
  }
  return attributes
}

export const SNS_OPERATIONS: Readonly<Record<string, Operation>> = { Publish: publish }
