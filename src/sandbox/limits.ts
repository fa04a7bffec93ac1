/**
 * The sandbox's numbers in one place. Lambda documents none of them: each is our choice, with its
 * reason, and the report lists them.
 */

/**
 * Memory a Node.js runtime process holds before any user code runs. Lambda reports about 60–70 MB
 * of Max Memory Used for a trivial Node.js function, so every report starts here and user code gets
 * `MemorySize` minus this.
 * @default 64
 */
export const NODE_BASELINE_MB = 64

/** The most QuickJS heap one environment may use, however big its `MemorySize`: the browser tab is the real machine. */
export const MAX_USER_HEAP_MB = 1024

/** The smallest user heap, so a 128 MB function still has room to run. */
export const MIN_USER_HEAP_MB = 16

/**
 * QuickJS's stack limit per runtime, in Node. Deep recursion must hit it before V8's own wasm
 * stack, or it escapes as a host RangeError that breaks the module (toolchain-notes §4).
 */
export const MAX_STACK_BYTES = 128 * 1024

/**
 * The same in a browser worker, whose wasm stack is smaller: the Chromium e2e run showed 128 and
 * 96 KiB still overflowing V8's stack on deep recursion, and 64 KiB keeping every overflow inside
 * QuickJS (a catchable RangeError).
 */
export const BROWSER_MAX_STACK_BYTES = 64 * 1024

/** The stack limit for where this code runs: a worker has `WorkerGlobalScope`, Node does not. */
export function defaultMaxStackBytes(): number {
  return 'WorkerGlobalScope' in globalThis ? BROWSER_MAX_STACK_BYTES : MAX_STACK_BYTES
}

/** Hard ceiling of one wasm module's memory, shared by every environment in it: the backstop behind the per-environment caps. 2 GiB is Emscripten's own ceiling. */
export const MODULE_MEMORY_MAX_PAGES = 32_768

/** A wasm module starts with 16 MiB, as Emscripten's default. */
export const MODULE_MEMORY_INITIAL_PAGES = 256

/**
 * Heap growth during one run segment beyond an environment's cap plus this slack is refused, so a
 * bomb of buffers ends in QuickJS's `out of memory` long before the module's ceiling. Emscripten
 * over-grows the heap by at most 96 MiB per step, so growth beyond cap + slack proves the
 * environment itself needed more than its cap.
 */
export const GROWTH_SLACK_BYTES = 100 * 1024 * 1024

/** A module whose memory passed this when one of its environments ran out of memory is retired: new environments go to a fresh module and the old one is dropped with its last environment. */
export const RETIRE_MODULE_ABOVE_BYTES = 256 * 1024 * 1024

/**
 * Real time one synchronous run segment (module scope, a handler call, a timer callback) may take
 * before the watchdog interrupts it; it is also never more than the phase's own limit.
 * @default 1000
 */
export const DEFAULT_WATCHDOG_MS = 1000

/** Lambda's Init phase limit (10 s), the watchdog's bound during init. */
export const INIT_LIMIT_MS = 10_000

/** When a finished phase re-measures the heap although it did not grow: every this many invocations... */
export const MEASURE_EVERY_INVOCATIONS = 256

/**
 * ...or once the code ran this many real milliseconds since the last measurement: allocating takes
 * time, and a measurement walks every object of the environment (about 100 µs for a warm handler
 * with its console and timers loaded), so measuring after every 2 ms of running cost 5 % of a busy run.
 */
export const MEASURE_AFTER_BUSY_MS = 10

/** Log lines kept per run segment; beyond it one line says how many were dropped (a `while` loop of `console.log` must not exhaust the tab). */
export const MAX_LOG_LINES_PER_SEGMENT = 10_000

/** Transpiled files kept in the shared cache (keyed by path and source). */
export const TRANSPILE_CACHE_ENTRIES = 512

/** Real time allowed to collect the log lines of a segment the watchdog stopped. */
export const FLUSH_AFTER_INTERRUPT_MS = 100
