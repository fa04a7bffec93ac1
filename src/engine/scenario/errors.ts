/**
 * The catalogue of scenario errors: every rule the validator enforces, by a short stable code that
 * the CLI, the UI (which highlights `path` in the editor) and the tests share. Messages are written
 * at the check that finds the problem, because they quote the values involved.
 */

export const SCENARIO_RULES = {
  json: 'The text is not valid JSON.',
  format: 'Format must name this document format, lambda-playground/scenario@1.',
  required: 'A required field is missing.',
  type: 'A value has the wrong JSON type.',
  'unknown-field': 'A field that this object does not have (often a typo).',
  enum: 'A value outside the documented list of choices.',
  integer: 'A number that must be whole is not.',
  range: 'A number outside its documented or simulated range.',
  pattern: 'A name or identifier that does not match the pattern AWS accepts.',
  length: 'A string or list that is too long or too short.',
  duplicate: 'A name or version used twice where AWS requires it to be unique.',
  reference: 'A reference to a function, version, alias, layer, queue or topic that the scenario does not define.',
  ambiguous: 'A bare name that matches more than one kind of resource; use its ARN.',
  arn: 'A malformed Amazon Resource Name.',
  'layers-max': 'More than 5 layers on one function.',
  'reserved-variable': 'An environment variable that Lambda reserves for itself.',
  'environment-size': 'Environment variables larger than 4 KB in total.',
  'unreserved-minimum': 'Reservations that leave fewer than 100 units of account concurrency unreserved.',
  'version-order': 'Published versions not listed in strictly increasing order.',
  'routing-one-version': 'An alias routing to more than one additional version.',
  'routing-on-latest': 'An alias with a routing configuration involving $LATEST; both versions must be published.',
  'routing-same-version': 'An alias routing extra weight to its own primary version.',
  'weight-range': 'An alias routing weight outside 0.0 to 1.0.',
  'provisioned-on-latest': 'Provisioned concurrency on $LATEST, which Lambda refuses.',
  'provisioned-on-routed-alias': 'Provisioned concurrency on an alias that has a routing configuration.',
  'provisioned-one-per-version': 'A second provisioned concurrency configuration for the same version.',
  'provisioned-over-reserved': "Provisioned concurrency above the function's reserved concurrency.",
  'provisioned-over-unreserved': 'Provisioned concurrency that leaves fewer than 100 units of unreserved account concurrency.',
  'destination-type': 'A destination or dead-letter target of a kind Lambda cannot send to.',
  fifo: 'A FIFO queue or topic used as a destination or dead-letter queue, which Lambda does not support.',
  'fifo-name': 'A FIFO queue or topic whose name lacks the .fifo suffix, or a standard one that has it.',
  'key-schema': 'A DynamoDB KeySchema that is not one HASH key, optionally followed by one RANGE key.',
  'min-max': 'A minimum greater than its maximum.',
  'traffic-window': 'A traffic window whose StartSecond is not before its EndSecond.',
  'replay-trace': 'A replay trace (CSV of seconds[,payload]) with a line that is not a time, or times out of order.',
  'request-field': "A Traffic Request field that does not apply to the target's kind of resource (a Subject for an API, a Path for a queue).",
  'route-key': 'An API Gateway RouteKey that is neither $default nor "METHOD /path" with {variables}, or one the API type does not accept.',
  'event-pattern': 'An EventBridge event pattern, SNS filter policy or event source mapping filter that is not valid pattern syntax.',
  'notification-overlap': 'Two notification configurations of one bucket that share an event type for keys both their filters match, which S3 refuses.',
  schedule: 'An EventBridge ScheduleExpression that is neither rate(value unit) nor a valid six-field cron(...).',
  'fifo-pairing': 'A FIFO topic with a subscriber other than an SQS queue, or a standard topic, bucket or rule sending to a FIFO queue.',
  'subscription-option': 'A subscription setting its protocol does not take (RawMessageDelivery on a Lambda subscription).',
  'mapping-field': 'A setting that an event source mapping of this kind of source does not take (ParallelizationFactor on an SQS mapping).',
  'visibility-timeout': "A function timeout longer than the visibility timeout of the queue its event source mapping reads, which Lambda refuses.",
  'batching-window': 'A BatchSize above 10 without a batching window of at least 1 second, or a batching window on a FIFO queue.',
  'redrive-type': "A dead-letter queue of another type than its source queue (a FIFO queue's must be FIFO, a standard queue's standard).",
  'fifo-only': 'A setting only FIFO queues take (ContentBasedDeduplication) on a standard queue.',
  'table-stream': 'An event source mapping reading a DynamoDB table whose stream is not enabled (StreamSpecification.StreamEnabled).',
  'starting-position': 'AT_TIMESTAMP on a DynamoDB stream, or a StartingPositionTimestamp without AT_TIMESTAMP.',
  'scaling-mode': 'An SQS event source mapping with both ProvisionedPollerConfig and ScalingConfig.MaximumConcurrency, which are mutually exclusive.',
  'mapping-update': 'An UpdateEventSourceMapping of a setting fixed for the mapping\'s life (EventSourceArn, StartingPosition, StartingPositionTimestamp).',
} as const

export type ScenarioRule = keyof typeof SCENARIO_RULES

export interface ScenarioError {
  /** Where the problem is, e.g. `Functions[0].MemorySize` or `(document)` for the text as a whole. */
  path: string
  rule: ScenarioRule
  /** A plain sentence for a learner, quoting AWS's rule and the value found. */
  message: string
}

/** The errors as the CLI prints them: one line each, path first, rule code last. */
export function formatScenarioErrors(errors: readonly ScenarioError[]): string {
  const heading = errors.length === 1 ? 'The scenario has 1 error:' : `The scenario has ${errors.length} errors:`
  return [heading, ...errors.map((e) => `  ${e.path}: ${e.message} [${e.rule}]`)].join('\n')
}
