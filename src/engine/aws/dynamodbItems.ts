/**
 * DynamoDB's attribute values ({ S: 'x' }, { N: '1' }, { M: {...} }, ...) and primary keys: the
 * checks PutItem and GetItem make, with DynamoDB's messages, and the canonical text a key is
 * stored under. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html
 */
import { isObject, type JsonObject } from '../scenario/check.ts'
import { awsError, type AwsError } from './errors.ts'
import type { TableState } from './state.ts'

const TYPES = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'] as const
type AttributeType = (typeof TYPES)[number]
/** Key attributes are scalars. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html */
const KEY_TYPES: readonly AttributeType[] = ['S', 'N', 'B']
/** DynamoDB's number syntax: up to 38 digits of precision, with an optional exponent. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
/** Digits a double keeps exactly: numbers with more are compared as written. */
const EXACT_DIGITS = 15

export function invalidValue(message: string): AwsError {
  return awsError('dynamodb', 'ValidationException', `One or more parameter values were invalid: ${message}`)
}

function typeOf(value: unknown): AttributeType {
  const keys = isObject(value) ? Object.keys(value) : []
  if (keys.length !== 1) {
    const problem = keys.length === 0 ? 'is empty' : 'has more than one datatypes set'
    throw awsError('dynamodb', 'ValidationException', `Supplied AttributeValue ${problem}, must contain exactly one of the supported datatypes`)
  }
  const type = TYPES.find((t) => t === keys[0])
  if (type === undefined) throw awsError('dynamodb', 'ValidationException', `Supplied AttributeValue has an unknown datatype ${keys[0] ?? ''}`)
  return type
}

function checkNumber(text: unknown): void {
  if (typeof text !== 'string' || !NUMBER.test(text)) {
    throw awsError('dynamodb', 'ValidationException', `The parameter cannot be converted to a numeric value: ${String(text)}`)
  }
}

function checkSet(members: unknown, type: 'SS' | 'NS' | 'BS'): void {
  if (!Array.isArray(members) || members.length === 0) throw invalidValue(`An ${type} set may not be empty`)
  for (const member of members) {
    if (type === 'NS') checkNumber(member)
    else if (typeof member !== 'string') throw invalidValue(`${type} members must be strings`)
  }
  if (new Set(members).size !== members.length) throw awsError('dynamodb', 'ValidationException', `Input collection ${JSON.stringify(members)} contains duplicates.`)
}

/** Throws DynamoDB's ValidationException unless `value` is a well-formed attribute value, nested ones included. */
export function checkAttributeValue(value: unknown): void {
  const type = typeOf(value)
  const inner = (value as JsonObject)[type]
  switch (type) {
    case 'S':
    case 'B':
      if (typeof inner !== 'string') throw invalidValue(`${type} must be a string`)
      return
    case 'N':
      checkNumber(inner)
      return
    case 'SS':
    case 'NS':
    case 'BS':
      checkSet(inner, type)
      return
    case 'M':
      if (!isObject(inner)) throw invalidValue('M must be a map of attribute values')
      Object.values(inner).forEach(checkAttributeValue)
      return
    case 'L':
      if (!Array.isArray(inner)) throw invalidValue('L must be a list of attribute values')
      inner.forEach(checkAttributeValue)
      return
    case 'NULL':
      if (inner !== true) throw invalidValue('Null attribute value types must have the value of true')
      return
    case 'BOOL':
      if (typeof inner !== 'boolean') throw invalidValue('BOOL must be true or false')
      return
    default: {
      const unknown: never = type
      throw new Error(`Unknown attribute type ${String(unknown)}`)
    }
  }
}

/** Equal numbers are one key ("1" and "1.0"); numbers beyond a double's precision compare as written. */
function canonicalNumber(text: string): string {
  const mantissa = text.split(/[eE]/)[0] ?? ''
  const digits = mantissa.replace(/[^0-9]/g, '').replace(/^0+/, '').length
  const value = Number(text)
  return digits <= EXACT_DIGITS && Number.isFinite(value) ? String(value) : text
}

function keyPart(attributes: JsonObject, name: string, where: 'item' | 'key'): [string, string] {
  const value = attributes[name]
  if (value === undefined) {
    throw where === 'item' ? invalidValue(`Missing the key ${name} in the item`) : awsError('dynamodb', 'ValidationException', 'The provided key element does not match the schema')
  }
  const type = typeOf(value)
  const inner = (value as JsonObject)[type]
  if (!KEY_TYPES.includes(type) || typeof inner !== 'string') {
    throw invalidValue(`Key attribute ${name} must be a string (S), number (N) or binary (B), not ${type}`)
  }
  if (inner === '') throw awsError('dynamodb', 'ValidationException', `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: ${name}`)
  if (type === 'N') checkNumber(inner)
  return [type, type === 'N' ? canonicalNumber(inner) : inner]
}

/** The text an item is stored under: its partition key, and its sort key when the table has one. */
export function primaryKey(table: TableState, attributes: JsonObject, where: 'item' | 'key'): string {
  const parts = [keyPart(attributes, table.hashKey, where)]
  if (table.rangeKey !== null) parts.push(keyPart(attributes, table.rangeKey, where))
  if (where === 'key' && Object.keys(attributes).length !== parts.length) {
    throw awsError('dynamodb', 'ValidationException', 'The provided key element does not match the schema')
  }
  return JSON.stringify(parts)
}
