/**
 * Destinations and dead-letter queues of asynchronous invocation (lambda-facts §2.4, §2.5, §13):
 * the invocation record's documented shape, the DLQ message's attributes, a function as a
 * destination, and the asynchronous-retries example delivering one record per event.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseScenario } from '../scenario/load.ts'
import type { Scenario } from '../scenario/types.ts'
import { burst, oneFunction, runToEnd, scenarioOf } from '../testing/harness.ts'
import { asDeadLetter, asDestinationRecord, linesStartingWith, requestIdOfLine, utf8Bytes } from './readers.ts'

const PAYLOAD = { orderId: 42, items: ['book'] }
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:fn'

/** `fn` invoked asynchronously once at t=0 with PAYLOAD; success → `ok`, failure → `failed`, DLQ `dlq`. */
function withDestinations(errorRate: number, fn: Partial<Scenario['Functions'][number]> = {}, target = 'fn'): Scenario {
  return oneFunction({
    Simulation: { ErrorRate: errorRate },
    EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'ok' }, OnFailure: { Destination: 'failed' } } },
    DeadLetterConfig: { TargetArn: 'dlq' },
    ...fn,
  }, [{ ...burst(target, 1, 0, 'Event'), Payload: PAYLOAD }], {
    Queues: [{ QueueName: 'ok' }, { QueueName: 'failed' }, { QueueName: 'dlq' }], DurationSeconds: 600,
  })
}

describe('the invocation record [D-async-rec]', () => {
  test('on success the record has condition Success and the documented fields, in order', () => {
    const { sim } = runToEnd(withDestinations(0))
    const messages = sim.queueMessages('ok')
    expect(messages).toHaveLength(1)
    const record = asDestinationRecord(messages[0])
    expect(Object.keys(record)).toEqual(['version', 'timestamp', 'requestContext', 'requestPayload', 'responseContext', 'responsePayload'])
    expect(Object.keys(record.requestContext)).toEqual(['requestId', 'functionArn', 'condition', 'approximateInvokeCount'])
    expect(record.version).toBe('1.0')
    // Cold start: 200 ms init + 100 ms work, so the invocation ended at 300 ms.
    expect(record.timestamp).toBe('2026-01-01T00:00:00.300Z')
    expect(record.requestContext).toEqual({
      requestId: requestIdOfLine(linesStartingWith(sim.logEvents('fn'), 'START')[0] as string),
      functionArn: `${ARN}:$LATEST`,
      condition: 'Success',
      approximateInvokeCount: 1,
    })
    expect(record.requestPayload).toEqual(PAYLOAD)
    expect(record.responseContext).toEqual({ statusCode: 200, executedVersion: '$LATEST' })
  })

  test('on success nothing goes to the on-failure destination or the DLQ', () => {
    const { sim } = runToEnd(withDestinations(0))
    expect(sim.summary().Queues).toMatchObject({ ok: { MessagesReceived: 1 }, failed: { MessagesReceived: 0 }, dlq: { MessagesReceived: 0 } })
  })

  test('after the retries the record has condition RetriesExhausted, approximateInvokeCount 3 and functionError Unhandled', () => {
    const { sim } = runToEnd(withDestinations(1))
    expect(sim.queueMessages('ok')).toEqual([])
    const messages = sim.queueMessages('failed')
    expect(messages).toHaveLength(1)
    const record = asDestinationRecord(messages[0])
    expect(record.version).toBe('1.0')
    expect(record.requestContext.condition).toBe('RetriesExhausted')
    expect(record.requestContext.approximateInvokeCount).toBe(3)
    expect(record.requestContext.functionArn).toBe(`${ARN}:$LATEST`)
    expect(record.requestPayload).toEqual(PAYLOAD)
    expect(record.responseContext).toEqual({ statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' })
    expect(record.responsePayload).toMatchObject({ errorMessage: expect.any(String) })
  })

  test('a timed-out attempt is a function error: its record reports the timeout', () => {
    const { sim } = runToEnd(withDestinations(0, { Timeout: 1, Simulation: { DurationMs: { Distribution: 'constant', Value: 5000 } } }))
    const record = asDestinationRecord(sim.queueMessages('failed')[0])
    expect(record.requestContext.condition).toBe('RetriesExhausted')
    expect(record.responsePayload).toMatchObject({ errorMessage: 'Task timed out after 1.00 seconds' })
  })

  test('invoked through an alias, the record names the alias ARN and the version that ran', () => {
    const scenario = withDestinations(0, { Versions: [{ Version: '1' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }] }, 'fn:live')
    const { sim } = runToEnd(scenario)
    const record = asDestinationRecord(sim.queueMessages('ok')[0])
    expect(record.requestContext.functionArn).toBe(`${ARN}:live`)
    expect(record.responseContext.executedVersion).toBe('1')
  })

  test('synchronous invocations never go to destinations', () => {
    const scenario = withDestinations(1)
    scenario.Traffic = [{ ...burst('fn', 5), Payload: PAYLOAD }]
    const { sim } = runToEnd(scenario)
    expect(sim.summary().Queues).toMatchObject({ ok: { MessagesReceived: 0 }, failed: { MessagesReceived: 0 }, dlq: { MessagesReceived: 0 } })
  })
})

describe('the dead-letter queue [D-async-rec]', () => {
  test('the DLQ gets the event as-is with RequestID, ErrorCode and ErrorMessage attributes, and no response details', () => {
    const { sim } = runToEnd(withDestinations(1))
    const messages = sim.queueMessages('dlq')
    expect(messages).toHaveLength(1)
    const message = asDeadLetter(messages[0])
    expect(Object.keys(message)).toEqual(['body', 'messageAttributes'])
    expect(message.body).toEqual(PAYLOAD)
    expect(Object.keys(message.messageAttributes)).toEqual(['RequestID', 'ErrorCode', 'ErrorMessage'])
    const { RequestID, ErrorCode, ErrorMessage } = message.messageAttributes
    expect(RequestID.DataType).toBe('String')
    expect(RequestID.StringValue).toBe(asDestinationRecord(sim.queueMessages('failed')[0]).requestContext.requestId)
    expect(ErrorCode.DataType).toBe('Number')
    expect(ErrorCode.StringValue).toMatch(/^[1-5][0-9]{2}$/)
    expect(ErrorMessage.DataType).toBe('String')
    expect(ErrorMessage.StringValue.length).toBeGreaterThan(0)
  })

  test('the DLQ ErrorMessage keeps at most the first 1 KB', () => {
    const { sim } = runToEnd(withDestinations(1))
    const message = asDeadLetter(sim.queueMessages('dlq')[0])
    expect(utf8Bytes(message.messageAttributes.ErrorMessage.StringValue)).toBeLessThanOrEqual(1024)
  })

  test('an event throttled by reserved concurrency 0 reaches the DLQ with ErrorCode 429', () => {
    const { sim } = runToEnd(withDestinations(0, { ReservedConcurrentExecutions: 0 }))
    const message = asDeadLetter(sim.queueMessages('dlq')[0])
    expect(message.body).toEqual(PAYLOAD)
    expect(message.messageAttributes.ErrorCode.StringValue).toBe('429')
    expect(message.messageAttributes.ErrorMessage.StringValue).toContain('ReservedFunctionConcurrentInvocationLimitExceeded')
  })

  test('an event that failed all attempts goes to both the on-failure destination and the DLQ, once each', () => {
    const { sim } = runToEnd(withDestinations(1))
    expect(sim.summary().Queues).toMatchObject({ ok: { MessagesReceived: 0 }, failed: { MessagesReceived: 1 }, dlq: { MessagesReceived: 1 } })
  })
})

describe('a Lambda function as a destination [D-async-rec]', () => {
  function chained(): Scenario {
    const quick = { DurationMs: { Distribution: 'constant' as const, Value: 100 }, InitDurationMs: { Distribution: 'constant' as const, Value: 200 } }
    return scenarioOf({
      DurationSeconds: 600,
      Functions: [
        {
          FunctionName: 'fn', Simulation: { ...quick, ErrorRate: 1 },
          EventInvokeConfig: { MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: 'arn:aws:lambda:us-east-1:123456789012:function:handler' } } },
        },
        { FunctionName: 'handler', Simulation: quick, EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'handled' } } } },
      ],
      Queues: [{ QueueName: 'handled' }],
      Traffic: [{ ...burst('fn', 1, 0, 'Event'), Payload: PAYLOAD }],
    })
  }

  test('the destination function receives the record as an asynchronous invocation', () => {
    const { sim, summary } = runToEnd(chained(), 'handler')
    expect(summary.AsyncEventsReceived).toBe(1)
    expect(summary.Invocations).toBe(1)
    // handler's own on-success record shows what it was invoked with: fn's failure record.
    const handled = asDestinationRecord(sim.queueMessages('handled')[0])
    const received = asDestinationRecord(handled.requestPayload)
    expect(received.requestContext.condition).toBe('RetriesExhausted')
    expect(received.requestContext.functionArn).toBe(`${ARN}:$LATEST`)
    expect(received.requestPayload).toEqual(PAYLOAD)
    expect(handled.requestContext.functionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:handler:$LATEST')
  })

  test('the destination function runs when the record is sent: right after the failed attempt', () => {
    const { trace } = runToEnd(chained(), 'handler')
    const starts = trace.filter((e) => e.type === 'invocation-start').map((e) => [e.functionName, e.atMs])
    expect(starts).toEqual([['fn', 0], ['handler', 300]])
  })
})

describe('the asynchronous-retries example [D-async-err], [D-async-rec]', () => {
  const scenario = (() => {
    const parsed = parseScenario(readFileSync(new URL('../../../scenarios/async-retries.json', import.meta.url), 'utf8'))
    if (!parsed.ok) throw new Error('async-retries.json does not validate')
    return parsed.scenario
  })()

  test('delivers exactly one record per event to its queue', () => {
    const { sim, summary } = runToEnd(scenario, 'thumbnail')
    // 2 events per second for 600 s; the last one's third attempt ends about 3 minutes later, inside the 1,200 s run.
    expect(summary.AsyncEventsReceived).toBe(1200)
    expect(summary.AsyncEventsDropped).toBe(1200)
    expect(summary.Invocations).toBe(3600)
    expect(sim.summary().Queues['failed-thumbnails']?.MessagesReceived).toBe(1200)
    const records = sim.queueMessages('failed-thumbnails').map(asDestinationRecord)
    expect(records.length).toBeGreaterThan(0)
    expect(new Set(records.map((r) => r.requestContext.requestId)).size).toBe(records.length)
    for (const record of records) {
      expect(record.requestContext.condition).toBe('RetriesExhausted')
      expect(record.requestContext.approximateInvokeCount).toBe(3)
    }
  })
})
