import { serviceModule } from './core.ts'

/** `@aws-sdk/client-sns`: PublishCommand. */
export const CLIENT_SNS = serviceModule('sns', String.raw`{
  client: 'SNSClient', aggregate: 'SNS', exception: 'SNSServiceException',
  commands: { Publish: {} },
}`)
