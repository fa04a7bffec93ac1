/**
 * Guest source of the internal module `timers`, compiled the first time code touches a timer
 * global: timers go to the host as requests (the engine fires them in virtual time); immediates
 * and microtasks run inside the current run of code; an exception in a callback is uncaught.
 * The prelude asks it whether the event loop is idle and hands it the timers that fire.
 */
export const internalTimersSource = String.raw`
var timers = new Map();
var nextTimerId = 1;
var immediates = [];
var resolvedPromise = Promise.resolve();
var promiseThen = Promise.prototype.then;

function hidden(target, name, value) {
  Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
}

// What an async callback returns is dropped, as Node.js drops it: its rejection is unhandled.
function callUser(fn, self, args) {
  try { internals.trackDropped(Reflect.apply(fn, self, args)); } catch (error) { internals.uncaught(error); }
}

var NO_ARGS = [];
function restArgs(args, from) { return args.length > from ? Array.prototype.slice.call(args, from) : NO_ARGS; }

function checkCallback(fn) {
  if (typeof fn !== 'function') {
    var error = new TypeError('The "callback" argument must be of type function. Received ' + (fn === null ? 'null' : typeof fn));
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
}

// Node.js: a delay outside 1..2^31-1 ms becomes 1 ms; fractions are truncated.
function normalDelay(delay) {
  var ms = Math.trunc(+delay);
  return ms >= 1 && ms <= 2147483647 ? ms : 1;
}

// A timer is its Timeout object, with Node.js's own fields (and its symbols for the id and ref).
var kAsyncId = Symbol('asyncId');
var kRefed = Symbol('refed');
function Timeout(id, fn, delay, args, repeat) {
  this._idleTimeout = delay;
  this._onTimeout = fn;
  this._timerArgs = args.length === 0 ? undefined : args;
  this._repeat = repeat ? delay : null;
  this._destroyed = false;
  this[kRefed] = true;
  this[kAsyncId] = id;
}
// How many live timers keep the event loop busy (a count: the prelude asks after every run of code).
var refedTimers = 0;
function live(timeout) { return timers.get(timeout[kAsyncId]) === timeout; }
function setRefed(timeout, refed) {
  if (timeout[kRefed] === refed) return;
  timeout[kRefed] = refed;
  refedTimers += refed ? 1 : -1;
}
hidden(Timeout.prototype, 'ref', function ref() { if (live(this)) setRefed(this, true); return this; });
hidden(Timeout.prototype, 'unref', function unref() { if (live(this)) setRefed(this, false); return this; });
hidden(Timeout.prototype, 'hasRef', function hasRef() { return live(this) && this[kRefed]; });
hidden(Timeout.prototype, 'refresh', function refresh() {
  if (live(this)) { internals.request(['c', this[kAsyncId]]); internals.request(['t', this[kAsyncId], this._idleTimeout]); }
  return this;
});
hidden(Timeout.prototype, 'close', function close() { clearTimer(this); return this; });
hidden(Timeout.prototype, Symbol.toPrimitive, function () { return this[kAsyncId]; });

function addTimer(fn, delay, args, repeat) {
  checkCallback(fn);
  var ms = normalDelay(delay);
  var id = nextTimerId++;
  var timeout = new Timeout(id, fn, ms, args, repeat);
  timers.set(id, timeout);
  refedTimers++;
  internals.request(['t', id, ms]);
  return timeout;
}

function clearTimer(handle) {
  if (handle === undefined || handle === null) return;
  var id = handle instanceof Timeout ? handle[kAsyncId] : +handle;
  var timeout = timers.get(id);
  if (timeout === undefined) return;
  timeout._destroyed = true;
  timers.delete(id);
  setRefed(timeout, false);
  internals.request(['c', id]);
}

function Immediate(fn, args) { this._onImmediate = fn; hidden(this, '_args', args); this._cleared = false; this._ref = true; }
hidden(Immediate.prototype, 'ref', function ref() { this._ref = true; return this; });
hidden(Immediate.prototype, 'unref', function unref() { this._ref = false; return this; });
hidden(Immediate.prototype, 'hasRef', function hasRef() { return this._ref; });

function queueJob(fn, args) {
  checkCallback(fn);
  promiseThen.call(resolvedPromise, function () { callUser(fn, undefined, args); });
}

exports.setTimeout = function setTimeout(fn, delay) { return addTimer(fn, delay, restArgs(arguments, 2), false); };
exports.setInterval = function setInterval(fn, delay) { return addTimer(fn, delay, restArgs(arguments, 2), true); };
exports.clearTimeout = function clearTimeout(handle) { clearTimer(handle); };
exports.clearInterval = function clearInterval(handle) { clearTimer(handle); };
exports.setImmediate = function setImmediate(fn) {
  checkCallback(fn);
  var immediate = new Immediate(fn, restArgs(arguments, 1));
  immediates[immediates.length] = immediate;
  return immediate;
};
exports.clearImmediate = function clearImmediate(immediate) { if (immediate instanceof Immediate) immediate._cleared = true; };
exports.queueMicrotask = function queueMicrotask(fn) { queueJob(fn, []); };
exports.queueJob = queueJob;

exports.fire = function (id) {
  var timeout = timers.get(id);
  if (timeout === undefined) return;
  if (timeout._repeat !== null) internals.request(['t', id, timeout._repeat]);
  else { timers.delete(id); timeout._destroyed = true; setRefed(timeout, false); }
  callUser(timeout._onTimeout, timeout, timeout._timerArgs || NO_ARGS);
};
exports.hasImmediates = function () { return immediates.length > 0; };
exports.runImmediates = function () {
  var batch = immediates;
  immediates = [];
  for (var i = 0; i < batch.length; i++) {
    if (!batch[i]._cleared) callUser(batch[i]._onImmediate, batch[i], batch[i]._args);
  }
};
// Lambda's "empty event loop", as far as timers go: no referenced timer, no immediate.
exports.idle = function () {
  if (immediates.length > 0) return false;
  return refedTimers === 0;
};
`
