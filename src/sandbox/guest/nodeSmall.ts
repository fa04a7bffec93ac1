/**
 * Guest sources of the small core modules: path (POSIX), events (EventEmitter), os, timers,
 * timers/promises, process, module (createRequire), assert and fs/promises.
 */
export const nodePathSource = String.raw`
function normalizeParts(path, absolute) {
  var out = [];
  var parts = path.split('/');
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i];
    if (part === '' || part === '.') continue;
    if (part === '..') { if (out.length > 0 && out[out.length - 1] !== '..') out.pop(); else if (!absolute) out[out.length] = '..'; }
    else out[out.length] = part;
  }
  return out;
}
function normalize(path) {
  if (path === '') return '.';
  var absolute = path.charAt(0) === '/';
  var trailing = path.charAt(path.length - 1) === '/';
  var text = normalizeParts(path, absolute).join('/');
  if (text === '' && !absolute) text = '.';
  if (text !== '' && trailing) text += '/';
  return (absolute ? '/' : '') + text;
}
function join() {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) if (arguments[i] !== '') parts[parts.length] = String(arguments[i]);
  return parts.length === 0 ? '.' : normalize(parts.join('/'));
}
function resolve() {
  var path = '';
  for (var i = arguments.length - 1; i >= 0 && path.charAt(0) !== '/'; i--) {
    var part = String(arguments[i]);
    if (part !== '') path = part + (path === '' ? '' : '/' + path);
  }
  if (path.charAt(0) !== '/') path = internals.cfg.taskRoot + (path === '' ? '' : '/' + path);
  return '/' + normalizeParts(path, true).join('/');
}
function dirname(path) {
  var text = String(path);
  if (text === '') return '.';
  var end = text.length;
  while (end > 1 && text.charAt(end - 1) === '/') end--;
  var slash = text.lastIndexOf('/', end - 1);
  if (slash < 0) return '.';
  return slash === 0 ? '/' : text.slice(0, slash);
}
function basename(path, ext) {
  var text = String(path);
  while (text.length > 1 && text.charAt(text.length - 1) === '/') text = text.slice(0, -1);
  var base = text.slice(text.lastIndexOf('/') + 1);
  if (ext !== undefined && base !== ext && base.slice(-ext.length) === ext) base = base.slice(0, -ext.length);
  return base;
}
function extname(path) {
  var base = basename(path);
  var dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}
function relative(from, to) {
  var a = resolve(from).split('/').filter(Boolean);
  var b = resolve(to).split('/').filter(Boolean);
  var i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  var up = [];
  for (var j = i; j < a.length; j++) up[up.length] = '..';
  return up.concat(b.slice(i)).join('/');
}
function parse(path) {
  var text = String(path);
  var base = basename(text);
  var ext = extname(text);
  var dir = dirname(text);
  return { root: text.charAt(0) === '/' ? '/' : '', dir: dir === '.' && text.indexOf('/') < 0 ? '' : dir, base: base, ext: ext, name: ext ? base.slice(0, -ext.length) : base };
}
function format(object) {
  var dir = object.dir || object.root || '';
  var base = object.base || (object.name || '') + (object.ext || '');
  return dir === '' ? base : dir === object.root ? dir + base : dir + '/' + base;
}
exports.sep = '/';
exports.delimiter = ':';
exports.normalize = normalize;
exports.join = join;
exports.resolve = resolve;
exports.dirname = dirname;
exports.basename = basename;
exports.extname = extname;
exports.relative = relative;
exports.parse = parse;
exports.format = format;
exports.isAbsolute = function isAbsolute(path) { return String(path).charAt(0) === '/'; };
exports.toNamespacedPath = function toNamespacedPath(path) { return path; };
exports.posix = exports;
`

export const nodeEventsSource = String.raw`
function EventEmitter() { EventEmitter.init.call(this); }
EventEmitter.init = function () {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    Object.defineProperty(this, '_events', { value: new Map(), writable: true, configurable: true });
  }
  if (this._maxListeners === undefined) Object.defineProperty(this, '_maxListeners', { value: undefined, writable: true, configurable: true });
};
EventEmitter.defaultMaxListeners = 10;
function listenersOf(emitter, name) {
  if (emitter._events === undefined) EventEmitter.init.call(emitter);
  var list = emitter._events.get(name);
  if (list === undefined) { list = []; emitter._events.set(name, list); }
  return list;
}
function add(emitter, name, listener, prepend, once) {
  if (typeof listener !== 'function') throw new TypeError('The "listener" argument must be of type function. Received ' + typeof listener);
  if (emitter._events !== undefined && emitter._events.has('newListener')) emitter.emit('newListener', name, listener);
  var list = listenersOf(emitter, name);
  var entry = { listener: listener, once: once };
  if (prepend) list.unshift(entry); else list[list.length] = entry;
  return emitter;
}
var proto = EventEmitter.prototype;
proto.on = proto.addListener = function on(name, listener) { return add(this, name, listener, false, false); };
proto.prependListener = function prependListener(name, listener) { return add(this, name, listener, true, false); };
proto.once = function once(name, listener) { return add(this, name, listener, false, true); };
proto.prependOnceListener = function prependOnceListener(name, listener) { return add(this, name, listener, true, true); };
proto.off = proto.removeListener = function removeListener(name, listener) {
  var list = listenersOf(this, name);
  for (var i = list.length - 1; i >= 0; i--) {
    if (list[i].listener === listener) { list.splice(i, 1); if (this._events.has('removeListener')) this.emit('removeListener', name, listener); break; }
  }
  return this;
};
proto.removeAllListeners = function removeAllListeners(name) {
  if (this._events === undefined) return this;
  if (name === undefined) this._events.clear(); else this._events.delete(name);
  return this;
};
proto.emit = function emit(name) {
  var list = listenersOf(this, name).slice();
  var args = Array.prototype.slice.call(arguments, 1);
  if (list.length === 0) {
    if (name === 'error') {
      var error = args[0] instanceof Error ? args[0] : new Error('Unhandled error. (' + String(args[0]) + ')');
      throw error;
    }
    return false;
  }
  for (var i = 0; i < list.length; i++) {
    if (list[i].once) this.removeListener(name, list[i].listener);
    // An async listener's promise is dropped, as Node.js drops it: its rejection is unhandled.
    internals.trackDropped(Reflect.apply(list[i].listener, this, args));
  }
  return true;
};
proto.listeners = function listeners(name) { return listenersOf(this, name).map(function (entry) { return entry.listener; }); };
proto.rawListeners = proto.listeners;
proto.listenerCount = function listenerCount(name) { return listenersOf(this, name).length; };
proto.eventNames = function eventNames() {
  var names = [];
  if (this._events !== undefined) this._events.forEach(function (list, name) { if (list.length > 0) names[names.length] = name; });
  return names;
};
proto.setMaxListeners = function setMaxListeners(n) { this._maxListeners = n; return this; };
proto.getMaxListeners = function getMaxListeners() { return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners; };
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.once = function once(emitter, name) {
  return new Promise(function (resolve, reject) {
    function onError(error) { emitter.removeListener(name, onEvent); reject(error); }
    function onEvent() { if (name !== 'error') emitter.removeListener('error', onError); resolve(Array.prototype.slice.call(arguments)); }
    emitter.once(name, onEvent);
    if (name !== 'error') emitter.once('error', onError);
  });
};
module.exports = EventEmitter;
`

export const nodeOsSource = String.raw`
var cfg = internals.cfg;
var cpuCount = Math.max(2, Math.min(6, Math.ceil(cfg.memoryMb / 1769)));
exports.EOL = '\n';
exports.tmpdir = function tmpdir() { return '/tmp'; };
exports.homedir = function homedir() { return '/home/sbx_user1051'; };
exports.hostname = function hostname() { return '169.254.100.1'; };
exports.platform = function platform() { return 'linux'; };
exports.type = function type() { return 'Linux'; };
exports.arch = function arch() { return cfg.arch; };
exports.release = function release() { return '5.10.240-258.930.amzn2.x86_64'; };
exports.endianness = function endianness() { return 'LE'; };
exports.uptime = function uptime() { return (internals.clock() - cfg.createdAtMs) / 1000; };
exports.loadavg = function loadavg() { return [0, 0, 0]; };
exports.totalmem = function totalmem() { return cfg.memoryMb * 1048576; };
exports.freemem = function freemem() { return Math.max(0, cfg.memoryMb * 1048576 - cfg.baselineBytes); };
exports.availableParallelism = function availableParallelism() { return cpuCount; };
exports.cpus = function cpus() {
  var list = [];
  for (var i = 0; i < cpuCount; i++) list[i] = { model: 'Lambda Playground vCPU', speed: 2500, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } };
  return list;
};
exports.networkInterfaces = function networkInterfaces() { return {}; };
exports.userInfo = function userInfo() { return { uid: 993, gid: 990, username: 'sbx_user1051', homedir: '/home/sbx_user1051', shell: null }; };
exports.constants = { signals: {}, errno: {} };
`

export const nodeTimersSource = String.raw`
exports.setTimeout = setTimeout;
exports.clearTimeout = clearTimeout;
exports.setInterval = setInterval;
exports.clearInterval = clearInterval;
exports.setImmediate = setImmediate;
exports.clearImmediate = clearImmediate;
exports.promises = require('timers/promises');
`

export const nodeTimersPromisesSource = String.raw`
exports.setTimeout = function (delay, value) { return new Promise(function (resolve) { setTimeout(resolve, delay, value); }); };
exports.setImmediate = function (value) { return new Promise(function (resolve) { setImmediate(resolve, value); }); };
exports.scheduler = {
  wait: function wait(delay) { return exports.setTimeout(delay); },
  yield: function yield_() { return exports.setImmediate(); },
};
`

export const nodeProcessSource = String.raw`
module.exports = process;
`

export const nodeModuleSource = String.raw`
exports.createRequire = internals.createRequire;
exports.builtinModules = BUILTIN_MODULES;
exports.isBuiltin = function isBuiltin(name) { return BUILTIN_MODULES.indexOf(String(name).replace(/^node:/, '')) >= 0; };
`

export const nodeFsPromisesSource = String.raw`
module.exports = require('fs').promises;
`

export const nodeAssertSource = String.raw`
var util = require('util');
class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = options.generated;
  }
}
function fail(actual, expected, message, operator, defaultMessage) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message === undefined ? defaultMessage : message, actual: actual, expected: expected, operator: operator, generated: message === undefined });
}
function ok(value, message) {
  if (!value) fail(value, true, message, '==', arguments.length === 0 ? 'No value argument passed to ' + "'assert.ok()'" : 'The expression evaluated to a falsy value:\n\n  assert.ok(' + util.inspect(value) + ')\n');
}
var assert = function assert(value, message) { if (!value) fail(value, true, message, '==', 'The expression evaluated to a falsy value:\n\n  assert(' + util.inspect(value) + ')\n'); };
assert.ok = ok;
assert.AssertionError = AssertionError;
assert.fail = function (message) { fail(undefined, undefined, message === undefined ? 'Failed' : message, 'fail', 'Failed'); };
assert.equal = function equal(a, b, message) { if (!(a == b)) fail(a, b, message, '==', util.inspect(a) + ' == ' + util.inspect(b)); };
assert.notEqual = function notEqual(a, b, message) { if (a == b) fail(a, b, message, '!=', util.inspect(a) + ' != ' + util.inspect(b)); };
assert.strictEqual = function strictEqual(a, b, message) { if (!Object.is(a, b)) fail(a, b, message, 'strictEqual', 'Expected values to be strictly equal:\n\n' + util.inspect(a) + ' !== ' + util.inspect(b) + '\n'); };
assert.notStrictEqual = function notStrictEqual(a, b, message) { if (Object.is(a, b)) fail(a, b, message, 'notStrictEqual', 'Expected "actual" to be strictly unequal to: ' + util.inspect(b)); };
assert.deepStrictEqual = function deepStrictEqual(a, b, message) { if (!util.isDeepStrictEqual(a, b)) fail(a, b, message, 'deepStrictEqual', 'Expected values to be strictly deep-equal:\n' + util.inspect(a) + '\n\nshould equal\n\n' + util.inspect(b)); };
assert.deepEqual = assert.deepStrictEqual;
assert.notDeepStrictEqual = function notDeepStrictEqual(a, b, message) { if (util.isDeepStrictEqual(a, b)) fail(a, b, message, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + util.inspect(b)); };
assert.notDeepEqual = assert.notDeepStrictEqual;
assert.throws = function throws(fn, expected, message) {
  try { fn(); } catch (error) {
    if (typeof expected === 'function' && expected.prototype !== undefined && !(error instanceof expected)) throw error;
    if (expected instanceof RegExp && !expected.test(String(error && error.message !== undefined ? error.message : error))) fail(error, expected, message, 'throws', 'The input did not match the regular expression ' + String(expected));
    return;
  }
  fail(undefined, expected, typeof expected === 'string' ? expected : message, 'throws', 'Missing expected exception.');
};
assert.rejects = function rejects(promiseOrFn, expected, message) {
  var promise = typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn;
  return Promise.resolve(promise).then(function () { fail(undefined, expected, message, 'rejects', 'Missing expected rejection.'); }, function () {});
};
assert.strict = assert;
module.exports = assert;
`
