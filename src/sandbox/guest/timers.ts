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

function callUser(fn, self, args) {
  try { Reflect.apply(fn, self, args); } catch (error) { internals.uncaught(error); }
}

function restArgs(args, from) { return Array.prototype.slice.call(args, from); }

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

function Timeout(id, delay, repeat) {
  hidden(this, '_id', id);
  this._idleTimeout = delay;
  this._repeat = repeat ? delay : null;
  this._destroyed = false;
}
hidden(Timeout.prototype, 'ref', function ref() { var t = timers.get(this._id); if (t) t.ref = true; return this; });
hidden(Timeout.prototype, 'unref', function unref() { var t = timers.get(this._id); if (t) t.ref = false; return this; });
hidden(Timeout.prototype, 'hasRef', function hasRef() { var t = timers.get(this._id); return t ? t.ref : false; });
hidden(Timeout.prototype, 'refresh', function refresh() {
  var t = timers.get(this._id);
  if (t) { internals.request(['c', this._id]); internals.request(['t', this._id, t.delay]); }
  return this;
});
hidden(Timeout.prototype, 'close', function close() { clearTimer(this); return this; });
hidden(Timeout.prototype, Symbol.toPrimitive, function () { return this._id; });

function addTimer(fn, delay, args, repeat) {
  checkCallback(fn);
  var ms = normalDelay(delay);
  var id = nextTimerId++;
  var handle = new Timeout(id, ms, repeat);
  timers.set(id, { fn: fn, args: args, delay: ms, repeat: repeat, ref: true, handle: handle });
  internals.request(['t', id, ms]);
  return handle;
}

function clearTimer(handle) {
  if (handle === undefined || handle === null) return;
  var id = handle instanceof Timeout ? handle._id : +handle;
  var timer = timers.get(id);
  if (timer === undefined) return;
  timer.handle._destroyed = true;
  timers.delete(id);
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
  var timer = timers.get(id);
  if (timer === undefined) return;
  if (timer.repeat) internals.request(['t', id, timer.delay]);
  else { timers.delete(id); timer.handle._destroyed = true; }
  callUser(timer.fn, timer.handle, timer.args);
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
  var idle = true;
  timers.forEach(function (timer) { if (timer.ref) idle = false; });
  return idle;
};
`
