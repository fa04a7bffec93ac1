/** A replay trace's payload column: each line's payload is that arrival's event, else the entry's Payload. */
import { expect, test } from 'vitest'
import { createFakeRuntime, succeed } from '../testing/fakeRuntime.ts'
import { codeFunction, simulate } from '../testing/harness.ts'

test('a function target receives each line\'s payload (JSON or text), and the entry\'s Payload where a line has none', () => {
  const events: unknown[] = []
  const runtime = createFakeRuntime({ handler: ({ event, done }) => { events.push(event); done(succeed(null)) } })
  const csv = 'seconds,payload\n0,{"order":1}\n1\n2,"quoted"\n3,plain text, with a comma\n'
  const { sim } = simulate(codeFunction({}, [{ Target: 'fn', Arrivals: { Process: 'replay', Csv: csv }, Payload: { order: 0 } }]), { runtime })
  sim.runToEnd()
  expect(events).toEqual([{ order: 1 }, { order: 0 }, 'quoted', 'plain text, with a comma'])
})
