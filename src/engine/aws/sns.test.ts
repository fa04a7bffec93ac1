import { describe, expect, test } from 'vitest'
import { awsAccount, errorOf, outputOf } from '../testing/awsHarness.ts'

const TOPICS = { Topics: [{ TopicName: 'alerts' }, { TopicName: 'alerts.fifo', FifoTopic: true }] }
const ARN = 'arn:aws:sns:us-east-1:123456789012:alerts'

describe('SNS Publish', () => {
  test('counts the message on the topic and answers its id after 15 ms', () => {
    const account = awsAccount(TOPICS)
    const answer = account.send('sns', 'Publish', { TopicArn: ARN, Message: 'disk full' })
    expect(outputOf(answer).MessageId).toMatch(/^[0-9a-f-]{36}$/)
    expect(answer.atMs).toBe(15)
    const topic = account.world.topics.get('alerts')
    expect(topic?.messagesPublished).toBe(1)
    expect(topic?.recent).toEqual(['disk full'])
  })

  test('an unknown topic fails with NotFoundException', () => {
    const account = awsAccount(TOPICS)
    const answer = account.send('sns', 'Publish', { TopicArn: 'arn:aws:sns:us-east-1:123456789012:nope', Message: 'x' })
    expect(errorOf(answer)).toEqual({ name: 'NotFoundException', message: 'Topic does not exist' })
  })

  test('no topic or an empty message fails with InvalidParameterException', () => {
    const account = awsAccount(TOPICS)
    expect(errorOf(account.send('sns', 'Publish', { Message: 'x' })).name).toBe('InvalidParameterException')
    expect(errorOf(account.send('sns', 'Publish', { TopicArn: ARN, Message: '' })).message).toBe('Invalid parameter: Empty message')
  })

  test('a FIFO topic requires MessageGroupId and answers a sequence number', () => {
    const account = awsAccount(TOPICS)
    expect(errorOf(account.send('sns', 'Publish', { TopicArn: `${ARN}.fifo`, Message: 'x' })).name).toBe('InvalidParameterException')
    expect(outputOf(account.send('sns', 'Publish', { TopicArn: `${ARN}.fifo`, Message: 'x', MessageGroupId: 'g' })).SequenceNumber).toMatch(/^\d{20}$/)
  })
})
