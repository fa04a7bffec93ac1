/**
 * The methods of `process`: the prelude builds `process` with its data (env, version, platform,
 * ...), which module scope reads most, and stands these in as getters that compile the internal
 * module below on first use.
 */
export const PROCESS_METHODS = [
  'cwd', 'umask', 'exit', 'abort', 'memoryUsage', 'hrtime', 'uptime', 'cpuUsage', 'nextTick', 'emitWarning', 'on', 'addListener',
  'once', 'prependListener', 'off', 'removeListener', 'removeAllListeners', 'listeners', 'listenerCount', 'emit', 'stdout', 'stderr',
] as const

/**
 * Guest source of the internal module that installs `process`'s methods: `process.exit` (which
 * ends the runtime: Lambda's Runtime.ExitError), memory figures from the host, virtual-time
 * `hrtime` and `uptime`, nextTick, listeners and stdout/stderr as log lines. It exports
 * `install(process)`; the host puts PROCESS_METHODS in front of this source.
 */
export const internalProcessSource = String.raw`
var cfg = internals.cfg;
var emitLog = internals.emitLog;
var processObject;
function hidden(target, name, value) {
  Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
}

var processListeners = new Map();
function onProcess(name, listener) {
  var list = processListeners.get(name) || [];
  list[list.length] = listener;
  processListeners.set(name, list);
  return processObject;
}
function offProcess(name, listener) {
  var list = processListeners.get(name) || [];
  processListeners.set(name, list.filter(function (l) { return l !== listener; }));
  return processObject;
}
function memoryUsage() {
  var used = internals.memoryBytes();
  return { rss: cfg.baselineBytes + used, heapTotal: used, heapUsed: used, external: 0, arrayBuffers: 0 };
}
hidden(memoryUsage, 'rss', function rss() { return cfg.baselineBytes + internals.memoryBytes(); });
function elapsedMs() { return internals.clock() - cfg.createdAtMs; }
function hrtime(previous) {
  var ns = Math.round(elapsedMs() * 1e6);
  var seconds = Math.floor(ns / 1e9);
  var nanos = ns - seconds * 1e9;
  if (Array.isArray(previous)) {
    seconds -= previous[0];
    nanos -= previous[1];
    if (nanos < 0) { seconds -= 1; nanos += 1e9; }
  }
  return [seconds, nanos];
}
hidden(hrtime, 'bigint', function bigint() { return BigInt(Math.round(elapsedMs() * 1e6)); });
function stream(level, fd) {
  return {
    fd: fd,
    isTTY: false,
    write: function write(chunk) {
      var text = String(chunk);
      emitLog(level, text.charAt(text.length - 1) === '\n' ? text.slice(0, -1) : text);
      return true;
    },
  };
}

var methods = {
  stdout: stream(2, 1),
  stderr: stream(4, 2),
  cwd: function cwd() { return cfg.taskRoot; },
  umask: function umask() { return 18; },
  exit: function exit(code) {
    var status = code === undefined ? processObject.exitCode : code;
    internals.endRuntime((status | 0) & 255);
    throw new Error('process.exit(' + (status | 0) + ') ended the runtime');
  },
  abort: function abort() {
    internals.endRuntime(134);
    throw new Error('process.abort() ended the runtime');
  },
  memoryUsage: memoryUsage,
  hrtime: hrtime,
  uptime: function uptime() { return elapsedMs() / 1000; },
  cpuUsage: function cpuUsage() { return { user: 0, system: 0 }; },
  nextTick: function nextTick(fn) { internals.queueJob(fn, Array.prototype.slice.call(arguments, 1)); },
  emitWarning: function emitWarning(warning) {
    var name = warning && warning.name ? warning.name : 'Warning';
    var message = warning && warning.message !== undefined ? warning.message : String(warning);
    emitLog(3, '(node:8) ' + name + ': ' + message);
  },
  on: onProcess,
  addListener: onProcess,
  once: onProcess,
  prependListener: onProcess,
  off: offProcess,
  removeListener: offProcess,
  removeAllListeners: function removeAllListeners(name) {
    if (name === undefined) processListeners.clear(); else processListeners.delete(name);
    return processObject;
  },
  listeners: function listeners(name) { return (processListeners.get(name) || []).slice(); },
  listenerCount: function listenerCount(name) { return (processListeners.get(name) || []).length; },
  emit: function emit(name) {
    var list = processListeners.get(name) || [];
    var args = Array.prototype.slice.call(arguments, 1);
    for (var i = 0; i < list.length; i++) Reflect.apply(list[i], processObject, args);
    return list.length > 0;
  },
};
module.exports = function install(target) {
  processObject = target;
  PROCESS_METHODS.forEach(function (name) {
    Object.defineProperty(target, name, { value: methods[name], writable: true, configurable: true, enumerable: true });
  });
};
`
