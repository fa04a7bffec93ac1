/** Traffic: targets and qualifiers, invocation types, arrival processes and windows. */
import { describe, expect, test } from 'vitest'
import { problems, scenario } from './scenarioFixtures.ts'

const checkout = {
  FunctionName: 'checkout',
  Versions: [{ Version: '1' }, { Version: '2' }],
  Aliases: [{ Name: 'live', FunctionVersion: '1' }],
}
const traffic = (source: Record<string, unknown>, extra: Record<string, unknown> = {}) => scenario({
  DurationSeconds: 600,
  Functions: [checkout],
  Traffic: [{ Target: 'checkout', Arrivals: { Process: 'constant', RatePerSecond: 1 }, ...source }],
  ...extra,
})
const target = (Target: string, extra: Record<string, unknown> = {}) => traffic({ Target }, extra)

describe('Target', () => {
  test('accepts a name, name:qualifier, a partial ARN and a full ARN', () => {
    for (const t of [
      'checkout', 'checkout:$LATEST', 'checkout:1', 'checkout:2', 'checkout:live',
      '123456789012:function:checkout', '123456789012:function:checkout:live',
      'arn:aws:lambda:us-east-1:123456789012:function:checkout', 'arn:aws:lambda:us-east-1:123456789012:function:checkout:2',
    ]) {
      expect(problems(target(t)), t).toEqual([])
    }
  })

  test('reference: the function must exist', () => {
    expect(problems(target('orders'))).toEqual(['Traffic[0].Target reference'])
  })

  test('reference: the qualifier must be $LATEST, a version or an alias of it', () => {
    expect(problems(target('checkout:3'))).toEqual(['Traffic[0].Target reference'])
    expect(problems(target('checkout:prod'))).toEqual(['Traffic[0].Target reference'])
    expect(problems(target('arn:aws:lambda:us-east-1:123456789012:function:checkout:prod'))).toEqual(['Traffic[0].Target reference'])
  })

  test('reference: an ARN in another Region or account', () => {
    expect(problems(target('arn:aws:lambda:eu-west-1:123456789012:function:checkout'))).toEqual(['Traffic[0].Target reference'])
    expect(problems(target('999999999999:function:checkout'))).toEqual(['Traffic[0].Target reference'])
  })

  test('accepts versions and aliases the Timeline creates', () => {
    const timeline = {
      Timeline: [
        { AtSecond: 60, Do: { Action: 'PublishVersion', FunctionName: 'checkout' } },
        { AtSecond: 120, Do: { Action: 'CreateAlias', FunctionName: 'checkout', Name: 'beta', FunctionVersion: '3' } },
      ],
    }
    expect(problems(target('checkout:3', timeline))).toEqual([])
    expect(problems(target('checkout:beta', timeline))).toEqual([])
    expect(problems(target('checkout:4', timeline))).toEqual(['Traffic[0].Target reference'])
  })

  test('pattern and arn: malformed targets', () => {
    expect(problems(target('a:b:c'))).toEqual(['Traffic[0].Target pattern'])
    expect(problems(target('checkout:'))).toEqual(['Traffic[0].Target pattern'])
    // An ARN of neither a function nor a resource traffic can feed (an SQS ARN names a queue: validateTrafficRequest.test.ts).
    expect(problems(target('arn:aws:iam::123456789012:role/checkout'))).toEqual(['Traffic[0].Target arn'])
  })

  test('required: Target and Arrivals', () => {
    expect(problems(scenario({ Traffic: [{}] }))).toEqual(['Traffic[0].Target required', 'Traffic[0].Arrivals required'])
  })
})

describe('InvocationType', () => {
  test('enum: RequestResponse, Event or DryRun', () => {
    for (const type of ['RequestResponse', 'Event', 'DryRun']) expect(problems(traffic({ InvocationType: type }))).toEqual([])
    expect(problems(traffic({ InvocationType: 'async' }))).toEqual(['Traffic[0].InvocationType enum'])
  })
})

describe('Arrivals', () => {
  const arrivals = (a: Record<string, unknown>) => traffic({ Arrivals: a })

  test('accepts each process', () => {
    expect(problems(arrivals({ Process: 'constant', RatePerSecond: 0 }))).toEqual([])
    expect(problems(arrivals({ Process: 'poisson', RatePerSecond: 8.5 }))).toEqual([])
    expect(problems(arrivals({ Process: 'ramp', FromRatePerSecond: 0, ToRatePerSecond: 100 }))).toEqual([])
    expect(problems(arrivals({ Process: 'burst', Count: 1, AtSecond: 0 }))).toEqual([])
  })

  test('range: rates are not negative', () => {
    expect(problems(arrivals({ Process: 'poisson', RatePerSecond: -1 }))).toEqual(['Traffic[0].Arrivals.RatePerSecond range'])
    expect(problems(arrivals({ Process: 'ramp', FromRatePerSecond: -1, ToRatePerSecond: 5 }))).toEqual(['Traffic[0].Arrivals.FromRatePerSecond range'])
  })

  test('range: a burst has at least 1 request (1 accepted, 0 refused); integer', () => {
    expect(problems(arrivals({ Process: 'burst', Count: 0, AtSecond: 5 }))).toEqual(['Traffic[0].Arrivals.Count range'])
    expect(problems(arrivals({ Process: 'burst', Count: 2.5, AtSecond: 5 }))).toEqual(['Traffic[0].Arrivals.Count integer'])
  })

  test('range: a burst happens within the run (600 accepted, 601 refused)', () => {
    expect(problems(arrivals({ Process: 'burst', Count: 10, AtSecond: 600 }))).toEqual([])
    expect(problems(arrivals({ Process: 'burst', Count: 10, AtSecond: 601 }))).toEqual(['Traffic[0].Arrivals.AtSecond range'])
    expect(problems(arrivals({ Process: 'burst', Count: 10, AtSecond: -1 }))).toEqual(['Traffic[0].Arrivals.AtSecond range'])
  })

  test('range: the run defaults to 3,600 seconds', () => {
    const doc = scenario({ Traffic: [{ Target: 'api', Arrivals: { Process: 'burst', Count: 1, AtSecond: 3601 } }] })
    expect(problems(doc)).toEqual(['Traffic[0].Arrivals.AtSecond range'])
  })

  test('enum, required and unknown-field: the process and its fields', () => {
    expect(problems(arrivals({ Process: 'steady', RatePerSecond: 1 }))).toEqual(['Traffic[0].Arrivals.Process enum'])
    expect(problems(arrivals({ RatePerSecond: 1 }))).toEqual(['Traffic[0].Arrivals.Process required'])
    expect(problems(arrivals({ Process: 'burst', Count: 1 }))).toEqual(['Traffic[0].Arrivals.AtSecond required'])
    expect(problems(arrivals({ Process: 'constant', RatePerSecond: 1, Count: 5 }))).toEqual(['Traffic[0].Arrivals.Count unknown-field'])
  })
})

describe('the traffic window', () => {
  test('accepts StartSecond before EndSecond within the run', () => {
    expect(problems(traffic({ StartSecond: 0, EndSecond: 600 }))).toEqual([])
  })

  test('traffic-window: StartSecond must come before EndSecond', () => {
    expect(problems(traffic({ StartSecond: 100, EndSecond: 100 }))).toEqual(['Traffic[0].EndSecond traffic-window'])
    expect(problems(traffic({ EndSecond: 0 }))).toEqual(['Traffic[0].EndSecond traffic-window'])
  })

  test('range: the window lies within the run', () => {
    expect(problems(traffic({ EndSecond: 601 }))).toEqual(['Traffic[0].EndSecond range'])
    expect(problems(traffic({ StartSecond: -1 }))).toEqual(['Traffic[0].StartSecond range'])
  })
})
