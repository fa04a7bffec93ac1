/**
 * Guest code, the prelude's globals: the SDK bridge `__lambdaPlayground.awsCall` (answered by the
 * host in virtual time), the browser and network APIs that must not exist here (each throws an
 * error naming what is missing), the globals compiled on first use (console, process, Date,
 * performance, timers, Buffer, TextEncoder, crypto, ...) and `Error.captureStackTrace`, which
 * libraries call.
 *
 * Uses: G, cfg, hidden, lazyGlobal, timers, requireCore, loadInternal, ErrorCtor, PROCESS_METHODS, asyncCall, asyncArrow. Defines: awsCalls,
 * aws, processEnv, newTraceHeader.
 */
export const guestGlobals = String.raw`
var awsCalls = new Map();
internals.awsCalls = awsCalls;
var awsModule = null;
function aws() { return awsModule || (awsModule = loadInternal('aws')); }
// asyncCall, asyncArrow and caught are what guestRewrite.ts puts into users' async functions and catch clauses.
defineProperty(G, '__lambdaPlayground', {
  value: Object.freeze({
    awsCall: function awsCall(service, operation, input) { return aws().call(service, operation, input); },
    asyncCall: asyncCall,
    asyncArrow: asyncArrow,
    caught: function caught(error) { loadInternal('caught')(error); },
  }),
  writable: false,
  enumerable: false,
  configurable: false,
});

function refusal(template, name) { return template.split('%s').join(name); }
var NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'];
NETWORK.forEach(function (name) {
  var blocked = function () { throw new ErrorCtor(refusal(cfg.messages.noNetwork, name)); };
  defineProperty(blocked, 'name', { value: name });
  hidden(G, name, blocked);
});
var BROWSER = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location', 'caches'];
BROWSER.forEach(function (name) {
  defineProperty(G, name, {
    configurable: true,
    enumerable: false,
    get: function () { throw new ReferenceError(refusal(cfg.messages.noBrowser, name)); },
    set: function (value) { hidden(G, name, value); },
  });
});

['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask'].forEach(function (name) {
  lazyGlobal(name, function () { return timers()[name]; });
});
lazyGlobal('console', function () { return loadInternal('console'); });
// process: its data now, its methods compiled on first use (module scope reads process.env most).
// _X_AMZN_TRACE_ID: the runtime sets it for each request (absent before the first); the internal
// module trace keeps it in process.env once process exists.
var processEnv = null;
var traceRequested = false;
function newTraceHeader() {
  traceRequested = true;
  if (processEnv !== null) loadInternal('trace').next(processEnv);
}
lazyGlobal('process', function () {
  var env = {};
  Object.keys(cfg.env).forEach(function (name) { env[name] = cfg.env[name]; });
  if (traceRequested) loadInternal('trace').define(env);
  processEnv = env;
  var processObject = {
    env: env, version: 'v' + cfg.nodeVersion, versions: { node: cfg.nodeVersion }, release: { name: 'node' },
    platform: 'linux', arch: cfg.arch, pid: 8, ppid: 1, title: 'node', argv: ['/var/lang/bin/node', '/var/runtime/index.mjs'],
    argv0: 'node', execArgv: [], execPath: '/var/lang/bin/node', exitCode: undefined, config: {}, features: {},
  };
  PROCESS_METHODS.forEach(function (name) {
    defineProperty(processObject, name, {
      configurable: true,
      enumerable: true,
      get: function () { loadInternal('process')(processObject); return processObject[name]; },
      set: function (value) { defineProperty(processObject, name, { value: value, writable: true, configurable: true, enumerable: true }); },
    });
  });
  return processObject;
});
lazyGlobal('Date', function () { return loadInternal('date').Date; });
lazyGlobal('performance', function () { return loadInternal('date').performance; });
lazyGlobal('Buffer', function () { return requireCore('buffer').Buffer; });
lazyGlobal('TextEncoder', function () { return requireCore('buffer').TextEncoder; });
lazyGlobal('TextDecoder', function () { return requireCore('buffer').TextDecoder; });
lazyGlobal('atob', function () { return requireCore('buffer').atob; });
lazyGlobal('btoa', function () { return requireCore('buffer').btoa; });
lazyGlobal('crypto', function () { return requireCore('crypto').webcrypto; });
lazyGlobal('structuredClone', function () { return requireCore('util').structuredClone; });
// Internal modules behind globals: [global, module, export (none: the module itself)].
[['Intl', 'intl'], ['URL', 'url', 'URL'], ['URLSearchParams', 'url', 'URLSearchParams']].forEach(function (entry) {
  lazyGlobal(entry[0], function () { var loaded = loadInternal(entry[1]); return entry[2] === undefined ? loaded : loaded[entry[2]]; });
});
// Node.js formats with ICU (en-US on Lambda); QuickJS's own method ignores locales and options.
hidden(Number.prototype, 'toLocaleString', function toLocaleString(locales, options) {
  return new (loadInternal('intl').NumberFormat)(locales, options).format(this);
});
hidden(G, 'global', G);

hidden(ErrorCtor, 'captureStackTrace', function captureStackTrace(target) {
  var stack = new ErrorCtor().stack;
  hidden(target, 'stack', typeof stack === 'string' ? stack.split('\n').slice(1).join('\n') : stack);
});
hidden(ErrorCtor, 'stackTraceLimit', 10);
`
