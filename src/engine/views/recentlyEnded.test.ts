/** The ring of ended environments behind the Environments view's fading cells: bounded, newest first. */
import { describe, expect, test } from 'vitest'
import { ExecutionEnvironment } from '../environments/environment.ts'
import { RECENTLY_ENDED_LENGTH, RecentlyEnded } from './recentlyEnded.ts'

function endMany(ring: RecentlyEnded, count: number, functionName = 'fn'): void {
  for (let serial = 0; serial < count; serial++) ring.add(functionName, '$LATEST', new ExecutionEnvironment(serial, false, 0), 'idle-reclaimed', serial * 1000)
}

describe('recently ended environments', () => {
  test('a function’s ends since a time, newest first, other functions’ left out', () => {
    const ring = new RecentlyEnded()
    endMany(ring, 5)
    ring.add('other', '1', new ExecutionEnvironment(9, true, 0), 'recycled', 4500)
    expect(ring.endedSince('fn', 2000).map((e) => [e.serial, e.endedAtMs, e.reason])).toEqual([
      [4, 4000, 'idle-reclaimed'], [3, 3000, 'idle-reclaimed'], [2, 2000, 'idle-reclaimed'],
    ])
    expect(ring.endedSince('other', 0)).toMatchObject([{ serial: 9, provisioned: true, version: '1' }])
  })

  test(`keeps only the newest ${RECENTLY_ENDED_LENGTH}, so memory stays flat however many end`, () => {
    const ring = new RecentlyEnded()
    endMany(ring, RECENTLY_ENDED_LENGTH + 100)
    const kept = ring.endedSince('fn', 0)
    expect(kept).toHaveLength(RECENTLY_ENDED_LENGTH)
    expect(kept.at(-1)?.serial).toBe(100)
  })
})
