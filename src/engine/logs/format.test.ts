import { describe, expect, it } from 'vitest'
import { billedDurationMs } from '../cost/bill.ts'
import {
  applicationLine, endLine, environmentIdFor, initReportLine, invokeErrorLine, logGroupName, logStreamName,
  reportLine, requestIdFor, startLine, timeoutLine,
} from './format.ts'

// The documented example of lambda-facts §6.3 [G-node-log], [D-logs], character for character.
const ID = 'c793869b-ee49-115b-a5b6-4fd21e8dedac'
const JUNE_7_2019 = Date.parse('2019-06-07T00:00:00.000Z')

describe('log group and stream names [D-logs]', () => {
  it('puts every function in /aws/lambda/<function-name>', () => {
    expect(logGroupName('my-function')).toBe('/aws/lambda/my-function')
  })

  it('names a stream YYYY/MM/DD/[<version>]<environment-id> after the day the environment started', () => {
    expect(logStreamName(JUNE_7_2019, 0, '$LATEST', 'e6f4a0c4241adcd70c262d34c0bbc85c'))
      .toBe('2019/06/07/[$LATEST]e6f4a0c4241adcd70c262d34c0bbc85c')
    expect(logStreamName(JUNE_7_2019, 86_400_000, '3', environmentIdFor(1, 0)))
      .toMatch(/^2019\/06\/08\/\[3\][0-9a-f]{32}$/)
  })
})

describe('the per-invocation lines of the documented example', () => {
  it('START names the executed version', () => {
    expect(startLine(ID, '$LATEST')).toBe('START RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac Version: $LATEST')
  })

  it('an application line is <ISO timestamp>\\t<requestId>\\t<LEVEL>\\t<message>', () => {
    expect(applicationLine(JUNE_7_2019, 69_080_563, ID, 'INFO', 'EVENT …'))
      .toBe('2019-06-07T19:11:20.563Z\tc793869b-ee49-115b-a5b6-4fd21e8dedac\tINFO\tEVENT …')
  })

  it('END', () => {
    expect(endLine(ID)).toBe('END RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac')
  })

  it('REPORT of a traced cold start: fields in documented order', () => {
    // 2019 log, so the billed 200 ms is the 100 ms era's rounding, passed in as reported.
    expect(reportLine({
      requestId: ID, durationMs: 128.83, billedDurationMs: 200, memorySizeMB: 128, maxMemoryUsedMB: 74,
      initDurationMs: 166.62,
      xray: { traceId: '1-5d9d007f-0a8c7fd02xmpl480aed55ef0', segmentId: '3d752xmpl1bbe37e', sampled: true },
    })).toBe(
      'REPORT RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac\tDuration: 128.83 ms\tBilled Duration: 200 ms\t' +
      'Memory Size: 128 MB\tMax Memory Used: 74 MB\tInit Duration: 166.62 ms\t' +
      'XRAY TraceId: 1-5d9d007f-0a8c7fd02xmpl480aed55ef0\tSegmentId: 3d752xmpl1bbe37e\tSampled: true',
    )
  })

  it('REPORT of the same cold start billed today: 1 ms rounding, init included', () => {
    expect(reportLine({
      requestId: ID, durationMs: 128.83, billedDurationMs: billedDurationMs(128.83, 166.62), memorySizeMB: 128,
      maxMemoryUsedMB: 74, initDurationMs: 166.62,
    })).toBe(
      'REPORT RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac\tDuration: 128.83 ms\tBilled Duration: 296 ms\t' +
      'Memory Size: 128 MB\tMax Memory Used: 74 MB\tInit Duration: 166.62 ms',
    )
  })

  it('REPORT of a warm invocation has no Init Duration and prints durations with two decimals', () => {
    expect(reportLine({ requestId: ID, durationMs: 79.67, billedDurationMs: 80, memorySizeMB: 1024, maxMemoryUsedMB: 90 }))
      .toBe('REPORT RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac\tDuration: 79.67 ms\tBilled Duration: 80 ms\tMemory Size: 1024 MB\tMax Memory Used: 90 MB')
    expect(reportLine({ requestId: ID, durationMs: 3, billedDurationMs: 3, memorySizeMB: 128, maxMemoryUsedMB: 60 }))
      .toContain('\tDuration: 3.00 ms\t')
  })
})

describe('failures [D-runtime-env]', () => {
  const epoch = Date.parse('2024-03-04T17:22:35.000Z')

  it('a timeout: Lambda logs "Task timed out after 3.00 seconds", then REPORT with Status: timeout', () => {
    expect(timeoutLine(epoch, 3033, ID, 3))
      .toBe('2024-03-04T17:22:38.033Z c793869b-ee49-115b-a5b6-4fd21e8dedac Task timed out after 3.00 seconds')
    expect(reportLine({
      requestId: ID, durationMs: 3000, billedDurationMs: 3000, memorySizeMB: 128, maxMemoryUsedMB: 40,
      failure: { status: 'timeout' },
    })).toBe('REPORT RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tStatus: timeout')
  })

  it('a crash: Status then Error Type, after Init Duration', () => {
    expect(reportLine({
      requestId: ID, durationMs: 10.5, billedDurationMs: 111, memorySizeMB: 128, maxMemoryUsedMB: 40, initDurationMs: 100,
      failure: { status: 'error', errorType: 'Runtime.ExitError' },
    })).toBe('REPORT RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac\tDuration: 10.50 ms\tBilled Duration: 111 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tInit Duration: 100.00 ms\tStatus: error\tError Type: Runtime.ExitError')
  })

  it('a failed init: INIT_REPORT with its phase and status', () => {
    expect(initReportLine(1236.04, 'init', { status: 'timeout' }))
      .toBe('INIT_REPORT Init Duration: 1236.04 ms\tPhase: init\tStatus: timeout')
    expect(initReportLine(20.5, 'init', { status: 'error', errorType: 'Extension.Crash' }))
      .toBe('INIT_REPORT Init Duration: 20.50 ms\tPhase: init\tStatus: error\tError Type: Extension.Crash')
  })

  it('a handler error, as the Node.js runtime prints it: "Invoke Error " then a tab and the JSON', () => {
    const id = requestIdFor(1, 0)
    const stack = ['Error: boom', '    at Runtime.handler (file:///var/task/index.mjs:2:9)']
    expect(invokeErrorLine(epoch, 0, id, { errorType: 'Error', errorMessage: 'boom', stack })).toBe(
      `2024-03-04T17:22:35.000Z\t${id}\tERROR\tInvoke Error \t` +
      '{"errorType":"Error","errorMessage":"boom","stack":["Error: boom","    at Runtime.handler (file:///var/task/index.mjs:2:9)"]}',
    )
  })
})
