import { describe, expect, test } from 'vitest'
import { awsAccount, errorOf, outputOf } from '../testing/awsHarness.ts'

const TABLES = {
  Tables: [
    { TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' as const }] },
    { TableName: 'orders', KeySchema: [{ AttributeName: 'customer', KeyType: 'HASH' as const }, { AttributeName: 'at', KeyType: 'RANGE' as const }] },
  ],
}

describe('DynamoDB PutItem and GetItem', () => {
  test('an item written is read back by its key, 5 ms per call', () => {
    const account = awsAccount(TABLES)
    const item = { id: { S: 'u1' }, name: { S: 'Ada' }, tags: { SS: ['a', 'b'] }, address: { M: { city: { S: 'London' } } } }
    const put = account.send('dynamodb', 'PutItem', { TableName: 'users', Item: item })
    expect(outputOf(put)).toEqual({})
    expect(put.atMs).toBe(5)
    expect(outputOf(account.send('dynamodb', 'GetItem', { TableName: 'users', Key: { id: { S: 'u1' } } }))).toEqual({ Item: item })
  })

  test('a missing item is an empty answer, not an error', () => {
    const account = awsAccount(TABLES)
    expect(outputOf(account.send('dynamodb', 'GetItem', { TableName: 'users', Key: { id: { S: 'nobody' } } }))).toEqual({})
  })

  test('a composite key needs both parts; equal numbers are one key', () => {
    const account = awsAccount(TABLES)
    account.send('dynamodb', 'PutItem', { TableName: 'orders', Item: { customer: { S: 'c' }, at: { N: '1.0' }, total: { N: '9' } } })
    const answer = account.send('dynamodb', 'GetItem', { TableName: 'orders', Key: { customer: { S: 'c' }, at: { N: '1' } } })
    expect(outputOf(answer).Item).toMatchObject({ total: { N: '9' } })
    expect(errorOf(account.send('dynamodb', 'GetItem', { TableName: 'orders', Key: { customer: { S: 'c' } } }))).toEqual({
      name: 'ValidationException', message: 'The provided key element does not match the schema',
    })
  })

  test('ReturnValues ALL_OLD answers the item a put replaced', () => {
    const account = awsAccount(TABLES)
    account.send('dynamodb', 'PutItem', { TableName: 'users', Item: { id: { S: 'u1' }, v: { N: '1' } } })
    const answer = account.send('dynamodb', 'PutItem', { TableName: 'users', Item: { id: { S: 'u1' }, v: { N: '2' } }, ReturnValues: 'ALL_OLD' })
    expect(outputOf(answer)).toEqual({ Attributes: { id: { S: 'u1' }, v: { N: '1' } } })
  })

  test('an unknown table fails with ResourceNotFoundException', () => {
    const account = awsAccount(TABLES)
    expect(errorOf(account.send('dynamodb', 'GetItem', { TableName: 'nope', Key: { id: { S: 'x' } } }))).toEqual({
      name: 'ResourceNotFoundException', message: 'Requested resource not found',
    })
  })

  test('an item without its key fails with ValidationException', () => {
    const account = awsAccount(TABLES)
    expect(errorOf(account.send('dynamodb', 'PutItem', { TableName: 'users', Item: { name: { S: 'x' } } })).message)
      .toBe('One or more parameter values were invalid: Missing the key id in the item')
  })

  test('malformed attribute values fail with ValidationException', () => {
    const account = awsAccount(TABLES)
    const put = (item: unknown) => errorOf(account.send('dynamodb', 'PutItem', { TableName: 'users', Item: item })).message
    expect(put({ id: { S: 'u' }, a: {} })).toContain('Supplied AttributeValue is empty')
    expect(put({ id: { S: 'u' }, a: { S: 'x', N: '1' } })).toContain('more than one datatypes')
    expect(put({ id: { S: 'u' }, a: { N: 'ten' } })).toContain('cannot be converted to a numeric value')
    expect(put({ id: { M: {} } })).toContain('Key attribute id must be a string (S), number (N) or binary (B)')
    expect(put({ id: { S: '' } })).toContain('cannot contain an empty string value')
  })

  test('an item over 400 KB fails with ValidationException', () => {
    const account = awsAccount(TABLES)
    const answer = account.send('dynamodb', 'PutItem', { TableName: 'users', Item: { id: { S: 'u' }, blob: { S: 'x'.repeat(400 * 1024) } } })
    expect(errorOf(answer).message).toBe('Item size has exceeded the maximum allowed size')
  })

  test('condition expressions are refused rather than ignored', () => {
    const account = awsAccount(TABLES)
    const answer = account.send('dynamodb', 'PutItem', { TableName: 'users', Item: { id: { S: 'u' } }, ConditionExpression: 'attribute_not_exists(id)' })
    expect(errorOf(answer).message).toContain('does not support ConditionExpression')
  })
})
