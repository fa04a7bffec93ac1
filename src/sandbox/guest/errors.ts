/**
 * Guest source of the internal module `errors`, compiled the first time something fails: Lambda's
 * error reports (runtime interface client, Errors.js toRapidResponse), with QuickJS's stack frames
 * rewritten the way Node.js prints them and cut at Node's 10 frames, the reports of a failed Init,
 * and the module system's errors, worded like Node.js's (`Cannot find module 'x'` with its require
 * stack for CommonJS, `Cannot find package 'x' imported from ...` for ES modules). The host puts the
 * catalogue (`CATALOGUE`) and errorMessages.ts in front of this source.
 */
export const internalErrorsSource = String.raw`
var objectToString = Object.prototype.toString;

function isNativeError(value) {
  return value instanceof Error || objectToString.call(value) === '[object Error]';
}

function looksLikeError(value) {
  return !!value && !!value.name && !!value.message && !!value.stack &&
    typeof value.name === 'string' && typeof value.message === 'string' && typeof value.stack === 'string';
}

function nodeFrame(line) {
  var match = /^\s*at (.*?) \((.*)\)$/.exec(line);
  if (match === null) return '    ' + line.trim();
  var where = match[2] === 'native' ? '<anonymous>' : match[2];
  if (match[1] === '<anonymous>' || match[1] === '<eval>') return '    at ' + where;
  return '    at ' + match[1] + ' (' + where + ')';
}

// The rewrite's frames (guestRewrite.ts), which Node.js does not have: an async arrow runs inside
// asyncArrowCall (through Reflect.apply); a function's body inside asyncCall, called by the plain
// function it became.
var ASYNC_FRAME = /^\s+at async(Arrow)?Call \(file:\/\/\/var\/runtime\/index\.mjs:/;
var NATIVE_APPLY = /^\s+at apply \(native\)$/;

function framesOf(stack) {
  var frames = [];
  if (typeof stack !== 'string') return frames;
  var lines = stack.split('\n');
  for (var i = 0; i < lines.length && frames.length < 10; i++) {
    var rewritten = ASYNC_FRAME.exec(lines[i]);
    if (rewritten !== null) { if (rewritten[1] === undefined) i++; }
    else if (NATIVE_APPLY.test(lines[i]) && /^\s+at asyncArrowCall /.test(lines[i + 1] || '')) i++;
    else if (/^\s+at /.test(lines[i])) frames[frames.length] = nodeFrame(lines[i]);
  }
  return frames;
}

function headerOf(name, message) {
  if (message === '') return name;
  return name === '' ? message : name + ': ' + message;
}

function traceOf(stack, header) {
  if (typeof stack === 'string' && stack !== '' && !/^\s+at /.test(stack)) return stack.split('\n');
  return header.split('\n').concat(framesOf(stack));
}

function report(error) {
  try {
    if (isNativeError(error) || looksLikeError(error)) {
      var name = String(error.name);
      var message = String(error.message);
      // QuickJS's words for what V8 calls a RangeError.
      if (name === 'InternalError' && message === 'stack overflow') {
        name = 'RangeError';
        message = 'Maximum call stack size exceeded';
      } else if (name === 'InternalError' && message === 'string too long') {
        name = 'RangeError';
        message = 'Invalid string length';
      } else {
        message = v8Message(name, message, error.stack);
      }
      return { errorType: name, errorMessage: message, trace: traceOf(error.stack, headerOf(name, message)) };
    }
    return { errorType: typeof error, errorMessage: String(error.toString()), trace: [] };
  } catch (unreadable) {
    return { errorType: 'handled', errorMessage: CATALOGUE.unreadableError, trace: [] };
  }
}

function runtimeReport(type, message, frames) {
  return { errorType: type, errorMessage: message, trace: (type + ': ' + message).split('\n').concat(frames) };
}

// Lambda's runtime: a SyntaxError is the user's code failing to parse (even JSON.parse at module
// scope), a module that cannot be found is an import error, anything else is reported as itself.
function initReport(error) {
  if (error instanceof SyntaxError) {
    return runtimeReport(CATALOGUE.errors.userCodeSyntax, String(error), framesOf(error.stack).concat(CATALOGUE.loadFrames));
  }
  if (error && (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_MODULE_NOT_FOUND')) {
    return runtimeReport(CATALOGUE.errors.importModule, String(error), CATALOGUE.loadFrames);
  }
  return report(error);
}

function requireStack(parent) {
  var stack = [];
  for (var m = parent; m; m = m.parent) stack[stack.length] = m.filename;
  stack[stack.length] = '/var/runtime/index.mjs';
  return stack;
}

// tag: N not found (rest: the path tried, or the bare name), B refused, U unknown node: module.
function moduleError(tag, spec, rest, parent) {
  var error;
  if (tag === 'N' && parent && parent.esm) {
    var bare = !/^[./]/.test(spec);
    error = new Error((bare ? "Cannot find package '" + spec : "Cannot find module '" + rest) + "' imported from " + parent.filename);
    error.code = 'ERR_MODULE_NOT_FOUND';
  } else if (tag === 'N') {
    var stack = requireStack(parent);
    error = new Error("Cannot find module '" + spec + "'\nRequire stack:\n- " + stack.join('\n- '));
    error.code = 'MODULE_NOT_FOUND';
    error.requireStack = stack;
  } else {
    error = new Error(rest);
    error.code = tag === 'U' ? 'ERR_UNKNOWN_BUILTIN_MODULE' : 'ERR_LAMBDA_PLAYGROUND_SANDBOX';
  }
  return error;
}

// QuickJS could not allocate: on Lambda, a process that needs more than its memory is killed.
exports.isOutOfMemory = function (error) {
  try { return isNativeError(error) && error.name === 'InternalError' && error.message === 'out of memory'; } catch (unreadable) { return false; }
};
exports.report = report;
exports.v8Message = v8Message;
exports.moduleError = moduleError;
exports.badModuleId = function (spec) {
  var error = new TypeError('The "id" argument must be of type string and not empty. Received ' + (spec === null ? 'null' : typeof spec));
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
};
exports.initReport = initReport;
exports.importError = function (moduleName) {
  return runtimeReport(CATALOGUE.errors.importModule, "Error: Cannot find module '" + moduleName + "'\nRequire stack:\n- /var/runtime/index.mjs", CATALOGUE.loadFrames);
};
exports.handlerError = function (type, message) { return runtimeReport(CATALOGUE.errors[type], message, CATALOGUE.handlerFrames); };
exports.callbackHandlerDeprecated = function () {
  return runtimeReport(CATALOGUE.errors.callbackHandlerDeprecated, CATALOGUE.callbackHandlerRemoved, CATALOGUE.callbackFrames);
};
// Errors.js: Runtime.UnhandledPromiseRejection is an Error made from the reason (so its message is
// String(reason)); the log line is the runtime's toFormatted of it, reason and promise included.
function formatted(value) {
  if (!isNativeError(value)) return value;
  var shown = { errorType: value.name, errorMessage: value.message, code: value.code };
  Object.keys(value).forEach(function (key) { shown[key] = value[key]; });
  shown.stack = traceOf(value.stack, headerOf(String(value.name), String(value.message)));
  return shown;
}

function unhandledRejection(reason) {
  var message;
  try { message = reason === undefined ? '' : String(reason); } catch (unprintable) { message = ''; }
  var type = CATALOGUE.errors.unhandledRejection;
  var trace = (type + ': ' + message).split('\n').concat(CATALOGUE.rejectionFrames);
  var logJson;
  try {
    logJson = JSON.stringify({ errorType: type, errorMessage: message, reason: formatted(reason), promise: {}, stack: trace });
  } catch (unserialisable) {
    logJson = JSON.stringify({ errorType: type, errorMessage: message, stack: trace });
  }
  return { report: { errorType: type, errorMessage: message, trace: trace }, logJson: logJson };
}

// The end of the runtime (the prelude's fatal): M out of memory, U an uncaught exception (exit
// status 129), R an unhandled rejection (128), each after its log line.
// The host parses these: JSON.stringify as the prelude found it, whatever user code did since.
exports.uncaught = function (error) {
  if (exports.isOutOfMemory(error)) return 'M';
  var uncaughtReport = report(error);
  internals.emitLog(4, 'Uncaught Exception \t' + internals.jsonStringify({ errorType: uncaughtReport.errorType, errorMessage: uncaughtReport.errorMessage, stack: uncaughtReport.trace }));
  return 'U' + internals.jsonStringify(uncaughtReport);
};
exports.unhandledRejection = function (reason) {
  if (exports.isOutOfMemory(reason)) return 'M';
  var rejection = unhandledRejection(reason);
  internals.emitLog(4, 'Unhandled Promise Rejection \t' + rejection.logJson);
  return 'R' + internals.jsonStringify(rejection.report);
};
exports.unserialisable = function () {
  return { errorType: 'Error', errorMessage: CATALOGUE.unserialisable, trace: ['Error: ' + CATALOGUE.unserialisable] };
};
`
