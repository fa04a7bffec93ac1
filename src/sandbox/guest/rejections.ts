/**
 * Guest code, the prelude's unhandled-rejection tracker. Node.js reports a promise that was
 * rejected and still has no handler once the microtask queue drains, and Lambda's runtime then
 * fails the invocation with Runtime.UnhandledPromiseRejection and exits (status 128).
 *
 * QuickJS reports rejections to a host tracker, but quickjs-emscripten 0.32 does not expose it, so
 * the tracker lives here. It sees the rejections of promises made with `new Promise` (so also the
 * results of Promise.all/any/race/allSettled, the simulated SDK's calls and the built-in async
 * APIs), of `Promise.reject`, and of async callbacks the runtime itself calls and drops (timers,
 * immediates, microtasks, nextTick). A handler counts as attached when `await` or `then` reads the
 * promise's `constructor`, which both do in QuickJS. Not seen: an async function's own promise
 * dropped unawaited, and the promises `then` derives.
 *
 * The global `Promise` becomes a wrapper of the native constructor with the same prototype (so
 * `instanceof Promise` holds for every promise); `Promise.prototype.constructor` still answers the
 * native one, which keeps `await` on QuickJS's fast path.
 *
 * Uses: G, defineProperty, hidden, promiseThen, internals. Defines: NativePromise, markHandled, trackDropped,
 * takeUnhandledRejection.
 */
export const guestRejections = String.raw`
var NativePromise = Promise;
var promisePrototype = NativePromise.prototype;
var nativeResolve = NativePromise.resolve;
var nativeReject = NativePromise.reject;
var reflectConstruct = Reflect.construct;
var tracked = new WeakMap();
// Bound now: code that replaces WeakMap.prototype's methods cannot reach these.
var trackedGet = WeakMap.prototype.get.bind(tracked);
var trackedSet = WeakMap.prototype.set.bind(tracked);
var rejected = [];

function Tracking() { this.handled = false; this.settled = false; this.reason = undefined; }

function noteRejection(record, reason) {
  record.reason = reason;
  if (!record.handled) rejected[rejected.length] = record;
}

defineProperty(promisePrototype, 'constructor', {
  configurable: true,
  enumerable: false,
  get: function () {
    var record = trackedGet(this);
    if (record !== undefined) record.handled = true;
    return NativePromise;
  },
  set: function (value) { hidden(this, 'constructor', value); },
});

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

// A named function expression: a declaration would be hoisted over the prelude's other uses of Promise.
var TrackedPromise = function Promise(executor) {
  if (new.target === undefined) return NativePromise(executor);
  if (typeof executor !== 'function') return reflectConstruct(NativePromise, [executor], new.target === TrackedPromise ? NativePromise : new.target);
  var record = new Tracking();
  nextExecutor = executor;
  nextRecord = record;
  var promise = new.target === TrackedPromise ? new NativePromise(trackingExecutor) : reflectConstruct(NativePromise, [trackingExecutor], new.target);
  trackedSet(promise, record);
  return promise;
};
// all, any, race, allSettled and Symbol.species are the native ones, inherited as by a subclass;
// called on the wrapper they construct through it, so their results are tracked too.
Object.setPrototypeOf(TrackedPromise, NativePromise);
defineProperty(TrackedPromise, 'prototype', { value: promisePrototype, writable: false, enumerable: false, configurable: false });
// Promise.resolve(promise) is that promise itself, as with the native constructor.
hidden(TrackedPromise, 'resolve', function resolve(value) { return nativeResolve.call(this === TrackedPromise ? NativePromise : this, value); });
hidden(TrackedPromise, 'reject', function reject(reason) {
  if (this !== TrackedPromise) return nativeReject.call(this, reason);
  var record = new Tracking();
  record.settled = true;
  var promise = nativeReject.call(NativePromise, reason);
  trackedSet(promise, record);
  noteRejection(record, reason);
  return promise;
});
hidden(G, 'Promise', TrackedPromise);

// The runtime attaches its own handler to a promise the handler returned (the host reads its state).
function markHandled(promise) {
  var record = trackedGet(promise);
  if (record !== undefined) record.handled = true;
}

// A promise the runtime received from user code and drops (an async timer callback's): its
// rejection has no handler but ours.
function trackDropped(value) {
  if (value instanceof NativePromise) promiseThen.call(value, undefined, function (reason) { noteRejection(new Tracking(), reason); });
}

// The first rejection still unhandled now that the microtask queue is empty; undefined if none
// (the reason itself may be undefined: the answer is a list of at most one).
function takeUnhandledRejection() {
  if (rejected.length === 0) return undefined;
  var records = rejected;
  rejected = [];
  for (var i = 0; i < records.length; i++) if (!records[i].handled) return [records[i].reason];
  return undefined;
}

internals.trackDropped = trackDropped;
`
