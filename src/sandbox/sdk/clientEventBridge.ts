import { serviceModule } from './core.ts'

/** `@aws-sdk/client-eventbridge`: PutEventsCommand. */
export const CLIENT_EVENTBRIDGE = serviceModule('eventbridge', String.raw`{
  client: 'EventBridgeClient', aggregate: 'EventBridge', exception: 'EventBridgeServiceException',
  commands: { PutEvents: {} },
}`)
