/** SQS SendMessage: the message lands in a scenario queue (nothing consumes it yet; the UI shows it). */
import { remember } from '../delivery/deliver.ts'
import { utf8ByteLength } from '../scenario/describe.ts'
import { awsError } from './errors.ts'
import { nextAwsId, nextSequenceNumber } from './ids.ts'
import { inputObject, lastSegment, optionalString, requiredString, type ParameterErrors } from './input.ts'
import { SQS_MESSAGE_MAX_BYTES } from './limits.ts'
import { md5Hex } from './md5.ts'
import type { AwsCall, Operation } from './operation.ts'

const ERRORS: ParameterErrors = {
  missing: (field) => awsError('sqs', 'MissingParameter', `The request must contain the parameter ${field}.`),
  invalid: (message) => awsError('sqs', 'InvalidParameterValue', message),
}

/**
 * `QueueUrl` as AWS gives it (`https://sqs.<region>.amazonaws.com/<account>/<name>`), or the bare
 * queue name, which the simulator also accepts since scenarios name queues that way.
 */
function sendMessage(call: AwsCall): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const url = requiredString(input, 'QueueUrl', ERRORS)
  const queue = world.queues.get(lastSegment(url, '/'))
  if (!queue) throw awsError('sqs', 'QueueDoesNotExist', 'The specified queue does not exist.')
  const body = requiredString(input, 'MessageBody', ERRORS)
  if (body === '') throw ERRORS.missing('MessageBody')
  if (utf8ByteLength(body) > SQS_MESSAGE_MAX_BYTES) {
    throw ERRORS.invalid(`One or more parameters are invalid. Reason: Message must be shorter than ${SQS_MESSAGE_MAX_BYTES} bytes.`)
  }
  // FIFO queues order and deduplicate per message group, so every message names its group.
  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
  const group = optionalString(input, 'MessageGroupId', ERRORS)
  if (queue.fifo && (group === undefined || group === '')) throw ERRORS.missing('MessageGroupId')
  if (!queue.fifo && optionalString(input, 'MessageDeduplicationId', ERRORS) !== undefined) {
    throw ERRORS.invalid('The request include parameter that is not valid for this queue type')
  }
  queue.messagesReceived++
  remember(queue.recent, body)
  call.succeed({
    MessageId: nextAwsId(world),
    MD5OfMessageBody: md5Hex(body),
    ...(queue.fifo ? { SequenceNumber: nextSequenceNumber(world) } : {}),
  })
}

export const SQS_OPERATIONS: Readonly<Record<string, Operation>> = { SendMessage: sendMessage }
