/**
 * The simulated AWS SDK for JavaScript v3, by module name: CommonJS sources the sandbox offers as
 * built-in modules (`builtinModules`), so handlers `import { SQSClient } from '@aws-sdk/client-sqs'`
 * as they would in Lambda. Every client sends through `__lambdaPlayground.awsCall`, which the engine
 * answers (src/engine/aws).
 */
import { CLIENT_DYNAMODB } from './clientDynamoDb.ts'
import { CLIENT_EVENTBRIDGE } from './clientEventBridge.ts'
import { CLIENT_KINESIS } from './clientKinesis.ts'
import { CLIENT_LAMBDA } from './clientLambda.ts'
import { CLIENT_S3 } from './clientS3.ts'
import { CLIENT_SNS } from './clientSns.ts'
import { CLIENT_SQS } from './clientSqs.ts'
import { UTIL_DYNAMODB } from './utilDynamoDb.ts'

export const SDK_MODULES: Readonly<Record<string, string>> = {
  '@aws-sdk/client-lambda': CLIENT_LAMBDA,
  '@aws-sdk/client-sqs': CLIENT_SQS,
  '@aws-sdk/client-sns': CLIENT_SNS,
  '@aws-sdk/client-s3': CLIENT_S3,
  '@aws-sdk/client-dynamodb': CLIENT_DYNAMODB,
  '@aws-sdk/client-eventbridge': CLIENT_EVENTBRIDGE,
  '@aws-sdk/client-kinesis': CLIENT_KINESIS,
  '@aws-sdk/util-dynamodb': UTIL_DYNAMODB,
}
