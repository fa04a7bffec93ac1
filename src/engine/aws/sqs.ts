/** SQS SendMessage from handler code: the message joins a real queue (sources/sqs), carrying the caller's chain of requests. */
import { utf8ByteLength } from '../scenario/describe.ts'
import { isObject } from '../scenario/check.ts'
import type { MessageAttributes } from '../sources/sqs/message.ts'
import { queueNameOf } from '../sources/sqs/references.ts'
import { sendToQueue } from '../sources/sqs/send.ts'
import { SQS_DELAY_MAX_SECONDS } from '../facts.ts'
import { awsError } from './errors.ts'
import { awsIdOf, nextSequenceNumber } from './ids.ts'
import { inputObject, optionalString, requiredString, type ParameterErrors } from './input.ts'
import { SQS_MESSAGE_MAX_BYTES } from './limits.ts'
import { md5Hex } from './md5.ts'
import type { AwsCall, Operation } from './operation.ts'

const ERRORS: ParameterErrors = {
  missing: (field) => awsError('sqs', 'MissingParameter', `The request must contain the parameter ${field}.`),
  invalid: (message) => awsError('sqs', 'InvalidParameterValue', message),
}

function delaySeconds(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > SQS_DELAY_MAX_SECONDS) {
    throw ERRORS.invalid(`Value ${String(value)} for parameter DelaySeconds is invalid. Reason: must be between 0 and ${SQS_DELAY_MAX_SECONDS}, if provided.`)
  }
  return value
}

/** `MessageAttributes` as the SDK takes them: `{ name: { DataType, StringValue } }`. */
function messageAttributes(value: unknown): MessageAttributes | undefined {
  if (value === undefined || value === null) return undefined
  if (!isObject(value)) throw ERRORS.invalid('MessageAttributes must be a map of attribute names to { DataType, StringValue }')
  const attributes: Record<string, { DataType: string; StringValue?: string }> = {}
  for (const [name, attribute] of Object.entries(value)) {
    if (!isObject(attribute) || typeof attribute.DataType !== 'string') throw ERRORS.invalid(`The message attribute '${name}' must contain a non-empty attribute type.`)
    attributes[name] = typeof attribute.StringValue === 'string'
      ? { DataType: attribute.DataType, StringValue: attribute.StringValue }
      : { DataType: attribute.DataType }
  }
  return attributes
}

/**
 * `QueueUrl` as AWS gives it (`https://sqs.<region>.amazonaws.com/<account>/<name>`), or the bare
 * queue name, which the simulator also accepts since scenarios name queues that way.
 */
function sendMessage(call: AwsCall): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const url = requiredString(input, 'QueueUrl', ERRORS)
  const body = requiredString(input, 'MessageBody', ERRORS)
  if (body === '') throw ERRORS.missing('MessageBody')
  if (utf8ByteLength(body) > SQS_MESSAGE_MAX_BYTES) {
    throw ERRORS.invalid(`One or more parameters are invalid. Reason: Message must be shorter than ${SQS_MESSAGE_MAX_BYTES} bytes.`)
  }
  const group = optionalString(input, 'MessageGroupId', ERRORS)
  const deduplication = optionalString(input, 'MessageDeduplicationId', ERRORS)
  const delay = delaySeconds(input.DelaySeconds)
  const attributes = messageAttributes(input.MessageAttributes)
  const sent = sendToQueue(world, queueNameOf(url), body, {
    chainDepth: call.caller.chainDepth,
    ...(group === undefined ? {} : { messageGroupId: group }),
    ...(deduplication === undefined ? {} : { messageDeduplicationId: deduplication }),
    ...(delay === undefined ? {} : { delaySeconds: delay }),
    ...(attributes === undefined ? {} : { messageAttributes: attributes }),
  })
  if (!sent.ok) throw awsError('sqs', sent.code, sent.message)
  call.succeed({
    MessageId: awsIdOf(world, sent.idSerial),
    MD5OfMessageBody: md5Hex(body),
    ...(sent.queue.fifo ? { SequenceNumber: nextSequenceNumber(world) } : {}),
  })
}

export const SQS_OPERATIONS: Readonly<Record<string, Operation>> = { SendMessage: sendMessage }
