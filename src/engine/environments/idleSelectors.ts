import type { EnvironmentSelection } from '../scenario/types.ts'
import type { Random } from '../random/seeded.ts'
import type { ExecutionEnvironment } from './environment.ts'

/**
 * Which idle environment a request takes: AWS documents no rule, so it is the scenario's
 * `EnvironmentSelection` setting. Most-recently-used needs no index of its own (it is the tail of
 * the pool's idle list); the others keep one.
 */
export interface IdleSelector {
  add(env: ExecutionEnvironment): void
  remove(env: ExecutionEnvironment): void
  /** The environment to reuse, given the idle list's most recently idled one. */
  pick(mostRecentlyIdle: ExecutionEnvironment): ExecutionEnvironment
}

const mostRecentlyUsed: IdleSelector = {
  add: () => {},
  remove: () => {},
  pick: (mostRecentlyIdle) => mostRecentlyIdle,
}

/** Idle environments in an array; removal swaps the last one into the hole. */
class RandomSelector implements IdleSelector {
  private readonly envs: ExecutionEnvironment[] = []
  constructor(private readonly rng: Random) {}

  add(env: ExecutionEnvironment): void {
    env.selectorSlot = this.envs.length
    this.envs.push(env)
  }

  remove(env: ExecutionEnvironment): void {
    const last = this.envs.pop() as ExecutionEnvironment
    if (last !== env) {
      this.envs[env.selectorSlot] = last
      last.selectorSlot = env.selectorSlot
    }
    env.selectorSlot = -1
  }

  pick(): ExecutionEnvironment {
    return this.envs[Math.floor(this.rng.next() * this.envs.length)] as ExecutionEnvironment
  }
}

/** A binary heap on creation order with slots kept in the environments, for O(log n) removal. */
class CreationOrderSelector implements IdleSelector {
  private readonly heap: ExecutionEnvironment[] = []
  /** +1 picks the oldest (smallest serial) first, −1 the newest. */
  constructor(private readonly sign: 1 | -1) {}

  add(env: ExecutionEnvironment): void {
    this.heap.push(env)
    env.selectorSlot = this.heap.length - 1
    this.siftUp(env.selectorSlot)
  }

  remove(env: ExecutionEnvironment): void {
    const slot = env.selectorSlot
    const last = this.heap.pop() as ExecutionEnvironment
    env.selectorSlot = -1
    if (last === env) return
    this.heap[slot] = last
    last.selectorSlot = slot
    this.siftUp(slot)
    this.siftDown(last.selectorSlot)
  }

  pick(): ExecutionEnvironment {
    return this.heap[0] as ExecutionEnvironment
  }

  private before(a: ExecutionEnvironment, b: ExecutionEnvironment): boolean {
    return this.sign * (a.serial - b.serial) < 0
  }

  private place(env: ExecutionEnvironment, slot: number): void {
    this.heap[slot] = env
    env.selectorSlot = slot
  }

  private siftUp(start: number): void {
    let slot = start
    const env = this.heap[slot] as ExecutionEnvironment
    while (slot > 0) {
      const parentSlot = (slot - 1) >> 1
      const parent = this.heap[parentSlot] as ExecutionEnvironment
      if (!this.before(env, parent)) break
      this.place(parent, slot)
      slot = parentSlot
    }
    this.place(env, slot)
  }

  private siftDown(start: number): void {
    let slot = start
    const env = this.heap[slot] as ExecutionEnvironment
    const size = this.heap.length
    for (;;) {
      let child = 2 * slot + 1
      if (child >= size) break
      const right = child + 1
      if (right < size && this.before(this.heap[right] as ExecutionEnvironment, this.heap[child] as ExecutionEnvironment)) child = right
      const childEnv = this.heap[child] as ExecutionEnvironment
      if (!this.before(childEnv, env)) break
      this.place(childEnv, slot)
      slot = child
    }
    this.place(env, slot)
  }
}

export function createIdleSelector(selection: EnvironmentSelection, rng: Random): IdleSelector {
  switch (selection) {
    case 'most-recently-used':
      return mostRecentlyUsed
    case 'random':
      return new RandomSelector(rng)
    case 'oldest':
      return new CreationOrderSelector(1)
    case 'newest':
      return new CreationOrderSelector(-1)
    default: {
      const unknown: never = selection
      throw new Error(`Unknown EnvironmentSelection ${String(unknown)}`)
    }
  }
}
