/**
 * Guest source of `util.inspect`, the first part of the core module `util` (nodeUtil.ts): Node.js's
 * layout rules (single line up to 80 columns, the three innermost levels combined, arrays of more
 * than six items grouped in columns, `[Circular *1]`, `<ref *1>`), its quoting of strings and
 * keys, and its forms for functions, classes, errors, dates, maps, sets, typed arrays and buffers.
 * Not supported: colors and showHidden.
 */
export const nodeInspectSource = String.raw`
var customInspect = Symbol.for('nodejs.util.inspect.custom');
var objectToString = Object.prototype.toString;
var BUILTIN_PROTOTYPES = [Object.prototype, Array.prototype, Error.prototype, Date.prototype, RegExp.prototype, Function.prototype, Map.prototype, Set.prototype];

function isError(value) { return value instanceof Error || objectToString.call(value) === '[object Error]'; }

function strEscape(text) {
  var quote = "'";
  if (text.indexOf("'") >= 0) {
    if (text.indexOf('"') < 0) quote = '"';
    else if (text.indexOf('\u0060') < 0) quote = '\u0060';
  }
  var out = '';
  for (var i = 0; i < text.length; i++) {
    var c = text.charAt(i);
    var code = text.charCodeAt(i);
    if (c === quote || c === '\\') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (code < 32 || code === 127) out += '\\x' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase();
    else out += c;
  }
  return quote + out + quote;
}

function formatNumber(n) { return Object.is(n, -0) ? '-0' : String(n); }

function formatKey(key) {
  if (typeof key === 'symbol') return '[' + key.toString() + ']';
  return /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key) ? key : strEscape(key);
}

function constructorName(value) {
  var proto = Object.getPrototypeOf(value);
  while (proto !== null) {
    var descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (descriptor && typeof descriptor.value === 'function' && descriptor.value.name !== '') return descriptor.value.name;
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

function prefix(name, tag, fallback, size) {
  var sized = size === undefined ? '' : '(' + size + ')';
  if (name === null) return '[' + fallback + sized + ': null prototype] ';
  return name + sized + (tag !== '' && tag !== name ? ' [' + tag + ']' : '') + ' ';
}

// The user's async functions are async arrows behind a bound function, or plain ones whose body
// goes through asyncCall (guestRewrite.ts).
var REWRITTEN_ASYNC = /^(?:function\b[^(]*|[^(]*)\([^)]*\)\s*\{ return __lambdaPlayground\.asyncCall\(/;
function isAsyncFunction(v) {
  if (typeof v !== 'function') return false;
  if (internals.asyncArrowOf(v) !== undefined || (v.constructor && v.constructor.name === 'AsyncFunction')) return true;
  try { return REWRITTEN_ASYNC.test(Function.prototype.toString.call(v)); } catch (unreadable) { return false; }
}

function functionBase(fn) {
  var source = Function.prototype.toString.call(fn);
  var name = typeof fn.name === 'string' ? fn.name : '';
  if (source.slice(0, 5) === 'class' && /^class\b/.test(source)) return '[class ' + (name || '(anonymous)') + ']';
  var kind = isAsyncFunction(fn) ? 'AsyncFunction' : fn.constructor && fn.constructor.name ? fn.constructor.name : 'Function';
  return '[' + kind + (name ? ': ' + name : ' (anonymous)') + ']';
}

function isBelowBreakLength(ctx, output, start, base) {
  var total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (var i = 0; i < output.length; i++) {
    total += output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') < 0;
}

function groupArrayElements(ctx, output, value) {
  var totalLength = 0, maxLength = 0, outputLength = output.length;
  if (ctx.extraItems) outputLength--;
  var dataLen = [];
  for (var i = 0; i < outputLength; i++) {
    dataLen[i] = output[i].length;
    totalLength += dataLen[i] + 2;
    if (maxLength < dataLen[i]) maxLength = dataLen[i];
  }
  var actualMax = maxLength + 2;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    var averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax), Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax), ctx.compact * 4, 15);
    if (columns <= 1) return output;
    var maxLineLength = [];
    for (var c = 0; c < columns; c++) {
      var lineLength = 0;
      for (var j = c; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength[c] = lineLength + 2;
    }
    var padStart = true;
    if (value !== undefined) {
      for (var k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') { padStart = false; break; }
      }
    }
    var grouped = [];
    for (var row = 0; row < outputLength; row += columns) {
      var max = Math.min(row + columns, outputLength);
      var line = '';
      var m = row;
      for (; m < max - 1; m++) {
        var cell = output[m] + ', ';
        line += padStart ? cell.padStart(maxLineLength[m - row], ' ') : cell.padEnd(maxLineLength[m - row], ' ');
      }
      line += padStart ? output[m].padStart(maxLineLength[m - row] - 2, ' ') : output[m];
      grouped[grouped.length] = line;
    }
    if (ctx.extraItems) grouped[grouped.length] = output[outputLength];
    return grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, isArrayLike, recurseTimes, value) {
  var entries = output.length;
  if (isArrayLike && entries > 6) output = groupArrayElements(ctx, output, value);
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
    var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      var joined = output.join(', ');
      if (joined.indexOf('\n') < 0) return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
    }
  }
  var indentation = '\n' + ' '.repeat(ctx.indentationLvl);
  return (base ? base + ' ' : '') + braces[0] + indentation + '  ' + output.join(',' + indentation + '  ') + indentation + braces[1];
}

function formatProperty(ctx, value, recurseTimes, key, separator) {
  var descriptor = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  var text;
  if (descriptor.value !== undefined || !('get' in descriptor || 'set' in descriptor)) {
    ctx.indentationLvl += 2;
    text = formatValue(ctx, descriptor.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (descriptor.get !== undefined) {
    text = descriptor.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  } else {
    text = descriptor.set !== undefined ? '[Setter]' : 'undefined';
  }
  return formatKey(key) + separator + text;
}

function ownKeys(value) {
  var keys = Object.keys(value);
  var symbols = Object.getOwnPropertySymbols(value);
  for (var i = 0; i < symbols.length; i++) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbols[i])) keys[keys.length] = symbols[i];
  }
  return keys;
}

function formatValue(ctx, value, recurseTimes) {
  if (value === null) return 'null';
  var type = typeof value;
  if (type === 'string') return strEscape(value);
  if (type === 'number') return formatNumber(value);
  if (type === 'bigint') return value + 'n';
  if (type === 'symbol') return value.toString();
  if (type !== 'object' && type !== 'function') return String(value);
  if (typeof value[customInspect] === 'function' && value[customInspect] !== inspect) {
    var custom = value[customInspect](ctx.depth - recurseTimes, ctx.options, inspect);
    return typeof custom === 'string' ? custom : formatValue(ctx, custom, recurseTimes);
  }
  var seenAt = ctx.seen.indexOf(value);
  if (seenAt >= 0) {
    var index = ctx.circular.get(value);
    if (index === undefined) { index = ctx.circular.size + 1; ctx.circular.set(value, index); }
    return '[Circular *' + index + ']';
  }
  return formatRaw(ctx, value, recurseTimes);
}

function formatRaw(ctx, value, recurseTimes) {
  var name = constructorName(value);
  var tag = value[Symbol.toStringTag];
  tag = typeof tag === 'string' ? tag : '';
  var keys = ownKeys(value);
  var base = '';
  var braces = ['{', '}'];
  var isArrayLike = false;
  var output = [];
  var formatter = null;
  if (Array.isArray(value)) {
    braces = [(name === 'Array' ? '' : prefix(name, tag, 'Array', value.length)) + '[', ']'];
    isArrayLike = true;
    keys = keys.filter(function (key) { return typeof key === 'symbol' || !/^(0|[1-9][0-9]*)$/.test(key); });
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    formatter = formatArray;
  } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    if (name === 'Buffer') {
      var bytes = [];
      for (var b = 0; b < Math.min(value.length, 50); b++) bytes[b] = (value[b] < 16 ? '0' : '') + value[b].toString(16);
      return '<Buffer' + (bytes.length ? ' ' + bytes.join(' ') : '') + (value.length > 50 ? ' ... ' + (value.length - 50) + ' more bytes' : '') + '>';
    }
    braces = [prefix(name, tag, 'TypedArray', value.length) + '[', ']'];
    isArrayLike = true;
    keys = [];
    if (value.length === 0) return braces[0] + ']';
    formatter = formatArray;
  } else if (value instanceof Map) {
    braces = [prefix(name, tag, 'Map', value.size) + '{', '}'];
    if (value.size === 0 && keys.length === 0) return braces[0] + '}';
    formatter = formatMap;
  } else if (value instanceof Set) {
    braces = [prefix(name, tag, 'Set', value.size) + '{', '}'];
    if (value.size === 0 && keys.length === 0) return braces[0] + '}';
    formatter = formatSet;
  } else if (typeof value === 'function') {
    base = functionBase(value);
    keys = keys.filter(function (key) { return key !== 'prototype'; });
    if (keys.length === 0) return base;
  } else if (value instanceof RegExp) {
    base = RegExp.prototype.toString.call(value);
    if (keys.length === 0) return base;
  } else if (value instanceof Date) {
    base = isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (keys.length === 0) return base;
  } else if (isError(value)) {
    base = ctx.internals.errorStack(value);
    keys = keys.filter(function (key) { return key !== 'stack' && key !== 'message'; });
    if (ctx.indentationLvl > 0) base = base.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
    if (keys.length === 0) return base;
  } else if (value instanceof Promise) {
    braces = [prefix(name, tag, 'Promise') + '{', '}'];
    if (keys.length === 0) return braces[0] + '}';
  } else if (value instanceof WeakMap || value instanceof WeakSet) {
    return prefix(name, tag, 'Object') + '{ <items unknown> }';
  } else if (value instanceof ArrayBuffer) {
    var view = new Uint8Array(value);
    var hexBytes = [];
    for (var h = 0; h < Math.min(view.length, 50); h++) hexBytes[h] = (view[h] < 16 ? '0' : '') + view[h].toString(16);
    return 'ArrayBuffer { [Uint8Contents]: <' + hexBytes.join(' ') + (view.length > 50 ? ' ... ' + (view.length - 50) + ' more bytes' : '') + '>, byteLength: ' + value.byteLength + ' }';
  } else if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    base = '[' + (name || 'Object') + ': ' + formatValue(ctx, value.valueOf(), recurseTimes) + ']';
    if (value instanceof String) keys = keys.filter(function (key) { return !/^(0|[1-9][0-9]*)$/.test(key); });
    if (keys.length === 0) return base;
  } else {
    if (name !== 'Object' || tag !== '') braces[0] = prefix(name, tag, 'Object') + '{';
    if (keys.length === 0) return braces[0] + '}';
  }
  if (recurseTimes > ctx.depth) return '[' + (name || tag || 'Object') + ']';
  recurseTimes += 1;
  ctx.seen[ctx.seen.length] = value;
  ctx.currentDepth = recurseTimes;
  if (formatter !== null) output = formatter(ctx, value, recurseTimes);
  for (var i = 0; i < keys.length; i++) output[output.length] = formatProperty(ctx, value, recurseTimes, keys[i], ': ');
  ctx.seen.pop();
  var circularIndex = ctx.circular.get(value);
  if (circularIndex !== undefined) {
    var reference = '<ref *' + circularIndex + '>';
    if (base === '') braces[0] = reference + ' ' + braces[0]; else base = reference + ' ' + base;
  }
  ctx.extraItems = output.extraItems === true;
  return reduceToSingleString(ctx, output, base, braces, isArrayLike, recurseTimes, isArrayLike ? value : undefined);
}

function formatArray(ctx, value, recurseTimes) {
  var output = [];
  var shown = Math.min(value.length, 100);
  var holes = 0;
  for (var i = 0; i < shown; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) { holes++; continue; }
    if (holes > 0) { output[output.length] = '<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>'; holes = 0; }
    ctx.indentationLvl += 2;
    output[output.length] = formatValue(ctx, value[i], recurseTimes);
    ctx.indentationLvl -= 2;
  }
  if (holes > 0) output[output.length] = '<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>';
  if (value.length > shown) {
    var more = value.length - shown;
    output[output.length] = '... ' + more + ' more item' + (more > 1 ? 's' : '');
    output.extraItems = true;
  }
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v, k) { output[output.length] = formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes); });
  ctx.indentationLvl -= 2;
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v) { output[output.length] = formatValue(ctx, v, recurseTimes); });
  ctx.indentationLvl -= 2;
  return output;
}

function inspect(value, options) {
  var ctx = {
    depth: 2, breakLength: 80, compact: 3, indentationLvl: 0, currentDepth: 0,
    seen: [], circular: new Map(), extraItems: false, options: options, internals: internals,
  };
  if (options !== null && typeof options === 'object') {
    if (options.depth !== undefined) ctx.depth = options.depth === null ? Infinity : options.depth;
    if (typeof options.breakLength === 'number') ctx.breakLength = options.breakLength;
    if (typeof options.compact === 'number') ctx.compact = options.compact;
  }
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspect;
inspect.defaultOptions = { depth: 2, breakLength: 80, compact: 3 };

`
