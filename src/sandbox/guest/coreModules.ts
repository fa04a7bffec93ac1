/**
 * The Node.js core modules the sandbox provides, by name (guest sources), and those it refuses,
 * each with the reason its error gives.
 */
import {
  CALLBACK_FRAMES, CALLBACK_HANDLER_REMOVED_MESSAGE, HANDLER_FRAMES, LOAD_FRAMES, REJECTION_FRAMES, RuntimeErrorType,
  type SandboxMessageKey, UNREADABLE_ERROR_MESSAGE, UNSERIALISABLE_RESULT_MESSAGE,
} from '../errors.ts'
import { internalAwsSource } from './aws.ts'
import { internalConsoleSource } from './console.ts'
import { internalDateSource } from './date.ts'
import { internalImportSource } from './dynamicImport.ts'
import { errorMessagesSource, internalCaughtSource } from './errorMessages.ts'
import { internalErrorsSource } from './errors.ts'
import { internalInitSource } from './init.ts'
import { internalContextViewSource } from './invocation.ts'
import { internalIntlSource } from './intl.ts'
import { nodeBufferSource } from './nodeBuffer.ts'
import { nodeCryptoSource } from './nodeCrypto.ts'
import { nodeFsSource } from './nodeFs.ts'
import {
  nodeAssertSource, nodeEventsSource, nodeFsPromisesSource, nodeModuleSource, nodeOsSource, nodePathSource,
  nodeProcessSource, nodeTimersPromisesSource, nodeTimersSource,
} from './nodeSmall.ts'
import { nodeUrlSource } from './nodeUrl.ts'
import { PROCESS_METHODS, internalProcessSource } from './process.ts'
import { internalTimersSource } from './timers.ts'
import { internalTraceSource } from './trace.ts'
import { nodeUtilSource } from './nodeUtil.ts'
import { internalRejectionsSource } from './rejections.ts'
import { internalUrlSource } from './whatwgUrl.ts'

const PROVIDED: Readonly<Record<string, string>> = {
  assert: nodeAssertSource,
  'assert/strict': nodeAssertSource,
  buffer: nodeBufferSource,
  crypto: nodeCryptoSource,
  events: nodeEventsSource,
  fs: nodeFsSource,
  'fs/promises': nodeFsPromisesSource,
  os: nodeOsSource,
  path: nodePathSource,
  'path/posix': nodePathSource,
  perf_hooks: 'exports.performance = performance;',
  process: nodeProcessSource,
  timers: nodeTimersSource,
  'timers/promises': nodeTimersPromisesSource,
  url: nodeUrlSource,
  util: nodeUtilSource,
}

/** The prelude's parts compiled on first use (`internal:<name>`), which user code cannot require. */
export const INTERNAL_MODULES: Readonly<Record<string, string>> = {
  aws: internalAwsSource,
  caught: internalCaughtSource,
  console: internalConsoleSource,
  contextView: internalContextViewSource,
  date: internalDateSource,
  errors: `var CATALOGUE = ${JSON.stringify({
    errors: RuntimeErrorType,
    loadFrames: LOAD_FRAMES,
    handlerFrames: HANDLER_FRAMES,
    rejectionFrames: REJECTION_FRAMES,
    callbackFrames: CALLBACK_FRAMES,
    callbackHandlerRemoved: CALLBACK_HANDLER_REMOVED_MESSAGE,
    unreadableError: UNREADABLE_ERROR_MESSAGE,
    unserialisable: UNSERIALISABLE_RESULT_MESSAGE,
  })};\n${errorMessagesSource}\n${internalErrorsSource}`,
  import: internalImportSource,
  init: internalInitSource,
  intl: internalIntlSource,
  rejections: internalRejectionsSource,
  process: `var PROCESS_METHODS = ${JSON.stringify(PROCESS_METHODS)};\n${internalProcessSource}`,
  timers: internalTimersSource,
  trace: internalTraceSource,
  url: internalUrlSource,
}

/** Core modules that exist in Node.js but not here, with the message that says why. */
export const REFUSED_MODULES: Readonly<Record<string, SandboxMessageKey>> = {
  http: 'moduleNoNetwork',
  https: 'moduleNoNetwork',
  http2: 'moduleNoNetwork',
  net: 'moduleNoNetwork',
  tls: 'moduleNoNetwork',
  dgram: 'moduleNoNetwork',
  dns: 'moduleNoNetwork',
  'dns/promises': 'moduleNoNetwork',
  child_process: 'moduleNoProcesses',
  cluster: 'moduleNoProcesses',
  worker_threads: 'moduleNoProcesses',
  inspector: 'moduleNoProcesses',
  'inspector/promises': 'moduleNoProcesses',
  vm: 'moduleNoProcesses',
  v8: 'moduleNoProcesses',
  wasi: 'moduleNoProcesses',
  repl: 'moduleNoProcesses',
  async_hooks: 'moduleUnavailable',
  console: 'moduleUnavailable',
  constants: 'moduleUnavailable',
  diagnostics_channel: 'moduleUnavailable',
  domain: 'moduleUnavailable',
  punycode: 'moduleUnavailable',
  querystring: 'moduleUnavailable',
  readline: 'moduleUnavailable',
  'readline/promises': 'moduleUnavailable',
  stream: 'moduleUnavailable',
  'stream/promises': 'moduleUnavailable',
  'stream/web': 'moduleUnavailable',
  string_decoder: 'moduleUnavailable',
  sys: 'moduleUnavailable',
  trace_events: 'moduleUnavailable',
  tty: 'moduleUnavailable',
  'util/types': 'moduleUnavailable',
  zlib: 'moduleUnavailable',
}

/** What `require('module').builtinModules` lists. */
const BUILTIN_MODULE_NAMES: readonly string[] = [...Object.keys(PROVIDED), 'module', ...Object.keys(REFUSED_MODULES)].sort()

export const CORE_MODULES: Readonly<Record<string, string>> = {
  ...PROVIDED,
  module: `var BUILTIN_MODULES = ${JSON.stringify(BUILTIN_MODULE_NAMES)};\n${nodeModuleSource}`,
}
