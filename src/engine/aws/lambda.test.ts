import { describe, expect, test } from 'vitest'
import { awsAccount, errorOf, outputOf } from '../testing/awsHarness.ts'

const LATENCY_MS = 15

describe('Lambda Invoke from a handler', () => {
  test('RequestResponse starts a synchronous invocation and answers 200 with its result when it finishes', () => {
    const account = awsAccount()
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'target', Payload: '{"orderId":7}' })
    expect(answer.outcome).toBeNull()
    const [invoke] = account.syncInvokes
    expect(invoke?.target.fn.name).toBe('target')
    expect(invoke?.payload).toEqual({ orderId: 7 })
    expect(invoke?.payloadBytes).toBe(13)
    // The invocation starts when the request reaches Lambda.
    expect(account.world.nowMs).toBe(LATENCY_MS)

    account.world.nowMs = 400
    invoke?.done({ executedVersion: '$LATEST', payload: '{"ok":true}', functionError: null })
    account.settle()
    expect(answer.atMs).toBe(400)
    expect(outputOf(answer)).toEqual({ StatusCode: 200, ExecutedVersion: '$LATEST', Payload: '{"ok":true}' })
  })

  test('a function error is still 200, with FunctionError: Unhandled and the error object as payload', () => {
    const account = awsAccount()
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'target' })
    const error = '{"errorType":"Error","errorMessage":"boom","trace":[]}'
    account.syncInvokes[0]?.done({ executedVersion: '$LATEST', payload: error, functionError: 'Unhandled' })
    account.settle()
    expect(outputOf(answer)).toEqual({ StatusCode: 200, ExecutedVersion: '$LATEST', FunctionError: 'Unhandled', Payload: error })
  })

  test('no Payload is the empty event {}', () => {
    const account = awsAccount()
    account.send('lambda', 'Invoke', { FunctionName: 'target' })
    expect(account.syncInvokes[0]?.payload).toEqual({})
  })

  test('the invoked function runs one step further down the caller\'s chain', () => {
    const account = awsAccount()
    account.send('lambda', 'Invoke', { FunctionName: 'target' }, { functionName: 'caller', chainDepth: 3 })
    expect(account.syncInvokes[0]?.chainDepth).toBe(4)
  })

  test('a qualifier in the name or in Qualifier selects the alias or version', () => {
    const account = awsAccount({
      Functions: [{ FunctionName: 'caller' }, { FunctionName: 'target', Versions: [{ Version: '1' }], Aliases: [{ Name: 'live', FunctionVersion: '1' }] }],
    })
    account.send('lambda', 'Invoke', { FunctionName: 'target:live' })
    account.send('lambda', 'Invoke', { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:target', Qualifier: '1' })
    expect(account.syncInvokes.map((i) => i.target.kind)).toEqual(['alias', 'version'])
  })

  test('Event queues the event in Lambda\'s async queue and answers 202 at once', () => {
    const account = awsAccount()
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'target', InvocationType: 'Event', Payload: '{"a":1}' })
    expect(outputOf(answer)).toEqual({ StatusCode: 202, Payload: '' })
    expect(answer.atMs).toBe(LATENCY_MS)
    const target = account.world.functions.get('target')
    // Admitted at once: the first attempt is running.
    expect(target?.inFlight).toBe(1)
    expect(account.world.ledger.received).toBe(1)
    expect(account.syncInvokes).toHaveLength(0)
  })

  test('Event from the 16th invocation of a chain is stopped by recursive loop detection [D-recursion]', () => {
    const account = awsAccount()
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'target', InvocationType: 'Event' }, { functionName: 'caller', chainDepth: 16 })
    // Accepted (202) like any event; Lambda stops it before it runs.
    expect(outputOf(answer).StatusCode).toBe(202)
    expect(account.world.functions.get('target')?.inFlight).toBe(0)
    expect(account.world.ledger.dropped).toBe(1)
  })

  test('RequestResponse from the 16th invocation of a chain fails with RecursiveInvocationException', () => {
    const account = awsAccount()
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'target' }, { functionName: 'caller', chainDepth: 16 })
    expect(errorOf(answer).name).toBe('RecursiveInvocationException')
    expect(account.syncInvokes).toHaveLength(0)
  })

  test('DryRun answers 204 and runs nothing', () => {
    const account = awsAccount()
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'target', InvocationType: 'DryRun' })
    expect(outputOf(answer)).toEqual({ StatusCode: 204, Payload: '' })
    expect(account.world.ledger.dryRuns).toBe(1)
    expect(account.world.functions.get('target')?.inFlight).toBe(0)
  })

  test('a throttled target fails the call with TooManyRequestsException', () => {
    const account = awsAccount()
    account.syncStatus = 429
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'target' })
    expect(errorOf(answer)).toEqual({ name: 'TooManyRequestsException', message: 'Rate Exceeded.' })
  })

  test('an unknown function fails with ResourceNotFoundException naming its ARN', () => {
    const account = awsAccount()
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'nope', Qualifier: 'live' })
    expect(errorOf(answer)).toEqual({
      name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope:live',
    })
    expect(account.world.ledger).toMatchObject({ received: 1, rejected: 1 })
  })

  test('a Qualifier that contradicts the one in the name fails with InvalidParameterValueException', () => {
    const account = awsAccount()
    expect(errorOf(account.send('lambda', 'Invoke', { FunctionName: 'target:1', Qualifier: '2' })).name).toBe('InvalidParameterValueException')
  })

  test('a payload that is not JSON fails with InvalidRequestContentException', () => {
    const account = awsAccount()
    expect(errorOf(account.send('lambda', 'Invoke', { FunctionName: 'target', Payload: '{oops' })).name).toBe('InvalidRequestContentException')
  })

  test('an event over 1 MB fails with RequestTooLargeException [B-async-1mb]', () => {
    const account = awsAccount()
    const payload = JSON.stringify('x'.repeat(1024 * 1024))
    const answer = account.send('lambda', 'Invoke', { FunctionName: 'target', InvocationType: 'Event', Payload: payload })
    expect(errorOf(answer).name).toBe('RequestTooLargeException')
  })

  test('an unknown InvocationType or a missing FunctionName fails with ValidationException', () => {
    const account = awsAccount()
    expect(errorOf(account.send('lambda', 'Invoke', { FunctionName: 'target', InvocationType: 'Later' })).message)
      .toContain("Value 'Later' at 'invocationType' failed to satisfy constraint")
    expect(errorOf(account.send('lambda', 'Invoke', {})).message).toContain("Value null at 'functionName'")
  })
})
