/**
 * Where each setting's rule comes from: the fact sheet's source tags (lambda-facts.md §14) with
 * their AWS documentation pages, and the service pages for settings of SQS, SNS, S3, DynamoDB,
 * Kinesis, EventBridge, API Gateway and ALB; `SIMULATION` marks a setting AWS does not have.
 */
export interface Fact {
  /** The fact sheet's tag (`D-memory`) or the page's short name. */
  readonly tag: string
  /** Absent for the simulation's own settings. */
  readonly url?: string
}

const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest/dg/'

const PAGES = {
  'D-memory': `${LAMBDA}configuration-memory.html`,
  'D-timeout': `${LAMBDA}configuration-timeout.html`,
  'D-tmp': `${LAMBDA}configuration-ephemeral-storage.html`,
  'D-envvars': `${LAMBDA}configuration-envvars.html#configuration-envvars-runtime`,
  'D-reserved': `${LAMBDA}configuration-concurrency.html`,
  'D-concurrency': `${LAMBDA}lambda-concurrency.html`,
  'D-scaling': `${LAMBDA}scaling-behavior.html`,
  'D-pc': `${LAMBDA}provisioned-concurrency.html`,
  'D-quotas': `${LAMBDA}gettingstarted-limits.html`,
  'D-async-cfg': `${LAMBDA}invocation-async-configuring.html`,
  'D-async-err': `${LAMBDA}invocation-async-error-handling.html`,
  'D-async-rec': `${LAMBDA}invocation-async-retain-records.html`,
  'D-versions': `${LAMBDA}configuration-versions.html`,
  'D-alias-routing': `${LAMBDA}configuring-alias-routing.html`,
  'D-runtime-env': `${LAMBDA}lambda-runtime-environment.html`,
  'D-recursion': `${LAMBDA}invocation-recursion.html`,
  'D-filter': `${LAMBDA}invocation-eventfiltering.html`,
  'D-sqs-cfg': `${LAMBDA}services-sqs-configure.html`,
  'D-sqs-scale': `${LAMBDA}services-sqs-scaling.html`,
  'D-kin-params': `${LAMBDA}services-kinesis-parameters.html`,
  'D-kin-fail': `${LAMBDA}kinesis-on-failure-destination.html`,
  'D-ddb-params': `${LAMBDA}services-ddb-params.html`,
  'D-api-invoke': 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html',
  'D-elb': 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
  'D-layers': `${LAMBDA}chapter-layers.html`,
  'with-s3': `${LAMBDA}with-s3.html`,
  'with-sns': `${LAMBDA}with-sns.html`,
  'APIGW-proxy': 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html',
  'APIGW-http': 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
  'SQS-CreateQueue': 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html',
  'SQS-DLQ': 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
  'SQS-FIFO': 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fifo-queues.html',
  'SNS-Subscribe': 'https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html',
  'SNS-Filter': 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html',
  'SNS-FIFO': 'https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html',
  'S3-Bucket': 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html',
  'S3-Notifications': 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
  'DDB-CreateTable': 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html',
  'DDB-Streams': 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html',
  'Kinesis-CreateStream': 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html',
  'Kinesis-Retention': 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_IncreaseStreamRetentionPeriod.html',
  'EB-Bus': 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html',
  'EB-PutRule': 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html',
  'EB-PutTargets': 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html',
  'EB-Patterns': 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html',
  'APIGW-Routes': 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html',
  'APIGW-Limits': 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
} as const

export type FactTag = keyof typeof PAGES

export function fact(tag: FactTag): Fact {
  return { tag, url: PAGES[tag] }
}

/** A setting of the simulation itself (README "Where AWS documents nothing"): there is no AWS page to link. */
export const SIMULATION: Fact = { tag: 'simulation setting' }
