/**
 * The calls every run segment makes into QuickJS, without quickjs-emscripten's per-call
 * allocations: its callFunction mallocs and frees an argument array and wraps every pointer in
 * lifetime objects, which costs about as much as a trivial handler's own code. These go to the
 * context's FFI directly, with one argument array allocated for the environment's life.
 *
 * The FFI, the context and runtime pointers and the Emscripten module are protected members of
 * QuickJSContext in quickjs-emscripten 0.32 (package.json's ^0.32.0 admits 0.32.x only); the
 * constructor checks they are there, so an upgrade that moves them fails on the first environment,
 * not silently.
 */
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core'

type Pointer = number

/** The encoding APIs of Node.js and workers (the sandbox compiles without DOM types). */
interface Utf8 {
  TextEncoder: new () => { encode(text: string): Uint8Array; encodeInto(text: string, into: Uint8Array): { written: number } }
  TextDecoder: new () => { decode(bytes: Uint8Array): string }
}
const utf8 = globalThis as unknown as Utf8
// Native UTF-8 both ways: Emscripten's own helpers walk the characters in JavaScript.
const encoder = new utf8.TextEncoder()
const decoder = new utf8.TextDecoder()

/** Source text as the UTF-8 bytes `evalCode` takes. */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text)
}

interface Ffi {
  QTS_Call(ctx: Pointer, fn: Pointer, self: Pointer, argc: number, argv: Pointer): Pointer
  QTS_ResolveException(ctx: Pointer, value: Pointer): Pointer
  QTS_FreeValuePointer(ctx: Pointer, value: Pointer): void
  QTS_NewString(ctx: Pointer, chars: Pointer): Pointer
  QTS_NewFloat64(ctx: Pointer, value: number): Pointer
  QTS_GetString(ctx: Pointer, value: Pointer): Pointer
  QTS_FreeCString(ctx: Pointer, chars: Pointer): void
  QTS_GetUndefined(): Pointer
  QTS_PromiseState(ctx: Pointer, value: Pointer): number
  QTS_PromiseResult(ctx: Pointer, value: Pointer): Pointer
  QTS_IsJobPending(rt: Pointer): number
  QTS_ExecutePendingJob(rt: Pointer, maxJobs: number, lastJobContext: Pointer): Pointer
  QTS_FreeValuePointerRuntime(rt: Pointer, value: Pointer): void
  QTS_Typeof(ctx: Pointer, value: Pointer): Pointer
  QTS_Eval(ctx: Pointer, code: Pointer, length: number, fileName: string, detectModule: number, flags: number): Pointer
}

interface EmscriptenModule {
  _malloc(bytes: number): Pointer
  _free(pointer: Pointer): void
  HEAPU8: Uint8Array
}

interface ContextInternals {
  ffi: Ffi
  module: EmscriptenModule
  ctx: { value: Pointer }
  rt: { value: Pointer }
  memory: { heapValueHandle(pointer: Pointer): QuickJSHandle }
}

/** What evaluating code produced: its value, or the exception it threw (a SyntaxError, say), as a handle the receiver owns. */
export interface Evaluated {
  handle: QuickJSHandle
  failed: boolean
}

/** What a call produced: a value pointer the caller owns, or the exception as a handle. */
export type CallResult = ({ ok: true } & ValuePointer) | { ok: false; error: QuickJSHandle }

/** A value a call returned, which its receiver owns and frees. */
export interface ValuePointer {
  readonly pointer: Pointer
}

/** An argument: a number, a string, or a value the caller keeps (a handle, or a pointer it owns). */
export type Argument = number | string | QuickJSHandle | ValuePointer

const MAX_ARGUMENTS = 8
/** What QTS_Typeof's answer starts with for a number: 'n'. */
const LETTER_N = 0x6e

export class FastCalls {
  private readonly ffi: Ffi
  private readonly module: EmscriptenModule
  private readonly ctxPointer: Pointer
  private readonly rtPointer: Pointer
  private readonly jobContext: Pointer
  private readonly memory: ContextInternals['memory']
  private readonly argv: Pointer
  private readonly undefinedPointer: Pointer
  private readonly made: Pointer[] = []
  /** The module's memory as 32-bit words, for writing the argument array. */
  private words: Uint32Array<ArrayBufferLike> = new Uint32Array(0)

  constructor(ctx: QuickJSContext) {
    const internals = ctx as unknown as Partial<ContextInternals>
    if (typeof internals.ffi?.QTS_Call !== 'function' || typeof internals.module?._malloc !== 'function' || typeof internals.ctx?.value !== 'number' ||
      typeof internals.rt?.value !== 'number' || internals.memory === undefined) {
      throw new Error('quickjs-emscripten changed: QuickJSContext no longer has ffi, module, ctx, rt and memory')
    }
    this.ffi = internals.ffi
    this.module = internals.module
    this.ctxPointer = internals.ctx.value
    this.rtPointer = internals.rt.value
    this.memory = internals.memory
    // The argument array, then one word for the context of the last job run.
    this.argv = this.module._malloc(4 * (MAX_ARGUMENTS + 1))
    this.jobContext = this.argv + 4 * MAX_ARGUMENTS
    this.undefinedPointer = this.ffi.QTS_GetUndefined()
  }

  hasPendingJob(): boolean {
    return this.ffi.QTS_IsJobPending(this.rtPointer) !== 0
  }

  /** Runs every pending job (microtask); an exception that escaped one comes back as a handle. */
  executePendingJobs(): { ok: true } | { ok: false; error: QuickJSHandle } {
    const { ffi } = this
    const value = ffi.QTS_ExecutePendingJob(this.rtPointer, -1, this.jobContext)
    if (this.wordsOfHeap()[this.jobContext >>> 2] === 0) {
      ffi.QTS_FreeValuePointerRuntime(this.rtPointer, value)
      return { ok: true }
    }
    // The answer is the number of jobs run, or the exception that stopped them.
    const type = ffi.QTS_Typeof(this.ctxPointer, value)
    const isNumber = this.module.HEAPU8[type] === LETTER_N
    this.module._free(type)
    if (isNumber) {
      this.free(value)
      return { ok: true }
    }
    return { ok: false, error: this.memory.heapValueHandle(value) }
  }

  /** Calls `fn` with `this` undefined. */
  call(fn: QuickJSHandle, args: readonly Argument[]): CallResult {
    if (args.length > MAX_ARGUMENTS) throw new Error(`at most ${MAX_ARGUMENTS} arguments`)
    const { ffi, ctxPointer } = this
    const pointers = args.map((arg) => this.pointerOf(arg))
    this.wordsOfHeap().set(pointers, this.argv >>> 2)
    const result = ffi.QTS_Call(ctxPointer, fn.value as unknown as Pointer, this.undefinedPointer, args.length, this.argv)
    for (const pointer of this.made) ffi.QTS_FreeValuePointer(ctxPointer, pointer)
    this.made.length = 0
    const error = ffi.QTS_ResolveException(ctxPointer, result)
    if (error === 0) return { ok: true, pointer: result }
    ffi.QTS_FreeValuePointer(ctxPointer, result)
    return { ok: false, error: this.memory.heapValueHandle(error) }
  }

  /**
   * Evaluates global code given as UTF-8 (`encodeUtf8`): the runtime's own sources are encoded once
   * per process, where quickjs-emscripten's evalCode would encode them in JavaScript at every call.
   */
  evalCode(code: Uint8Array, fileName: string): Evaluated {
    const { ffi, ctxPointer } = this
    const chars = this.module._malloc(code.length + 1)
    const heap = this.module.HEAPU8
    heap.set(code, chars)
    heap[chars + code.length] = 0
    // detectModule 0, flags 0: global code.
    const result = ffi.QTS_Eval(ctxPointer, chars, code.length, fileName, 0, 0)
    this.module._free(chars)
    const error = ffi.QTS_ResolveException(ctxPointer, result)
    if (error === 0) return { handle: this.memory.heapValueHandle(result), failed: false }
    ffi.QTS_FreeValuePointer(ctxPointer, result)
    return { handle: this.memory.heapValueHandle(error), failed: true }
  }

  /** The string a call returned; frees the value. */
  takeString(pointer: Pointer): string {
    const chars = this.ffi.QTS_GetString(this.ctxPointer, pointer)
    const heap = this.module.HEAPU8
    const text = decoder.decode(heap.subarray(chars, heap.indexOf(0, chars)))
    this.ffi.QTS_FreeCString(this.ctxPointer, chars)
    this.ffi.QTS_FreeValuePointer(this.ctxPointer, pointer)
    return text
  }

  /** Frees a value a call returned. */
  free(pointer: Pointer): void {
    this.ffi.QTS_FreeValuePointer(this.ctxPointer, pointer)
  }

  /** A promise's state, as the guest numbers it: 0 pending, 1 fulfilled, 2 rejected; -1 for anything else. */
  promiseState(pointer: Pointer): number {
    const state = this.ffi.QTS_PromiseState(this.ctxPointer, pointer)
    return state < 0 ? -1 : state
  }

  /** A settled promise's value or reason, which the caller frees. */
  promiseResult(pointer: Pointer): ValuePointer {
    return { pointer: this.ffi.QTS_PromiseResult(this.ctxPointer, pointer) }
  }

  dispose(): void {
    this.module._free(this.argv)
  }

  /** The module's memory as 32-bit words; read again after any allocation, as growing the memory replaces its buffer. */
  private wordsOfHeap(): Uint32Array<ArrayBufferLike> {
    const buffer = this.module.HEAPU8.buffer
    if (this.words.buffer !== buffer) this.words = new Uint32Array(buffer)
    return this.words
  }

  private pointerOf(arg: Argument): Pointer {
    if (typeof arg === 'object') return 'pointer' in arg ? arg.pointer : (arg.value as unknown as Pointer)
    let pointer: Pointer
    if (typeof arg === 'number') {
      pointer = this.ffi.QTS_NewFloat64(this.ctxPointer, arg)
    } else {
      // At most 3 bytes per UTF-16 unit, and the terminating NUL.
      const chars = this.module._malloc(3 * arg.length + 1)
      const heap = this.module.HEAPU8
      const { written } = encoder.encodeInto(arg, heap.subarray(chars, chars + 3 * arg.length))
      heap[chars + written] = 0
      pointer = this.ffi.QTS_NewString(this.ctxPointer, chars)
      this.module._free(chars)
    }
    this.made.push(pointer)
    return pointer
  }
}
