/** The agenda: time order, first-in first-out at equal times (`pushLast` after the rest), and cancelled steps swept out without reordering the rest. */
import { describe, expect, test } from 'vitest'
import { cancelStep, runStep, scheduleStep, type CodeStep } from '../runtime/codeStep.ts'
import { awsAccount } from '../testing/awsHarness.ts'
import { EventQueue } from './eventQueue.ts'

function drain<T>(queue: EventQueue<T>): T[] {
  const out: T[] = []
  while (queue.size > 0) out.push(queue.pop())
  return out
}

describe('the agenda', () => {
  test('pops by time, and in insertion order at equal times', () => {
    const queue = new EventQueue<string>()
    for (const [atMs, name] of [[5, 'a'], [1, 'b'], [5, 'c'], [3, 'd'], [1, 'e']] as const) queue.push(atMs, name)
    expect(drain(queue)).toEqual(['b', 'e', 'd', 'a', 'c'])
  })

  test('pushLast comes after everything at its instant, even what is pushed there after it, and first-in first-out among its kind', () => {
    const queue = new EventQueue<string>()
    queue.pushLast(5, 'late-1')
    queue.push(5, 'a')
    queue.pushLast(5, 'late-2')
    queue.push(7, 'later')
    queue.push(3, 'earlier')
    expect(queue.pop()).toBe('earlier')
    expect(queue.pop()).toBe('a')
    // Pushed while the instant is being worked through: still before the last ones.
    queue.push(5, 'b')
    expect(drain(queue)).toEqual(['b', 'late-1', 'late-2', 'later'])
  })

  test('removeWhere drops what it picks and leaves the others in exactly the order they had', () => {
    const full = new EventQueue<number>()
    const swept = new EventQueue<number>()
    // Many equal times, so the insertion-order tie-break matters.
    for (let n = 0; n < 500; n++) {
      full.push((n * 7919) % 37, n)
      swept.push((n * 7919) % 37, n)
    }
    swept.removeWhere((n) => n % 3 === 0)
    expect(swept.size).toBe(333)
    expect(drain(swept)).toEqual(drain(full).filter((n) => n % 3 !== 0))
  })
})

describe('cancelled steps', () => {
  test('are swept off the agenda once they outnumber the rest, so a busy service leaves no backlog of shells', () => {
    const { world } = awsAccount()
    const ran: number[] = []
    const live: CodeStep[] = []
    for (let n = 0; n < 10; n++) live.push(scheduleStep(world, 1000 + n, () => ran.push(n)))
    // A visibility timeout minutes ahead, cancelled when its batch is deleted, thousands of times.
    for (let n = 0; n < 5000; n++) cancelStep(world, scheduleStep(world, 180_000, () => ran.push(-1)))
    expect(world.queue.size).toBeLessThan(300)
    while (world.queue.size > 0) {
      const entry = world.queue.pop()
      if (entry.kind === 'code-step') runStep(entry)
    }
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
})
