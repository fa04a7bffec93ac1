/**
 * The catalogue of errors the simulated services answer with, per service, with the HTTP status
 * AWS returns for each: the engine throws them by name, and the SDK modules in src/sandbox/sdk
 * build `$metadata.httpStatusCode` from the same table, so the two cannot drift apart.
 */

/** An operation the simulator does not implement (AWS's JSON protocols use this name for unknown targets). */
const COMMON = { UnknownOperationException: 400 } as const

/**
 * Ours, not AWS's: a bucket or table is over the simulator's storage bound (aws/limits.ts).
 * S3 and DynamoDB have no such limit, so the name says plainly that it is the playground's.
 */
const PLAYGROUND = { SimulationLimitExceeded: 400 } as const

export const AWS_ERRORS = {
  // https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors
  lambda: {
    ...COMMON,
    ResourceNotFoundException: 404,
    InvalidParameterValueException: 400,
    InvalidRequestContentException: 400,
    RecursiveInvocationException: 400,
    RequestTooLargeException: 413,
    TooManyRequestsException: 429,
    ValidationException: 400,
  },
  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html#API_SendMessage_Errors
  sqs: { ...COMMON, QueueDoesNotExist: 400, MissingParameter: 400, InvalidParameterValue: 400 },
  // https://docs.aws.amazon.com/sns/latest/api/API_Publish.html#API_Publish_Errors (the SDK names NotFound NotFoundException)
  sns: { ...COMMON, NotFoundException: 404, InvalidParameterException: 400 },
  // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList
  s3: { ...COMMON, ...PLAYGROUND, NoSuchBucket: 404, NoSuchKey: 404, InvalidArgument: 400, KeyTooLongError: 400, MalformedXML: 400 },
  // https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html
  dynamodb: { ...COMMON, ...PLAYGROUND, ResourceNotFoundException: 400, ValidationException: 400 },
  // https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html#API_PutRecord_Errors
  kinesis: { ...COMMON, ResourceNotFoundException: 400, InvalidArgumentException: 400, ValidationException: 400 },
  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/CommonErrors.html
  eventbridge: { ...COMMON, ValidationException: 400 },
} as const

export type AwsServiceName = keyof typeof AWS_ERRORS
export type AwsErrorName<S extends AwsServiceName> = keyof (typeof AWS_ERRORS)[S] & string

export function isAwsServiceName(name: string): name is AwsServiceName {
  return Object.hasOwn(AWS_ERRORS, name)
}

/** An AWS error answer, thrown by an operation and turned into the call's failed outcome. */
export class AwsError extends Error {
  constructor(readonly errorName: string, message: string) {
    super(message)
  }
}

/** The error `name` of `service`: the type checks the name against the catalogue. */
export function awsError<S extends AwsServiceName>(_service: S, name: AwsErrorName<S>, message: string): AwsError {
  return new AwsError(name, message)
}
