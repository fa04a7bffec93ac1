/**
 * Guest source of the internal module `init`, compiled once per environment for its Init phase:
 * it resolves the Handler setting as Lambda's Node.js runtime does (module root, module name,
 * then the export path), loads the module through the module system, waits for top-level awaits,
 * and settles Init (Runtime.MalformedHandlerName, Runtime.ImportModuleError,
 * Runtime.UserCodeSyntaxError, Runtime.HandlerNotFound, Runtime.CallbackHandlerDeprecated on
 * Node.js 24 and later, or the module's own error).
 */
export const internalInitSource = String.raw`
var cfg = internals.cfg;
var errors = internals.errors;
var NativePromise = internals.NativePromise;
var promiseThen = internals.promiseThen;

function fail(seq, report) { internals.settle(seq, 'E' + JSON.stringify(report)); }
function failWith(seq, error) {
  if (errors().isOutOfMemory(error)) internals.settle(seq, 'M');
  else fail(seq, errors().initReport(error));
}

function findHandler(seq, moduleExports, path) {
  var fn = moduleExports;
  try {
    var keys = path.split('.');
    for (var i = 0; i < keys.length; i++) fn = fn === undefined || fn === null ? undefined : fn[keys[i]];
  } catch (error) {
    fail(seq, errors().report(error));
    return;
  }
  if (path === 'default' && fn && typeof fn === 'object' && typeof fn.default === 'function') fn = fn.default;
  if (!fn || typeof fn !== 'function') {
    fail(seq, errors().handlerError('handlerNotFound', cfg.handler + (fn ? ' is not a function' : ' is undefined or not exported')));
    return;
  }
  // Node.js 24's runtime refuses a handler declared with a callback parameter (its argument count).
  if (cfg.nodeMajor >= 24 && fn.length >= 3) {
    fail(seq, errors().callbackHandlerDeprecated());
    return;
  }
  internals.setHandler(fn);
  internals.settle(seq, 'Snull');
}

module.exports = function init(seq) {
  var handler = cfg.handler;
  var slash = handler.lastIndexOf('/');
  var match = /^([^.]*)\.(.*)$/.exec(handler.slice(slash + 1));
  if (handler.indexOf('..') >= 0 || match === null) {
    fail(seq, errors().handlerError('malformedHandlerName', 'Bad handler'));
    return;
  }
  var loaded;
  try {
    var resolved = internals.resolve(cfg.taskRoot + '/' + handler.slice(0, slash + 1), './' + match[1]);
    if (resolved.charAt(0) !== 'F') {
      fail(seq, errors().importError(match[1]));
      return;
    }
    loaded = internals.loadModuleWaiting(resolved.slice(1));
  } catch (error) {
    failWith(seq, error);
    return;
  }
  if (loaded.waits.length === 0) { findHandler(seq, loaded.exports, match[2]); return; }
  promiseThen.call(NativePromise.all(loaded.waits),
    function () { findHandler(seq, loaded.exports, match[2]); },
    function (error) { failWith(seq, error); });
};
`
