/**
 * What code logs lands in CloudWatch Logs as the Node.js runtime writes it (lambda-facts §6.3):
 * `<ISO timestamp>\t<requestId>\t<LEVEL>\t<message>` at the line's virtual time, between START and
 * END; init lines before START with request id `undefined`; errors as the runtime's Invoke Error line.
 */
import { describe, expect, test } from 'vitest'
import { CODE_LOG_MAX_LINES } from '../runtime/codeLog.ts'
import { createFakeRuntime, succeed } from '../testing/fakeRuntime.ts'
import { burst, codeFunction, runToEnd } from '../testing/harness.ts'
import { requestIdOfLine } from './readers.ts'

describe('application log lines [G-node-log]', () => {
  const runtime = () => createFakeRuntime({
    init: (module, done) => { module.host.log('INFO', 'loading config'); done(succeed(null)) },
    handler: ({ host, done }) => {
      host.log('INFO', 'got event')
      host.setTimer(250, () => { host.log('WARN', 'slow dependency'); done(succeed(null)) })
    },
  })

  test('lines come between START and END, with the request id, level and virtual timestamp; init lines come before START', () => {
    const { sim } = runToEnd(codeFunction({}, [burst('fn', 1, 0), burst('fn', 1, 2)]), 'fn', { runtime: runtime() })
    const messages = sim.logEvents('fn').map((e) => e.message)
    const first = requestIdOfLine(messages[1] ?? '')
    const second = requestIdOfLine(messages[6] ?? '')
    expect(first).not.toBe(second)
    expect(messages).toEqual([
      '2026-01-01T00:00:00.000Z\tundefined\tINFO\tloading config',
      `START RequestId: ${first} Version: $LATEST`,
      `2026-01-01T00:00:00.000Z\t${first}\tINFO\tgot event`,
      `2026-01-01T00:00:00.250Z\t${first}\tWARN\tslow dependency`,
      `END RequestId: ${first}`,
      expect.stringMatching(`^REPORT RequestId: ${first}\tDuration: 250.00 ms\tBilled Duration: 250 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\tInit Duration: 0.00 ms$`),
      `START RequestId: ${second} Version: $LATEST`,
      `2026-01-01T00:00:02.000Z\t${second}\tINFO\tgot event`,
      `2026-01-01T00:00:02.250Z\t${second}\tWARN\tslow dependency`,
      `END RequestId: ${second}`,
      expect.stringMatching(`^REPORT RequestId: ${second}\tDuration: 250.00 ms\tBilled Duration: 250 ms\t`),
    ])
    expect(sim.logEvents('fn').map((e) => e.atMs)).toEqual([0, 0, 0, 250, 250, 250, 2000, 2000, 2250, 2250, 2250])
  })

  test('a handler error is logged as the runtime\'s Invoke Error line, with its type, message and stack', () => {
    const trace = ['TypeError: Cannot read properties of undefined', '    at handler (file:///var/task/index.mjs:3:9)']
    const errors = createFakeRuntime({ handler: ({ done }) => done({ type: 'error', errorType: 'TypeError', errorMessage: 'Cannot read properties of undefined', trace }) })
    const { sim } = runToEnd(codeFunction({}, [burst('fn', 1)]), 'fn', { runtime: errors })
    const id = requestIdOfLine(sim.logEvents('fn')[0]?.message ?? '')
    expect(sim.logEvents('fn')[1]?.message).toBe(
      `2026-01-01T00:00:00.000Z\t${id}\tERROR\tInvoke Error \t${JSON.stringify({ errorType: 'TypeError', errorMessage: 'Cannot read properties of undefined', stack: trace })}`,
    )
  })

  test(`an invocation keeps at most ${CODE_LOG_MAX_LINES} lines of its code's output, and says how many more it dropped`, () => {
    const chatty = createFakeRuntime({ handler: ({ host, done }) => { for (let i = 0; i < 250; i++) host.log('INFO', `line ${i}`); done(succeed(null)) } })
    const { sim } = runToEnd(codeFunction({}, [burst('fn', 1)]), 'fn', { runtime: chatty })
    const messages = sim.logEvents('fn', 1000).map((e) => e.message)
    expect(messages.filter((m) => m.includes('\tINFO\tline '))).toHaveLength(CODE_LOG_MAX_LINES)
    expect(messages.find((m) => m.startsWith('[Lambda Playground]'))).toMatch(/^\[Lambda Playground\] 150 log lines not kept in full/)
  })

  test('an invocation keeps at most 32 KB of output: a longer line is cut', () => {
    const big = createFakeRuntime({ handler: ({ host, done }) => { host.log('INFO', 'x'.repeat(40_000)); host.log('INFO', 'after'); done(succeed(null)) } })
    const { sim } = runToEnd(codeFunction({}, [burst('fn', 1)]), 'fn', { runtime: big })
    const line = sim.logEvents('fn').find((e) => e.message.includes('\tINFO\txxx'))?.message ?? ''
    expect(line.split('\t')[3]).toHaveLength(32 * 1024)
    expect(sim.logEvents('fn').some((e) => e.message.endsWith('\tafter'))).toBe(false)
  })
})
