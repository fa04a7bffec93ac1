import { describe, expect, test } from 'vitest'
import { awsAccount, errorOf, outputOf } from '../testing/awsHarness.ts'

const ENTRY = { Source: 'shop', DetailType: 'OrderPlaced', Detail: '{"orderId":1}' }

describe('EventBridge PutEvents', () => {
  test('counts events on the default bus and answers their ids after 15 ms', () => {
    const account = awsAccount()
    const answer = account.send('eventbridge', 'PutEvents', { Entries: [ENTRY, ENTRY] })
    const output = outputOf(answer)
    expect(answer.atMs).toBe(15)
    expect(output.FailedEntryCount).toBe(0)
    const entries = output.Entries as { EventId: string }[]
    expect(entries).toHaveLength(2)
    expect(entries[0]?.EventId).not.toBe(entries[1]?.EventId)
    const bus = account.world.aws.eventBuses.get('default')
    expect(bus?.eventsPut).toBe(2)
    expect(bus?.recent[0]).toMatchObject({
      version: '0', id: entries[0]?.EventId, 'detail-type': 'OrderPlaced', source: 'shop', detail: { orderId: 1 },
      account: '123456789012', region: 'us-east-1', time: '2026-01-01T00:00:00Z',
    })
  })

  test('a custom bus is named by name or ARN', () => {
    const account = awsAccount({ EventBuses: [{ Name: 'orders' }] })
    account.send('eventbridge', 'PutEvents', { Entries: [{ ...ENTRY, EventBusName: 'arn:aws:events:us-east-1:123456789012:event-bus/orders' }] })
    expect(account.world.aws.eventBuses.get('orders')?.eventsPut).toBe(1)
  })

  test('bad entries fail one by one, counted in FailedEntryCount', () => {
    const account = awsAccount()
    const output = outputOf(account.send('eventbridge', 'PutEvents', {
      Entries: [ENTRY, { DetailType: 'x', Detail: '{}' }, { ...ENTRY, Detail: '[1]' }, { ...ENTRY, EventBusName: 'nope' }],
    }))
    expect(output.FailedEntryCount).toBe(3)
    expect((output.Entries as { ErrorCode?: string }[]).map((e) => e.ErrorCode)).toEqual([
      undefined, 'InvalidArgument', 'MalformedDetail', 'ResourceNotFoundException',
    ])
    expect(account.world.aws.eventBuses.get('default')?.eventsPut).toBe(1)
  })

  test('no entries or more than 10 fail the call with ValidationException', () => {
    const account = awsAccount()
    expect(errorOf(account.send('eventbridge', 'PutEvents', { Entries: [] })).name).toBe('ValidationException')
    expect(errorOf(account.send('eventbridge', 'PutEvents', { Entries: Array.from({ length: 11 }, () => ENTRY) })).name).toBe('ValidationException')
    expect(errorOf(account.send('eventbridge', 'PutEvents', {})).name).toBe('ValidationException')
  })

  test('entries over 256 KB in all fail the call with ValidationException', () => {
    const account = awsAccount()
    const big = { ...ENTRY, Detail: JSON.stringify({ x: 'x'.repeat(200 * 1024) }) }
    expect(errorOf(account.send('eventbridge', 'PutEvents', { Entries: [big, big] })).message).toBe('Total size of the entries in the request is over the limit.')
  })
})
