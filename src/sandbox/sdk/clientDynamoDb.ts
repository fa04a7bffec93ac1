import { serviceModule } from './core.ts'

/** `@aws-sdk/client-dynamodb`: PutItemCommand, GetItemCommand and DeleteItemCommand with attribute-value maps ({ S: 'x' }, { N: '1' }). */
export const CLIENT_DYNAMODB = serviceModule('dynamodb', String.raw`{
  client: 'DynamoDBClient', aggregate: 'DynamoDB', exception: 'DynamoDBServiceException',
  commands: { PutItem: {}, GetItem: {}, DeleteItem: {} },
}`)
