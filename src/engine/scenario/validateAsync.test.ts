/** Asynchronous invocation settings, destinations, dead-letter queues, and the queues and topics they name. */
import { describe, expect, test } from 'vitest'
import { onlyMessage, problems, scenario, withFunction } from './scenarioFixtures.ts'

const resources = {
  Queues: [{ QueueName: 'failed' }, { QueueName: 'orders.fifo', FifoQueue: true }],
  Topics: [{ TopicName: 'alerts' }, { TopicName: 'ledger.fifo', FifoTopic: true }],
}
const onFailure = (Destination: string) => scenario({
  Functions: [
    { FunctionName: 'api', EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination } } } },
    { FunctionName: 'audit' },
  ],
  ...resources,
})
const deadLetter = (TargetArn: string) => scenario({
  Functions: [{ FunctionName: 'api', DeadLetterConfig: { TargetArn } }, { FunctionName: 'audit' }],
  ...resources,
})
const DESTINATION = 'Functions[0].EventInvokeConfig.DestinationConfig.OnFailure.Destination'
const DLQ = 'Functions[0].DeadLetterConfig.TargetArn'

describe('EventInvokeConfig', () => {
  const config = (fields: Record<string, unknown>) => withFunction({ EventInvokeConfig: fields })

  test('range: MaximumRetryAttempts 0 and 2 accepted, 3 and -1 refused', () => {
    expect(problems(config({ MaximumRetryAttempts: 0 }))).toEqual([])
    expect(problems(config({ MaximumRetryAttempts: 2 }))).toEqual([])
    expect(problems(config({ MaximumRetryAttempts: 3 }))).toEqual(['Functions[0].EventInvokeConfig.MaximumRetryAttempts range'])
    expect(problems(config({ MaximumRetryAttempts: -1 }))).toEqual(['Functions[0].EventInvokeConfig.MaximumRetryAttempts range'])
  })

  test('range: MaximumEventAgeInSeconds 60 accepted, 59 refused; 21,600 accepted, 21,601 refused', () => {
    expect(problems(config({ MaximumEventAgeInSeconds: 60 }))).toEqual([])
    expect(problems(config({ MaximumEventAgeInSeconds: 59 }))).toEqual(['Functions[0].EventInvokeConfig.MaximumEventAgeInSeconds range'])
    expect(problems(config({ MaximumEventAgeInSeconds: 21600 }))).toEqual([])
    expect(problems(config({ MaximumEventAgeInSeconds: 21601 }))).toEqual(['Functions[0].EventInvokeConfig.MaximumEventAgeInSeconds range'])
  })

  test('required: a destination names its target', () => {
    expect(problems(config({ DestinationConfig: { OnSuccess: {} } }))).toEqual(['Functions[0].EventInvokeConfig.DestinationConfig.OnSuccess.Destination required'])
  })

  test('unknown-field: misspelt destination settings', () => {
    expect(problems(config({ DestinationConfig: { OnFail: { Destination: 'x' } } }))).toEqual(['Functions[0].EventInvokeConfig.DestinationConfig.OnFail unknown-field'])
  })
})

describe('destinations', () => {
  test('accept a standard queue, a standard topic or a function, by name', () => {
    expect(problems(onFailure('failed'))).toEqual([])
    expect(problems(onFailure('alerts'))).toEqual([])
    expect(problems(onFailure('audit'))).toEqual([])
  })

  test('accept the same by ARN', () => {
    expect(problems(onFailure('arn:aws:sqs:us-east-1:123456789012:failed'))).toEqual([])
    expect(problems(onFailure('arn:aws:sns:us-east-1:123456789012:alerts'))).toEqual([])
    expect(problems(onFailure('arn:aws:lambda:us-east-1:123456789012:function:audit'))).toEqual([])
  })

  test('OnSuccess is checked like OnFailure', () => {
    const doc = withFunction({ EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'nowhere' } } } })
    expect(problems(doc)).toEqual(['Functions[0].EventInvokeConfig.DestinationConfig.OnSuccess.Destination reference'])
  })

  test('reference: the target must exist', () => {
    expect(problems(onFailure('nowhere'))).toEqual([`${DESTINATION} reference`])
    expect(problems(onFailure('arn:aws:sqs:us-east-1:123456789012:nowhere'))).toEqual([`${DESTINATION} reference`])
    expect(problems(onFailure('arn:aws:sns:us-east-1:123456789012:failed'))).toEqual([`${DESTINATION} reference`])
  })

  test('reference: an ARN in another Region or account', () => {
    expect(problems(onFailure('arn:aws:sqs:eu-west-1:123456789012:failed'))).toEqual([`${DESTINATION} reference`])
    expect(problems(onFailure('arn:aws:sqs:us-east-1:999999999999:failed'))).toEqual([`${DESTINATION} reference`])
  })

  test('reference: ARNs follow Account.Region', () => {
    const doc = scenario({
      Account: { Region: 'eu-west-1' },
      Functions: [{ FunctionName: 'api', EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:eu-west-1:123456789012:failed' } } } }],
      Queues: [{ QueueName: 'failed' }],
    })
    expect(problems(doc)).toEqual([])
  })

  test('arn: a malformed ARN, or a function ARN with a qualifier', () => {
    expect(problems(onFailure('arn:aws:sqs:us-east-1'))).toEqual([`${DESTINATION} arn`])
    expect(problems(onFailure('arn:aws:dynamodb:us-east-1:123456789012:table/users'))).toEqual([`${DESTINATION} arn`])
    expect(problems(onFailure('arn:aws:lambda:us-east-1:123456789012:function:audit:live'))).toEqual([`${DESTINATION} arn`])
  })

  test('fifo: FIFO queues and topics cannot be destinations', () => {
    expect(problems(onFailure('orders.fifo'))).toEqual([`${DESTINATION} fifo`])
    expect(problems(onFailure('ledger.fifo'))).toEqual([`${DESTINATION} fifo`])
    expect(onlyMessage(onFailure('orders.fifo'))).toBe('orders.fifo is a FIFO queue; Lambda supports only standard queues and topics as destinations')
  })

  test('ambiguous: a bare name shared by a queue and a function', () => {
    const doc = scenario({
      Functions: [{ FunctionName: 'api', EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'audit' } } } }, { FunctionName: 'audit' }],
      Queues: [{ QueueName: 'audit' }],
    })
    expect(problems(doc)).toEqual([`${DESTINATION} ambiguous`])
  })
})

describe('DeadLetterConfig', () => {
  test('accepts a standard queue or topic, by name or ARN', () => {
    expect(problems(deadLetter('failed'))).toEqual([])
    expect(problems(deadLetter('alerts'))).toEqual([])
    expect(problems(deadLetter('arn:aws:sqs:us-east-1:123456789012:failed'))).toEqual([])
  })

  test('destination-type: a function cannot be a dead-letter queue', () => {
    expect(problems(deadLetter('audit'))).toEqual([`${DLQ} destination-type`])
    expect(problems(deadLetter('arn:aws:lambda:us-east-1:123456789012:function:audit'))).toEqual([`${DLQ} destination-type`])
  })

  test('a function sharing the name of a queue does not make the dead-letter queue ambiguous', () => {
    const doc = scenario({ Functions: [{ FunctionName: 'api', DeadLetterConfig: { TargetArn: 'api' } }], Queues: [{ QueueName: 'api' }] })
    expect(problems(doc)).toEqual([])
  })

  test('fifo: FIFO queues and topics cannot be dead-letter queues', () => {
    expect(problems(deadLetter('orders.fifo'))).toEqual([`${DLQ} fifo`])
    expect(problems(deadLetter('arn:aws:sns:us-east-1:123456789012:ledger.fifo'))).toEqual([`${DLQ} fifo`])
  })

  test('reference: the queue must exist', () => {
    expect(problems(deadLetter('dlq'))).toEqual([`${DLQ} reference`])
  })

  test('required: TargetArn', () => {
    expect(problems(withFunction({ DeadLetterConfig: {} }))).toEqual([`${DLQ} required`])
  })
})

describe('Queues and Topics', () => {
  test('duplicate: queue names and topic names are unique', () => {
    expect(problems(scenario({ Queues: [{ QueueName: 'q' }, { QueueName: 'q' }] }))).toEqual(['Queues[1].QueueName duplicate'])
    expect(problems(scenario({ Topics: [{ TopicName: 't' }, { TopicName: 't' }] }))).toEqual(['Topics[1].TopicName duplicate'])
  })

  test('a queue and a topic may share a name', () => {
    expect(problems(scenario({ Queues: [{ QueueName: 'events' }], Topics: [{ TopicName: 'events' }] }))).toEqual([])
  })

  test('pattern: queue names are up to 80 characters of [a-zA-Z0-9_-], topic names up to 256', () => {
    expect(problems(scenario({ Queues: [{ QueueName: 'q'.repeat(80) }] }))).toEqual([])
    expect(problems(scenario({ Queues: [{ QueueName: 'q'.repeat(81) }] }))).toEqual(['Queues[0].QueueName pattern'])
    expect(problems(scenario({ Queues: [{ QueueName: 'my queue' }] }))).toEqual(['Queues[0].QueueName pattern'])
    expect(problems(scenario({ Topics: [{ TopicName: 't'.repeat(256) }] }))).toEqual([])
    expect(problems(scenario({ Topics: [{ TopicName: 't'.repeat(257) }] }))).toEqual(['Topics[0].TopicName pattern'])
  })

  test('fifo-name: a FIFO queue or topic ends in .fifo, and only a FIFO one does', () => {
    expect(problems(scenario({ Queues: [{ QueueName: 'orders', FifoQueue: true }] }))).toEqual(['Queues[0].QueueName fifo-name'])
    expect(problems(scenario({ Queues: [{ QueueName: 'orders.fifo' }] }))).toEqual(['Queues[0].QueueName fifo-name'])
    expect(problems(scenario({ Topics: [{ TopicName: 'ledger', FifoTopic: true }] }))).toEqual(['Topics[0].TopicName fifo-name'])
  })

  test('required and type', () => {
    expect(problems(scenario({ Queues: [{}] }))).toEqual(['Queues[0].QueueName required'])
    expect(problems(scenario({ Topics: [{ TopicName: 't', FifoTopic: 'no' }] }))).toEqual(['Topics[0].FifoTopic type'])
  })
})
