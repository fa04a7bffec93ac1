/**
 * Guest source of the internal module `trace`: `process.env._X_AMZN_TRACE_ID`, which Lambda's
 * Node.js runtime sets to each request's X-Ray trace header [D-envvars]. It is an accessor that
 * asks the host for the header the first time code reads it in a request (most never do); code
 * may replace or delete it, and the next request sets it again.
 */
export const internalTraceSource = String.raw`
var VARIABLE = '_X_AMZN_TRACE_ID';
var defineProperty = Object.defineProperty;
var hasOwn = Object.prototype.hasOwnProperty;
var header;
var replaced = false;

function define(env) {
  defineProperty(env, VARIABLE, {
    configurable: true,
    enumerable: true,
    get: function () {
      if (header === undefined) header = String(internals.traceHeader());
      return header;
    },
    set: function (value) {
      replaced = true;
      defineProperty(env, VARIABLE, { value: String(value), writable: true, configurable: true, enumerable: true });
    },
  });
}

exports.define = define;
// A new request: a new header, and the variable back where the code replaced or deleted it.
exports.next = function (env) {
  header = undefined;
  if (replaced || !hasOwn.call(env, VARIABLE)) {
    replaced = false;
    define(env);
  }
};
`
