/**
 * The prelude: one function, evaluated once per execution environment, that turns a bare QuickJS
 * context into Lambda's Node.js programming model and returns the entry points the host calls.
 * Its parts (one file each) share the function's scope; their order matters only for code that
 * runs at once. The file name makes its frames read like the runtime's own in stack traces.
 */
import { guestCore } from './core.ts'
import { guestGlobals } from './globals.ts'
import { guestInvocation } from './invocation.ts'
import { guestModules } from './modules.ts'
import { guestRejections } from './rejections.ts'
import { PROCESS_METHODS } from './process.ts'

/** Where the prelude's frames point, as the Node.js runtime's do on Lambda. */
export const PRELUDE_FILE = 'file:///var/runtime/index.mjs'

/** The host functions and configuration the prelude receives, in this order. */
const PARAMETERS = ['hostResolve', 'hostCompile', 'hostReadFile', 'hostMemoryBytes', 'hostTraceHeader', 'hostCodeLine', 'configJson']

/** The entry points the prelude returns. */
export const ENTRY_POINTS = ['init', 'invoke', 'fire', 'respond', 'exit'] as const
export type EntryPoint = (typeof ENTRY_POINTS)[number]

export const PRELUDE_SOURCE = [
  `(function (${PARAMETERS.join(', ')}) {`,
  "'use strict';",
  `var PROCESS_METHODS = ${JSON.stringify(PROCESS_METHODS)};`,
  guestCore,
  guestRejections,
  guestModules,
  guestGlobals,
  guestInvocation,
  `return { ${ENTRY_POINTS.map((name) => `${name}: ${name}`).join(', ')} };`,
  '})',
].join('\n')
