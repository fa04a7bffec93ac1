/**
 * Every error the sandbox reports, in one catalogue: Lambda's Node.js runtime errors (types,
 * messages and the runtime frames of their traces, as the runtime interface client writes them)
 * and the sandbox's own messages, which the guest code receives through its configuration.
 */
import type { CodeOutcome } from '../engine/runtime/types.ts'

/** `errorType`s the Node.js runtime interface client reports for a bad function package [D-node-handler]. */
export const RuntimeErrorType = {
  importModule: 'Runtime.ImportModuleError',
  userCodeSyntax: 'Runtime.UserCodeSyntaxError',
  handlerNotFound: 'Runtime.HandlerNotFound',
  malformedHandlerName: 'Runtime.MalformedHandlerName',
  unhandledRejection: 'Runtime.UnhandledPromiseRejection',
  callbackHandlerDeprecated: 'Runtime.CallbackHandlerDeprecated',
} as const

/** The runtime's own frames under a failed load, so traces read like Lambda's. */
export const LOAD_FRAMES = [
  '    at _loadUserApp (file:///var/runtime/index.mjs:1087:17)',
  '    at async UserFunction.js.module.exports.load (file:///var/runtime/index.mjs:1119:21)',
  '    at async start (file:///var/runtime/index.mjs:1282:23)',
  '    at async file:///var/runtime/index.mjs:1288:1',
] as const

/** The runtime's frames under Runtime.HandlerNotFound. */
export const HANDLER_FRAMES = [
  '    at UserFunction.js.module.exports.load (file:///var/runtime/index.mjs:1151:15)',
  '    at async start (file:///var/runtime/index.mjs:1282:23)',
  '    at async file:///var/runtime/index.mjs:1288:1',
] as const

/**
 * The message of Runtime.CallbackHandlerDeprecated: Node.js 24's runtime refuses a handler that takes
 * a callback (three parameters) [D-node-ctx] (runtime interface client, context/constants.ts).
 */
export const CALLBACK_HANDLER_REMOVED_MESSAGE =
  'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.'

/** The Node.js 24 runtime's frames under Runtime.CallbackHandlerDeprecated (errorOnDeprecatedCallback in createRuntime). */
export const CALLBACK_FRAMES = [
  '    at errorOnDeprecatedCallback (file:///var/runtime/index.mjs:1201:11)',
  '    at createRuntime (file:///var/runtime/index.mjs:1425:5)',
  '    at async file:///var/runtime/index.mjs:1458:17',
] as const

/** Node.js's frames under the runtime's Runtime.UnhandledPromiseRejection (its `unhandledRejection` listener). */
export const REJECTION_FRAMES = [
  '    at process.<anonymous> (file:///var/runtime/index.mjs:1276:17)',
  '    at process.emit (node:events:517:28)',
  '    at emit (node:internal/process/promises:149:20)',
  '    at processPromiseRejections (node:internal/process/promises:283:27)',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)',
] as const

/** What the runtime interface client reports for an error object it cannot read (Errors.js `toRapidResponse`). */
export const UNREADABLE_ERROR_MESSAGE =
  'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack'

/** The runtime interface client's message when the result cannot be serialised (RAPIDClient `_trySerializeResponse`). */
export const UNSERIALISABLE_RESULT_MESSAGE = 'Unable to stringify response body'

/**
 * Exit statuses Node.js and the runtime use: after an uncaught exception the runtime exits with 129,
 * after an unhandled rejection with 128; an unsettled top-level await makes Node exit with 13.
 */
export const ExitStatus = { uncaughtException: 129, unhandledRejection: 128, unsettledTopLevelAwait: 13 } as const

/** How Lambda words a runtime process that ended (`Runtime.ExitError`) [D-runtime-env]. */
export function exitMessage(status: number): string {
  return status === 0 ? 'Runtime exited without providing a reason' : `Runtime exited with error: exit status ${status}`
}

/** Messages of the sandbox's own refusals, `%s` being what was refused. Passed to the guest code, so tests and the UI read the same text. */
export const SandboxMessage = {
  noNetwork: "%s is not available in Lambda Playground's sandbox (no network)",
  noBrowser: "%s is not available in Lambda Playground's sandbox (Lambda runs Node.js: there is no browser page, DOM or storage)",
  moduleNoNetwork: "Cannot use module '%s' in Lambda Playground's sandbox (no network)",
  moduleNoProcesses: "Cannot use module '%s' in Lambda Playground's sandbox (no child processes, threads or debugger)",
  moduleUnavailable: "Module '%s' is not available in Lambda Playground's sandbox",
  urlImport: "Cannot import '%s': Lambda Playground's sandbox loads only the function's files, its layers and built-in modules (no network)",
  unknownBuiltin: 'No such built-in module: %s',
  nativeImport: "Cannot import('%s') from evaluated code: Lambda Playground's sandbox loads modules through require() and the function's own import statements",
} as const

export type SandboxMessageKey = keyof typeof SandboxMessage

export function sandboxMessage(key: SandboxMessageKey, subject: string): string {
  return SandboxMessage[key].split('%s').join(subject)
}

/** The sandbox itself failed (a host exception out of QuickJS): the environment ends like a crashed process. */
export function sandboxFailure(detail: string): CodeOutcome {
  return { type: 'crash', message: `Runtime exited with error: signal: aborted (Lambda Playground's sandbox: ${detail})` }
}

/** Another environment broke the shared wasm module, so this one's process is gone too. */
export const MODULE_LOST: CodeOutcome = {
  type: 'crash',
  message: "Runtime exited with error: signal: killed (Lambda Playground's sandbox restarted after another environment crashed it)",
}

/** No healthy wasm module was ready when this environment was created (two sandbox failures in quick succession). */
export const SANDBOX_RESTARTING: CodeOutcome = {
  type: 'crash',
  message: "Runtime exited with error: signal: killed (Lambda Playground's sandbox is restarting; try again)",
}
