import { afterEach, describe, expect, test, vi } from 'vitest'
import { openTabChannel, type TabChannel } from './tabChannel.ts'

const opened: TabChannel[] = []
afterEach(() => {
  for (const channel of opened.splice(0)) channel.close()
})

describe('word between tabs', () => {
  test('a save announced in one tab reaches the others, not itself', async () => {
    const heardByA: string[] = []
    const heardByB: string[] = []
    const a = openTabChannel((id) => heardByA.push(id))
    const b = openTabChannel((id) => heardByB.push(id))
    opened.push(a, b)
    a.announce('w1')
    await vi.waitFor(() => expect(heardByB).toEqual(['w1']))
    expect(heardByA).toEqual([])
  })

  test('without BroadcastChannel, announcing does nothing and throws nothing', () => {
    const channel = openTabChannel(() => { throw new Error('nothing should be heard') }, undefined)
    expect(() => channel.announce('w1')).not.toThrow()
  })
})
