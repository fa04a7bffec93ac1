/** The charts' frame queue: as many items per frame as the budget allows, in order, each running only its newest work. */
import { describe, expect, test } from 'vitest'
import { createFrameQueue } from './frameQueue.ts'

/** A queue whose frames are run by hand and whose items each take `itemMs` of (fake) time. */
function manualQueue(budgetMs: number, itemMs = 10) {
  const frames: (() => void)[] = []
  let clockMs = 0
  const queue = createFrameQueue({ budgetMs, requestFrame: (callback) => frames.push(callback), now: () => clockMs })
  const ran: string[] = []
  const item = (name: string) => () => {
    clockMs += itemMs
    ran.push(name)
  }
  const nextFrame = () => frames.shift()?.()
  return { queue, frames, ran, item, nextFrame }
}

describe('frame queue', () => {
  test('a frame runs items in the order they were queued while another one like the last still fits the budget', () => {
    const { queue, frames, ran, item, nextFrame } = manualQueue(35)
    for (const name of ['a', 'b', 'c', 'd', 'e']) queue.enqueue({}, item(name))
    expect(frames).toHaveLength(1)
    nextFrame()
    // 10 ms each: a third would end at 30 ms, a fourth at 40.
    expect(ran).toEqual(['a', 'b', 'c'])
    nextFrame()
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(frames).toHaveLength(0)
  })

  test('an item longer than the budget still runs, alone in its frame; so does one longer than half of it', () => {
    const { queue, ran, item, nextFrame } = manualQueue(50, 30)
    queue.enqueue({}, item('a'))
    queue.enqueue({}, item('b'))
    nextFrame()
    expect(ran).toEqual(['a'])
    nextFrame()
    expect(ran).toEqual(['a', 'b'])
  })

  test('an item queued again before its turn keeps its place and runs its newest work once', () => {
    const { queue, ran, item, nextFrame } = manualQueue(1)
    const a = {}
    queue.enqueue(a, item('a1'))
    queue.enqueue({}, item('b'))
    queue.enqueue(a, item('a2'))
    nextFrame()
    nextFrame()
    nextFrame()
    expect(ran).toEqual(['a2', 'b'])
  })

  test('a cancelled item never runs, and an empty queue asks for no frame', () => {
    const { queue, frames, ran, item, nextFrame } = manualQueue(100)
    const a = {}
    queue.enqueue(a, item('a'))
    queue.cancel(a)
    nextFrame()
    expect(ran).toEqual([])
    expect(frames).toHaveLength(0)
  })

  test('work queued while a frame runs waits for the next frame', () => {
    const { queue, frames, ran, item, nextFrame } = manualQueue(100)
    const a = {}
    queue.enqueue(a, () => {
      item('a1')()
      queue.enqueue(a, item('a2'))
    })
    nextFrame()
    expect(ran).toEqual(['a1'])
    expect(frames).toHaveLength(1)
    nextFrame()
    expect(ran).toEqual(['a1', 'a2'])
  })
})
