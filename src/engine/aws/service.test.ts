import { describe, expect, test } from 'vitest'
import { awsAccount, errorOf, outputOf } from '../testing/awsHarness.ts'
import { AWS_LATENCY_MS } from './latency.ts'

describe('the simulated AWS service', () => {
  test('an operation it lacks fails with UnknownOperationException saying what it offers', () => {
    const account = awsAccount()
    expect(errorOf(account.send('sqs', 'ReceiveMessage', {}))).toEqual({
      name: 'UnknownOperationException', message: 'Lambda Playground does not simulate sqs ReceiveMessage: its sqs offers SendMessage',
    })
    expect(errorOf(account.send('stepfunctions', 'StartExecution', {})).message).toContain('it simulates lambda, sqs, sns, s3, dynamodb, eventbridge, kinesis')
  })

  test('an input that is not an object fails with the service\'s parameter error', () => {
    const account = awsAccount()
    expect(errorOf(account.send('dynamodb', 'GetItem', 'users')).name).toBe('ValidationException')
  })

  test('calls made together answer in order of their services\' latencies', () => {
    const account = awsAccount({ Queues: [{ QueueName: 'q' }], Tables: [{ TableName: 'users', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }] })
    const sqs = account.start('sqs', 'SendMessage', { QueueUrl: 'q', MessageBody: 'x' })
    const dynamodb = account.start('dynamodb', 'GetItem', { TableName: 'users', Key: { id: { S: 'u' } } })
    account.settle()
    expect(outputOf(dynamodb)).toEqual({})
    expect(outputOf(sqs).MessageId).toBeDefined()
    expect([dynamodb.atMs, sqs.atMs]).toEqual([AWS_LATENCY_MS.dynamodb, AWS_LATENCY_MS.sqs])
  })

  test('ids come from the seed: the same in every run of a seed, different for another', () => {
    const ids = (seed: number) => {
      const account = awsAccount({ Queues: [{ QueueName: 'q' }] }, seed)
      return [1, 2].map(() => outputOf(account.send('sqs', 'SendMessage', { QueueUrl: 'q', MessageBody: 'x' })).MessageId)
    }
    expect(ids(7)).toEqual(ids(7))
    expect(ids(7)).not.toEqual(ids(8))
    expect(new Set(ids(7)).size).toBe(2)
  })
})
