/**
 * Guest code, the prelude's runtime loop, modelled on the Node.js runtime interface client. Init
 * is the internal module `init`. Invoke calls the handler with the event, a context object and a
 * callback, and answers like CallbackContext.js: the first of callback/done/succeed/fail or the
 * returned promise wins; a callback with callbackWaitsForEmptyEventLoop waits for an empty event
 * loop; a handler that never answers gets null once the loop is empty. The host reads a returned
 * promise's state itself (cheaper than `then`) and passes it to `exit`, which it calls after each
 * run of code and its microtasks.
 *
 * Uses: everything above. Defines: init, invoke, fire, respond, exit.
 */
export const guestInvocation = String.raw`
var handlerFn;
var phase = 0;
var phaseSeq = 0;
var finished = false;
var outcome = '';
// What an empty event loop does: 0 nothing, 1 end init (Node.js exits with 13 when a top-level
// await can never settle), 2 answer null, 3 answer emptyResult.
var emptyAction = 0;
var emptyResult;
var currentDeadline = 0;

function settle(seq, text) {
  if (seq !== phaseSeq || phase === 0 || outcome !== '') return;
  outcome = text;
  emptyAction = 0;
}

// An out-of-memory error that reaches the runtime ends the environment (Runtime.OutOfMemory).
function errorText(error) {
  if (errors().isOutOfMemory(error)) return 'M';
  return 'E' + jsonStringify(errors().report(error));
}

function successText(value) {
  var json;
  try {
    json = jsonStringify(value === undefined ? null : value);
  } catch (unserialisable) {
    return 'E' + jsonStringify(errors().unserialisable());
  }
  return 'S' + (json === undefined ? 'null' : json);
}

// CallbackContext.js: an error wins; a result waits for an empty event loop when asked to.
function answer(seq, error, result, waits) {
  if (seq !== phaseSeq || phase !== 2 || finished) return;
  finished = true;
  if (error !== undefined && error !== null) settle(seq, errorText(error));
  else if (waits) { emptyAction = 3; emptyResult = result; }
  else settle(seq, successText(result));
}

// The context object: what changes per invocation is its own; what is the same for every
// invocation of the environment sits on a shared prototype (defining properties is costly in
// QuickJS). JSON.stringify and console.log still show every field, in the runtime's order (the
// internal module contextView, below).
var currentContext = null;
var lastArn = '';
var contextShared = {
  clientContext: undefined,
  identity: undefined,
  succeed: succeed,
  fail: fail,
  done: done,
  functionVersion: cfg.version,
  functionName: cfg.functionName,
  memoryLimitInMB: String(cfg.memoryMb),
  logGroupName: cfg.logGroupName,
  logStreamName: cfg.logStreamName,
  getRemainingTimeInMillis: getRemainingTimeInMillis,
};
function contextView() { return loadInternal('contextView')(this); }
hidden(contextShared, 'toJSON', contextView);
hidden(contextShared, Symbol.for('nodejs.util.inspect.custom'), function (depth, options, inspect) { return inspect(contextView.call(this), options); });

// Called as context methods: a context of an invocation that is over is ignored, as the runtime's
// own per-invocation functions are; called detached, they act on the current invocation.
function contextSeq(self) { return self === currentContext || self === undefined || self === G ? phaseSeq : -1; }
function succeed(result) { answer(contextSeq(this), null, result, false); }
function fail(error) { answer(contextSeq(this), error === undefined || error === null ? 'handled' : error, null, false); }
function done(error, result) { answer(contextSeq(this), error, result, false); }
function getRemainingTimeInMillis() { return currentDeadline - clock; }

internals.errors = errors;
internals.promiseThen = promiseThen;
internals.resolve = hostResolve;
internals.loadModuleWaiting = function (path) { return loadWaiting(loadModule, path); };
internals.settle = settle;
// An async arrow's own function (the runtime handles the handler's promise itself).
internals.setHandler = function (fn) { handlerFn = asyncArrowOf(fn) || fn; };

function init(now) {
  clock = now;
  if (fatal !== '') return;
  var seq = ++phaseSeq;
  phase = 1;
  outcome = '';
  emptyAction = 1;
  loadInternal('init')(seq);
}

// packed: [now, deadline, requestId, arn (null: as last time), clientContext, identity, event] as JSON.
// Returns the handler's promise, whose state the host reads; undefined otherwise.
function invoke(packed) {
  if (fatal !== '' || handlerFn === undefined) return undefined;
  var seq = ++phaseSeq;
  phase = 2;
  outcome = '';
  finished = false;
  emptyAction = 2;
  emptyResult = undefined;
  var fields;
  try {
    fields = jsonParse(packed);
  } catch (error) {
    settle(seq, errorText(error));
    return undefined;
  }
  clock = fields[0];
  currentDeadline = fields[1];
  newTraceHeader();
  var context = Object.create(contextShared);
  context.callbackWaitsForEmptyEventLoop = true;
  if (fields[4] !== null) context.clientContext = fields[4];
  if (fields[5] !== null) context.identity = fields[5];
  context.invokedFunctionArn = fields[3] === null ? lastArn : (lastArn = fields[3]);
  context.awsRequestId = fields[2];
  currentContext = context;
  var callback = function (error, result) { answer(seq, error, result, context.callbackWaitsForEmptyEventLoop); };
  try {
    var result = handlerFn(fields[6], context, callback);
    if (result instanceof NativePromise) {
      // The runtime attaches its own handler to the promise (the host reads its state).
      if (pendingCount !== 0) forgetPending(result);
      if (rejectionsModule !== null) rejectionsModule.handled(result);
      return result;
    }
    if (result !== null && (typeof result === 'object' || typeof result === 'function') && typeof result.then === 'function') {
      result.then(
        function (value) { answer(seq, null, value, false); },
        function (error) { answer(seq, error === undefined || error === null ? 'handled' : error, null, false); });
    }
  } catch (error) {
    answer(seq, error, undefined, context.callbackWaitsForEmptyEventLoop);
  }
  return undefined;
}

function fire(id, now) {
  clock = now;
  if (fatal === '' && timersModule !== null) timersModule.fire(id);
}

// An SDK call's answer (the internal module aws made the call).
function respond(id, now, ok, a, b) {
  clock = now;
  if (fatal === '') aws().respond(id, ok, a, b);
}

function loopIsEmpty() { return awsCalls.size === 0 && (timersModule === null || timersModule.idle()); }

function runEmptyAction() {
  var action = emptyAction;
  emptyAction = 0;
  if (action === 1) { if (fatal === '') fatal = 'X13'; }
  else if (action === 2) settle(phaseSeq, 'Snull');
  else settle(phaseSeq, successText(emptyResult));
}

// The end of a run of code. promiseState 1 or 2: the handler's promise was fulfilled or rejected
// with value. flushOnly: only collect what was queued (after an interrupt).
function exit(promiseState, value, flushOnly) {
  if (promiseState === 1) answer(phaseSeq, null, value, false);
  else if (promiseState === 2) answer(phaseSeq, value === undefined || value === null ? 'handled' : value, null, false);
  if (flushOnly !== 1 && fatal === '') {
    if (pendingCount !== 0) { rejections().watchPending(); return 'I'; }
    // A rejection still unhandled now that the microtask queue is empty ends the runtime.
    var unhandled = rejectionsModule === null ? undefined : rejectionsModule.take();
    if (unhandled !== undefined) unhandledRejection(unhandled[0]);
    else if (timersModule !== null && timersModule.hasImmediates()) { timersModule.runImmediates(); return 'I'; }
    else if (phase !== 0 && outcome === '' && emptyAction !== 0 && loopIsEmpty()) runEmptyAction();
  }
  var text = requests.length === 0 && logCount === 0 ? '\n' : takeRequests() + '\n';
  if (fatal !== '') return text + fatal;
  if (flushOnly === 1 || phase === 0 || outcome === '') return text;
  text += outcome;
  phase = 0;
  outcome = '';
  emptyAction = 0;
  currentContext = null;
  return text;
}
`

/** Guest source of the internal module `contextView`: the context object's fields, own and shared, in the runtime's order. */
export const internalContextViewSource = String.raw`
var CONTEXT_FIELDS = ['callbackWaitsForEmptyEventLoop', 'succeed', 'fail', 'done', 'functionVersion', 'functionName',
  'memoryLimitInMB', 'logGroupName', 'logStreamName', 'clientContext', 'identity', 'invokedFunctionArn', 'awsRequestId',
  'getRemainingTimeInMillis'];
module.exports = function contextView(context) {
  var view = {};
  for (var i = 0; i < CONTEXT_FIELDS.length; i++) view[CONTEXT_FIELDS[i]] = context[CONTEXT_FIELDS[i]];
  return view;
};
`
