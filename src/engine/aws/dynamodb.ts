/**
 * DynamoDB PutItem, GetItem and DeleteItem on the scenario's tables, kept in memory within the
 * simulator's bounds; writes add stream records to tables whose stream is enabled (sources/streams).
 */
import { isObject, type JsonObject } from '../scenario/check.ts'
import { deleteTableItem, putTableItem } from '../sources/streams/tableWrites.ts'
import type { World } from '../world.ts'
import { checkAttributeValue, primaryKey } from './dynamodbItems.ts'
import { awsError } from './errors.ts'
import { inputObject, optionalString, requiredString, type ParameterErrors } from './input.ts'
import type { AwsCall, Operation } from './operation.ts'
import type { StoredItem, TableState } from './state.ts'

const ERRORS: ParameterErrors = {
  missing: (field) => awsError('dynamodb', 'ValidationException',
    `1 validation error detected: Value null at '${field.charAt(0).toLowerCase()}${field.slice(1)}' failed to satisfy constraint: Member must not be null`),
  invalid: (message) => awsError('dynamodb', 'ValidationException', message),
}

/** Parameters that change what an operation does: refused rather than ignored, so a handler never gets an answer DynamoDB would not give. */
const UNSUPPORTED = ['ConditionExpression', 'Expected', 'ConditionalOperator', 'ProjectionExpression', 'AttributesToGet']

function tableOf(world: World, input: JsonObject): TableState {
  for (const name of UNSUPPORTED) {
    if (input[name] !== undefined) throw ERRORS.invalid(`Lambda Playground's DynamoDB does not support ${name} yet`)
  }
  const table = world.aws.tables.get(requiredString(input, 'TableName', ERRORS))
  if (!table) throw awsError('dynamodb', 'ResourceNotFoundException', 'Requested resource not found')
  return table
}

function attributeMap(input: JsonObject, field: 'Item' | 'Key'): JsonObject {
  const value = input[field]
  if (value === undefined || value === null) throw ERRORS.missing(field)
  if (!isObject(value)) throw ERRORS.invalid(`${field} must be a map of attribute names to attribute values`)
  Object.values(value).forEach(checkAttributeValue)
  return value
}

/**
 * PutItem and DeleteItem: the write (which adds a stream record when the table has a stream), and
 * with `ReturnValues` `ALL_OLD` the item it replaced or removed (`NONE`, the default, returns nothing).
 */
function writeItem(call: AwsCall, field: 'Item' | 'Key', write: (world: World, table: TableState, attributes: JsonObject) => StoredItem | undefined): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const table = tableOf(world, input)
  const attributes = attributeMap(input, field)
  const returnValues = optionalString(input, 'ReturnValues', ERRORS) ?? 'NONE'
  if (returnValues !== 'NONE' && returnValues !== 'ALL_OLD') throw ERRORS.invalid('Return values set to invalid value')
  const previous = write(world, table, attributes)
  call.succeed(returnValues === 'ALL_OLD' && previous ? { Attributes: JSON.parse(previous.json) as unknown } : {})
}

const putItem = (call: AwsCall): void => writeItem(call, 'Item', putTableItem)
const deleteItem = (call: AwsCall): void => writeItem(call, 'Key', deleteTableItem)

function getItem(call: AwsCall): void {
  const { world } = call
  const input = inputObject(call.input, ERRORS)
  const table = tableOf(world, input)
  const stored = table.items.get(primaryKey(table, attributeMap(input, 'Key'), 'key'))
  // A missing item is no error: the response simply has no Item.
  call.succeed(stored ? { Item: JSON.parse(stored.json) as unknown } : {})
}

export const DYNAMODB_OPERATIONS: Readonly<Record<string, Operation>> = { PutItem: putItem, GetItem: getItem, DeleteItem: deleteItem }
