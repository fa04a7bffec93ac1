/**
 * Guest source of the internal module behind the global `console`, compiled on first use: every
 * method becomes a log request with its level, as the Node.js runtime interface client patches
 * console (log/info INFO, warn WARN, error ERROR, debug DEBUG, trace TRACE). Strings alone are
 * and other primitives are joined here; anything else is formatted by the `util` module, loaded on
 * first need.
 */
export const internalConsoleSource = String.raw`
var utilModule;
function util() { return utilModule || (utilModule = require('util')); }

// Strings, numbers, booleans, null and undefined print as String() does (util.inspect agrees, but
// for -0), so the common console.log('id', 42) skips util.format, which is slow in QuickJS.
function simple(value) {
  var type = typeof value;
  return type === 'string' || type === 'boolean' || value === undefined || value === null || (type === 'number' && !(value === 0 && 1 / value < 0));
}

function formatArgs(args) {
  var count = args.length;
  if (count === 0) return '';
  var first = args[0];
  if (typeof first === 'string' && first.indexOf('%') >= 0) return Reflect.apply(util().format, undefined, args);
  var text = '';
  for (var i = 0; i < count; i++) {
    var arg = args[i];
    if (!simple(arg)) return Reflect.apply(util().format, undefined, args);
    text = i === 0 ? '' + arg : text + ' ' + arg;
  }
  return text;
}

var emitLog = internals.emitLog;
var groupIndent = '';
function write(level, text) {
  emitLog(level, groupIndent === '' ? text : groupIndent + text.split('\n').join('\n' + groupIndent));
}
function method(level) { return function () { write(level, formatArgs(arguments)); }; }

var timeLabels = new Map();
var counts = new Map();
function elapsed(label) {
  var ms = internals.clock() - timeLabels.get(label);
  return label + ': ' + (ms < 1000 ? ms.toFixed(3) + 'ms' : (ms / 1000).toFixed(3) + 's');
}

var consoleObject = {
  log: method(2),
  info: method(2),
  warn: method(3),
  error: method(4),
  debug: method(1),
  trace: method(0),
  dir: function dir(value, options) { write(2, util().inspect(value, options)); },
  table: function table(value) { write(2, util().inspect(value)); },
  assert: function assert(condition) {
    if (condition) return;
    var rest = [];
    for (var i = 1; i < arguments.length; i++) rest[rest.length] = arguments[i];
    write(4, 'Assertion failed' + (rest.length > 0 ? ': ' + formatArgs(rest) : ''));
  },
  time: function time(label) { timeLabels.set(label === undefined ? 'default' : String(label), internals.clock()); },
  timeEnd: function timeEnd(label) {
    var key = label === undefined ? 'default' : String(label);
    if (!timeLabels.has(key)) return;
    write(2, elapsed(key));
    timeLabels.delete(key);
  },
  timeLog: function timeLog(label) {
    var key = label === undefined ? 'default' : String(label);
    if (timeLabels.has(key)) write(2, elapsed(key));
  },
  count: function count(label) {
    var key = label === undefined ? 'default' : String(label);
    var n = (counts.get(key) || 0) + 1;
    counts.set(key, n);
    write(2, key + ': ' + n);
  },
  countReset: function countReset(label) { counts.delete(label === undefined ? 'default' : String(label)); },
  group: function group() { if (arguments.length > 0) write(2, formatArgs(arguments)); groupIndent += '  '; },
  groupEnd: function groupEnd() { groupIndent = groupIndent.slice(2); },
};
consoleObject.groupCollapsed = consoleObject.group;
module.exports = consoleObject;
`
