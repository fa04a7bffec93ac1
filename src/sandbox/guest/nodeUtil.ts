/**
 * Guest source of the core module `util`: inspect (nodeInspect.ts), Node.js's `format`
 * (%s %d %i %f %j %o %O %c %%, with %o printing like %O at depth 4), promisify, callbackify,
 * inherits, deprecate, types, isDeepStrictEqual and structuredClone.
 * A core module is `function (exports, require, module, internals)`.
 */
import { nodeInspectSource } from './nodeInspect.ts'

export const nodeUtilSource = nodeInspectSource + String.raw`
function hasBuiltInToString(value) {
  var proto = value;
  while (proto !== null && !Object.prototype.hasOwnProperty.call(proto, 'toString')) proto = Object.getPrototypeOf(proto);
  return proto === null || BUILTIN_PROTOTYPES.indexOf(proto) >= 0;
}

function tryStringify(value) {
  try { return JSON.stringify(value); } catch (error) {
    if (error instanceof TypeError && /circular/i.test(error.message)) return '[Circular]';
    throw error;
  }
}

function formatWithOptions(inspectOptions) {
  var args = [];
  for (var n = 1; n < arguments.length; n++) args[args.length] = arguments[n];
  var first = args[0];
  var a = 0;
  var str = '';
  var join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var tempStr;
    var lastPos = 0;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;
      var nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        var arg;
        switch (nextChar) {
          case 115:
            arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(arg);
            else if (typeof arg === 'bigint') tempStr = arg + 'n';
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { depth: 0 });
            break;
          case 106: tempStr = tryStringify(args[++a]); break;
          case 100:
            arg = args[++a];
            tempStr = typeof arg === 'bigint' ? arg + 'n' : typeof arg === 'symbol' ? 'NaN' : formatNumber(Number(arg));
            break;
          case 79: tempStr = inspect(args[++a], inspectOptions); break;
          case 111: tempStr = inspect(args[++a], { depth: 4 }); break;
          case 105:
            arg = args[++a];
            tempStr = typeof arg === 'bigint' ? arg + 'n' : typeof arg === 'symbol' ? 'NaN' : formatNumber(parseInt(arg));
            break;
          case 102:
            arg = args[++a];
            tempStr = typeof arg === 'symbol' ? 'NaN' : formatNumber(parseFloat(arg));
            break;
          case 99: a += 1; tempStr = ''; break;
          case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue;
          default: continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    var value = args[a];
    str += join + (typeof value !== 'string' ? inspect(value, inspectOptions) : value);
    join = ' ';
    a++;
  }
  return str;
}

function format() {
  var args = [undefined];
  for (var i = 0; i < arguments.length; i++) args[args.length] = arguments[i];
  return formatWithOptions.apply(undefined, args);
}

function isDeepStrictEqual(a, b) { return deepEqual(a, b, []); }
function deepEqual(a, b, seen) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  for (var s = 0; s < seen.length; s++) if (seen[s][0] === a && seen[s][1] === b) return true;
  seen = seen.concat([[a, b]]);
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map || a instanceof Set) {
    if (a.size !== b.size) return false;
    var ea = Array.from(a), eb = Array.from(b);
    for (var m = 0; m < ea.length; m++) if (!deepEqual(ea[m], eb[m], seen)) return false;
    return true;
  }
  var ka = ownKeys(a), kb = ownKeys(b);
  if (ka.length !== kb.length) return false;
  for (var k = 0; k < ka.length; k++) {
    if (!Object.prototype.propertyIsEnumerable.call(b, ka[k])) return false;
    if (!deepEqual(a[ka[k]], b[ka[k]], seen)) return false;
  }
  return true;
}

function structuredClone(value) { return cloneValue(value, new Map()); }
function cloneValue(value, seen) {
  if (typeof value === 'function' || typeof value === 'symbol') {
    var error = new Error((typeof value === 'function' ? String(value) : value.toString()) + ' could not be cloned.');
    error.name = 'DataCloneError';
    throw error;
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  var copy;
  if (value instanceof Date) copy = new Date(value.getTime());
  else if (value instanceof RegExp) copy = new RegExp(value.source, value.flags);
  else if (value instanceof ArrayBuffer) copy = value.slice(0);
  else if (ArrayBuffer.isView(value)) copy = new value.constructor(value);
  else if (value instanceof Map) { copy = new Map(); seen.set(value, copy); value.forEach(function (v, k) { copy.set(cloneValue(k, seen), cloneValue(v, seen)); }); return copy; }
  else if (value instanceof Set) { copy = new Set(); seen.set(value, copy); value.forEach(function (v) { copy.add(cloneValue(v, seen)); }); return copy; }
  else if (Array.isArray(value)) { copy = []; seen.set(value, copy); for (var i = 0; i < value.length; i++) copy[i] = cloneValue(value[i], seen); return copy; }
  else if (isError(value)) { copy = new Error(value.message); copy.name = value.name; }
  else { copy = {}; seen.set(value, copy); var keys = Object.keys(value); for (var k = 0; k < keys.length; k++) copy[keys[k]] = cloneValue(value[keys[k]], seen); return copy; }
  seen.set(value, copy);
  return copy;
}

var promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
function promisify(original) {
  if (typeof original !== 'function') throw new TypeError('The "original" argument must be of type function');
  if (typeof original[promisifyCustom] === 'function') return original[promisifyCustom];
  return function promisified() {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args[args.length] = function (error, value) { if (error) reject(error); else resolve(value); };
      Reflect.apply(original, self, args);
    });
  };
}
promisify.custom = promisifyCustom;

function callbackify(original) {
  return function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var callback = args.pop();
    Reflect.apply(original, this, args).then(function (value) { callback(null, value); }, function (error) { callback(error || new Error('Promise was rejected with a falsy value')); });
  };
}

var warned = new Set();
function deprecate(fn, message, code) {
  return function deprecated() {
    var key = code || message;
    if (!warned.has(key)) { warned.add(key); internals.emitLog(3, '(node:8) ' + (code ? '[' + code + '] ' : '') + 'DeprecationWarning: ' + message); }
    return Reflect.apply(fn, this, arguments);
  };
}

function inherits(ctor, superCtor) {
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.inspect = inspect;
exports.promisify = promisify;
exports.callbackify = callbackify;
exports.deprecate = deprecate;
exports.inherits = inherits;
exports.isDeepStrictEqual = isDeepStrictEqual;
exports.isArray = Array.isArray;
exports.structuredClone = structuredClone;
exports.types = {
  isDate: function (v) { return v instanceof Date; },
  isRegExp: function (v) { return v instanceof RegExp; },
  isPromise: function (v) { return v instanceof Promise; },
  isNativeError: isError,
  isMap: function (v) { return v instanceof Map; },
  isSet: function (v) { return v instanceof Set; },
  isTypedArray: function (v) { return ArrayBuffer.isView(v) && !(v instanceof DataView); },
  isUint8Array: function (v) { return v instanceof Uint8Array; },
  isArrayBuffer: function (v) { return v instanceof ArrayBuffer; },
  isAsyncFunction: isAsyncFunction,
};
Object.defineProperty(exports, 'TextEncoder', { enumerable: true, get: function () { return require('buffer').TextEncoder; } });
Object.defineProperty(exports, 'TextDecoder', { enumerable: true, get: function () { return require('buffer').TextDecoder; } });
`
