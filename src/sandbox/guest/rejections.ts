/**
 * Guest code, the prelude's unhandled-rejection tracker. Node.js reports a promise that was
 * rejected and still has no handler once the microtask queue drains, and Lambda's runtime then
 * fails the invocation with Runtime.UnhandledPromiseRejection and exits (status 128).
 *
 * QuickJS reports rejections to a host tracker, but quickjs-emscripten 0.32 does not expose it, so
 * the tracker lives here. It sees the rejections of promises made with `new Promise` whose executor
 * takes a reject parameter (so also the results of Promise.all/any/race/allSettled, the simulated
 * SDK's calls and the built-in async APIs), of `Promise.reject`, of async callbacks the runtime
 * itself calls and drops (timers, immediates, microtasks, nextTick, event listeners), and of the
 * user's async functions: guestRewrite.ts makes each return its promise through the runtime, which
 * keeps it as pending until something attaches a handler; at the end of a run of code, the pending
 * ones are watched like the others. A handler counts as attached when `await` or `then` reads the
 * promise's `constructor`, which both do in QuickJS. Not seen: the promises `then` derives.
 *
 * The global `Promise` becomes a wrapper of the native constructor with the same prototype (so
 * `instanceof Promise` holds for every promise); `Promise.prototype.constructor` still answers the
 * native one, which keeps `await` on QuickJS's fast path. The prelude holds only the wrapper; the
 * bookkeeping is the internal module `rejections`, compiled the first time a promise needs it
 * (the sleep idiom, `new Promise((resolve) => setTimeout(resolve, ms))`, never does).
 *
 * Uses: G, defineProperty, hidden, internals, loadInternal, reflectApply. Defines: NativePromise, rejectionsModule
 * (null until a promise needed it), asyncCall, asyncArrow, asyncArrowOf, pendingCount, forgetPending.
 */
export const guestRejections = String.raw`
var NativePromise = Promise;
var rejectionsModule = null;
// Taken now, for the module compiled later: user code may have replaced the originals by then.
var trackedPromises = new WeakMap();
internals.trackedGet = WeakMap.prototype.get.bind(trackedPromises);
internals.trackedSet = WeakMap.prototype.set.bind(trackedPromises);
var reflectConstruct = Reflect.construct;
internals.reflectConstruct = reflectConstruct;
function rejections() { return rejectionsModule || (rejectionsModule = loadInternal('rejections')); }

// The promises async functions returned that nothing has handled yet in this run of code. The
// count may run ahead of the set (the same promise added twice): the end of the run resets both.
var pendingAsync = new Set();
var pendingCount = 0;
var pendingAdd = Set.prototype.add.bind(pendingAsync);
var pendingDelete = Set.prototype.delete.bind(pendingAsync);
var pendingClear = Set.prototype.clear.bind(pendingAsync);
internals.pendingForEach = Set.prototype.forEach.bind(pendingAsync);
internals.clearPending = function () { pendingClear(); pendingCount = 0; };
function forgetPending(promise) { if (pendingDelete(promise)) pendingCount--; }
function pend(promise) {
  pendingAdd(promise);
  pendingCount++;
  return promise;
}
// guestRewrite.ts's two forms: a function or method whose body became an arrow run here, and an
// async arrow behind a bound asyncArrowCall (a method, so neither can be constructed), whose arrow
// the runtime calls directly when it is the handler.
function asyncCall(run) { return pend(run()); }
var asyncArrowCall = { asyncArrowCall: function () { return pend(reflectApply(this, undefined, arguments)); } }.asyncArrowCall;
var bindFunction = Function.prototype.bind;
var asyncArrows = new WeakMap();
var asyncArrowSet = WeakMap.prototype.set.bind(asyncArrows);
var asyncArrowOf = WeakMap.prototype.get.bind(asyncArrows);
internals.asyncArrowOf = asyncArrowOf;
function asyncArrow(fn) {
  var bound = reflectApply(bindFunction, asyncArrowCall, [fn]);
  defineProperty(bound, 'name', { value: fn.name, configurable: true });
  defineProperty(bound, 'length', { value: fn.length, configurable: true });
  asyncArrowSet(bound, fn);
  return bound;
}

defineProperty(NativePromise.prototype, 'constructor', {
  configurable: true,
  enumerable: false,
  get: function () {
    if (pendingCount !== 0) forgetPending(this);
    if (rejectionsModule !== null) rejectionsModule.handled(this);
    return NativePromise;
  },
  set: function (value) { hidden(this, 'constructor', value); },
});

// A named function expression: a declaration would be hoisted over the prelude's other uses of
// Promise. An executor that declares no reject parameter can only reject by throwing at once,
// before anyone could have attached a handler: it is left native, at native speed.
var TrackedPromise = function Promise(executor) {
  if (new.target === undefined) return NativePromise(executor);
  if (typeof executor !== 'function' || executor.length < 2) {
    return reflectConstruct(NativePromise, [executor], new.target === TrackedPromise ? NativePromise : new.target);
  }
  return rejections().construct(executor, new.target);
};
// all, any, race, allSettled and Symbol.species are the native ones, inherited as by a subclass;
// called on the wrapper they construct through it, so their results are tracked too.
Object.setPrototypeOf(TrackedPromise, NativePromise);
defineProperty(TrackedPromise, 'prototype', { value: NativePromise.prototype, writable: false, enumerable: false, configurable: false });
// Promise.resolve(promise) is that promise itself, as with the native constructor.
hidden(TrackedPromise, 'resolve', function resolve(value) { return NativePromise.resolve.call(this === TrackedPromise ? NativePromise : this, value); });
hidden(TrackedPromise, 'reject', function reject(reason) { return rejections().reject(this, reason); });
hidden(G, 'Promise', TrackedPromise);
internals.TrackedPromise = TrackedPromise;
internals.NativePromise = NativePromise;
internals.nativeReject = NativePromise.reject;


// A promise the runtime received from user code and drops (an async timer callback's): its
// rejection has no handler but ours.
internals.trackDropped = function (value) { if (value instanceof NativePromise) rejections().dropped(value); };
`

/**
 * Guest source of the internal module `rejections`: the records of tracked promises (whether a
 * handler was attached, whether they settled) and the rejections still to check.
 */
export const internalRejectionsSource = String.raw`
var NativePromise = internals.NativePromise;
var TrackedPromise = internals.TrackedPromise;
var nativeReject = internals.nativeReject;
var promiseThen = internals.promiseThen;
var trackedGet = internals.trackedGet;
var trackedSet = internals.trackedSet;
var reflectConstruct = internals.reflectConstruct;
var rejected = [];

function Tracking() { this.handled = false; this.settled = false; this.reason = undefined; }

function noteRejection(record, reason) {
  record.reason = reason;
  if (!record.handled) rejected[rejected.length] = record;
}

// What the next native construction's executor wraps: handed over in variables rather than a
// closure per promise (the native constructor calls the executor at once, before returning).
var nextExecutor;
var nextRecord;
function trackingExecutor(resolve, reject) {
  var executor = nextExecutor, record = nextRecord;
  nextExecutor = undefined;
  nextRecord = undefined;
  var onReject = function (reason) {
    if (!record.settled) { record.settled = true; noteRejection(record, reason); }
    reject(reason);
  };
  try {
    executor(function (value) { record.settled = true; resolve(value); }, onReject);
  } catch (error) {
    onReject(error);
  }
}

exports.construct = function (executor, target) {
  var record = new Tracking();
  nextExecutor = executor;
  nextRecord = record;
  var promise = target === TrackedPromise ? new NativePromise(trackingExecutor) : reflectConstruct(NativePromise, [trackingExecutor], target);
  trackedSet(promise, record);
  return promise;
};

exports.reject = function (self, reason) {
  if (self !== TrackedPromise) return nativeReject.call(self, reason);
  var record = new Tracking();
  record.settled = true;
  var promise = nativeReject.call(NativePromise, reason);
  trackedSet(promise, record);
  noteRejection(record, reason);
  return promise;
};

exports.handled = function (promise) {
  var record = trackedGet(promise);
  if (record !== undefined) record.handled = true;
};

// At the end of a run of code: the async functions' promises still unhandled are watched from now
// on (a rejected one is noted when its reaction runs, so the host runs the queue again first).
exports.watchPending = function () {
  var promises = [];
  internals.pendingForEach(function (promise) { promises[promises.length] = promise; });
  internals.clearPending();
  for (var i = 0; i < promises.length; i++) watch(promises[i]);
};

function watch(promise) {
  var record = new Tracking();
  try {
    promiseThen.call(promise, undefined, function (reason) { record.settled = true; noteRejection(record, reason); });
  } catch (notAPromise) {
    return;
  }
  trackedSet(promise, record);
}

exports.dropped = function (value) {
  promiseThen.call(value, undefined, function (reason) { noteRejection(new Tracking(), reason); });
};

exports.take = function () {
  if (rejected.length === 0) return undefined;
  var records = rejected;
  rejected = [];
  for (var i = 0; i < records.length; i++) if (!records[i].handled) return [records[i].reason];
  return undefined;
};
`
