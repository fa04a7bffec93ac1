import { serviceModule } from './core.ts'

/**
 * `@aws-sdk/client-sqs`: SendMessageCommand. SQS speaks AWS's JSON protocol with query
 * compatibility, so an error also carries its old query code (`AWS.SimpleQueueService.NonExistentQueue`) as `Code`.
 */
export const CLIENT_SQS = serviceModule('sqs', String.raw`{
  client: 'SQSClient', aggregate: 'SQS', exception: 'SQSServiceException',
  codes: { QueueDoesNotExist: 'AWS.SimpleQueueService.NonExistentQueue' },
  commands: { SendMessage: {} },
}`)
