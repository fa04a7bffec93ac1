/**
 * The QuickJS wasm modules: each has its own wasm memory with a hard maximum (QuickJS's own
 * memory limit is approximate in this build: it cannot see allocation sizes, toolchain-notes §4),
 * and a hook on that memory's growth through which the running environment can refuse more. All
 * environments share the current module; a module that a host exception may have corrupted is
 * replaced at once by a spare loaded in advance (`createEnvironment` must stay synchronous), and
 * one bloated by a memory bomb is retired. An old module is dropped with its last environment.
 */
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core'
import releaseSync from '@jitl/quickjs-wasmfile-release-sync'
import { MODULE_MEMORY_INITIAL_PAGES, MODULE_MEMORY_MAX_PAGES, RETIRE_MODULE_ABOVE_BYTES } from './limits.ts'

const PAGE_BYTES = 65_536

/** The part of WebAssembly.Memory used here (the sandbox compiles without DOM types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer
  grow(pages: number): number
}
interface WasmGlobal {
  Memory: new (descriptor: { initial: number; maximum: number }) => WasmMemory
}
const wasm = (globalThis as unknown as { WebAssembly: WasmGlobal }).WebAssembly

/** Hears every growth of the module's heap while one environment's code runs, and may refuse it. */
export interface GrowthListener {
  allowGrowth(bytes: number): boolean
}

export type SlotState = 'healthy' | 'retired' | 'corrupted'

/**
 * A wasm memory with a hard maximum whose growth the running environment may refuse. Emscripten's
 * heap resize calls grow() and treats a throw as "no more memory": malloc fails and QuickJS throws
 * its own `out of memory` in the running code.
 */
class GuardedMemory {
  readonly memory: WasmMemory
  /** The environment whose code is running, if any. */
  active: GrowthListener | undefined
  /** Bumped at each growth: an environment re-measures itself when it changed. */
  growthEpoch = 0

  constructor() {
    this.memory = new wasm.Memory({ initial: MODULE_MEMORY_INITIAL_PAGES, maximum: MODULE_MEMORY_MAX_PAGES })
    const grow = this.memory.grow.bind(this.memory)
    this.memory.grow = (pages: number): number => {
      if (this.active !== undefined && !this.active.allowGrowth(pages * PAGE_BYTES)) throw new RangeError('growth refused')
      const previous = grow(pages)
      this.growthEpoch += 1
      return previous
    }
  }
}

/** One loaded wasm module and what its environments need to know about it. */
export class WasmSlot {
  state: SlotState = 'healthy'
  liveEnvironments = 0

  constructor(readonly module: QuickJSWASMModule, private readonly guarded: GuardedMemory) {}

  get growthEpoch(): number {
    return this.guarded.growthEpoch
  }

  get active(): GrowthListener | undefined {
    return this.guarded.active
  }

  set active(listener: GrowthListener | undefined) {
    this.guarded.active = listener
  }

  get heapBytes(): number {
    return this.guarded.memory.buffer.byteLength
  }
}

async function loadSlot(): Promise<WasmSlot> {
  const guarded = new GuardedMemory()
  const module = await newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmMemory: guarded.memory }))
  return new WasmSlot(module, guarded)
}

export class ModulePool {
  private refilling: Promise<void> | undefined

  private constructor(private current: WasmSlot | undefined, private spare: WasmSlot | undefined) {}

  static async create(): Promise<ModulePool> {
    const [current, spare] = await Promise.all([loadSlot(), loadSlot()])
    return new ModulePool(current, spare)
  }

  /** The module new environments go to, counted as one more user; undefined while none is ready. */
  acquire(): WasmSlot | undefined {
    if (this.current === undefined) this.refill()
    const slot = this.current
    if (slot !== undefined) slot.liveEnvironments += 1
    return slot
  }

  release(slot: WasmSlot): void {
    slot.liveEnvironments -= 1
  }

  /** A host exception came out of this module: nothing may call into it again. */
  corrupt(slot: WasmSlot): void {
    if (slot.state === 'corrupted') return
    slot.state = 'corrupted'
    this.replace(slot)
  }

  /** An environment ran out of memory: if that left the module's memory large, new environments get a fresh one (when one is ready). */
  outOfMemory(slot: WasmSlot): void {
    if (slot.state !== 'healthy' || slot.heapBytes <= RETIRE_MODULE_ABOVE_BYTES || this.spare === undefined) return
    slot.state = 'retired'
    this.replace(slot)
  }

  /** Resolves once a replacement module, if one is loading, is ready. */
  async settled(): Promise<void> {
    await this.refilling
  }

  private replace(slot: WasmSlot): void {
    if (this.current !== slot) return
    this.current = this.spare
    this.spare = undefined
    this.refill()
  }

  private refill(): void {
    if (this.refilling !== undefined) return
    this.refilling = loadSlot().then(
      (slot) => {
        this.refilling = undefined
        if (this.current === undefined) this.current = slot
        else this.spare = slot
        if (this.spare === undefined) this.refill()
      },
      () => {
        // Loading failed (the tab is out of memory?): the next acquire tries again.
        this.refilling = undefined
      },
    )
  }
}
