/**
 * Guest code (JavaScript run inside QuickJS), part 1 of the prelude: the environment's
 * configuration, the virtual clock, the queue of requests to the host, the seeded random
 * generator and the loader of the prelude's lazily compiled parts. The prelude's parts share one
 * function scope (see prelude.ts); each names what it defines at its top. Everything not needed by
 * every environment lives in an internal module compiled on first use (QuickJS compiles about
 * 8 MB/s, and the prelude is compiled once per environment). Written without template literals so
 * it can live in a raw string.
 *
 * Defines: G, cfg, clock, fatal, request, emitLog, takeRequests, hidden, lazyGlobal, nextRandom,
 * jsonStringify, jsonParse, promiseThen, reflectApply, ErrorCtor, RealDate, internals, errors,
 * timers, uncaught, unhandledRejection.
 */
export const guestCore = String.raw`
var G = globalThis;
var defineProperty = Object.defineProperty;
var jsonStringify = JSON.stringify;
var jsonParse = JSON.parse;
var promiseThen = Promise.prototype.then;
var reflectApply = Reflect.apply;
var ErrorCtor = Error;
var RealDate = Date;
var cfg = jsonParse(configJson);
var clock = cfg.createdAtMs;
var fatal = '';
var requests = [];
var logCount = 0;
var internals = { cfg: cfg, RealDate: RealDate };

function request(entry) { requests[requests.length] = entry; }

function emitLog(level, message) {
  logCount++;
  if (logCount <= cfg.maxLogLines) request(['l', level, message]);
}

function takeRequests() {
  if (logCount > cfg.maxLogLines) {
    request(['l', 3, (logCount - cfg.maxLogLines) + ' more log lines were dropped: Lambda Playground keeps ' + cfg.maxLogLines + ' per run of code']);
  }
  logCount = 0;
  if (requests.length === 0) return '';
  var text = jsonStringify(requests);
  requests = [];
  return text;
}

function hidden(target, name, value) {
  defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
}

function lazyGlobal(name, load) {
  defineProperty(G, name, {
    configurable: true,
    enumerable: false,
    get: function () { var value = load(); hidden(G, name, value); return value; },
    set: function (value) { hidden(G, name, value); },
  });
}

// sfc32, seeded from the environment's identity: Math.random and crypto replay exactly.
var r0 = cfg.seed[0] | 0, r1 = cfg.seed[1] | 0, r2 = cfg.seed[2] | 0, r3 = cfg.seed[3] | 0;
function nextRandom() {
  var t = (((r0 + r1) | 0) + r3) | 0;
  r3 = (r3 + 1) | 0;
  r0 = r1 ^ (r1 >>> 9);
  r1 = (r2 + (r2 << 3)) | 0;
  r2 = (r2 << 21) | (r2 >>> 11);
  r2 = (r2 + t) | 0;
  return (t >>> 0) / 4294967296;
}
for (var warm = 0; warm < 12; warm++) nextRandom();
hidden(Math, 'random', function random() { return nextRandom(); });

var errorsModule = null;
var timersModule = null;
function errors() { return errorsModule || (errorsModule = loadInternal('errors')); }
function timers() { return timersModule || (timersModule = loadInternal('timers')); }

// An exception nothing caught ends the runtime, as Node.js and Lambda's runtime do: an Uncaught
// Exception log line, the error reported for the current invocation, exit status 129. An unhandled
// rejection does the same with Runtime.UnhandledPromiseRejection and status 128. Running out of
// memory ends it too.
// The internal module errors logs the line and words the end (fatal's text).
function uncaught(error) { if (fatal === '') fatal = errors().uncaught(error); }
function unhandledRejection(reason) { if (fatal === '') fatal = errors().unhandledRejection(reason); }

internals.clock = function () { return clock; };
internals.request = request;
internals.emitLog = emitLog;
internals.jsonStringify = jsonStringify;
internals.nextRandom = nextRandom;
internals.uncaught = uncaught;
internals.readTaskFile = hostReadFile;
internals.memoryBytes = hostMemoryBytes;
internals.codeLine = hostCodeLine;
internals.traceHeader = hostTraceHeader;
internals.endRuntime = function (status) { if (fatal === '') fatal = 'X' + status; };
internals.errorStack = function (error) { return errors().report(error).trace.join('\n'); };
`
