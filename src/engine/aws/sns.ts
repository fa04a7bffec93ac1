/** SNS Publish: the message is counted on a scenario topic (subscriptions are not simulated yet; the UI shows it). */
import { remember } from '../delivery/deliver.ts'
import { utf8ByteLength } from '../scenario/describe.ts'
import { awsError } from './errors.ts'
import { nextAwsId, nextSequenceNumber } from './ids.ts'
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
  topic.messagesPublished++
  remember(topic.recent, message)
  call.succeed({ MessageId: nextAwsId(world), ...(topic.fifo ? { SequenceNumber: nextSequenceNumber(world) } : {}) })
}

export const SNS_OPERATIONS: Readonly<Record<string, Operation>> = { Publish: publish }
