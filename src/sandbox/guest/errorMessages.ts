/**
 * Guest source, part of the internal module `errors`: QuickJS's wording of the errors learners meet
 * most, rewritten as V8 (so Node.js on Lambda) words them, for what the runtime reports and
 * console prints. `x is not a function` needs the callee, which QuickJS leaves out: it is read from
 * the evaluated code at the column of the error's first frame (the call's parenthesis). An error
 * that user code catches gets the same words in its own `message` (the internal module `caught`
 * below, which rewritten catch clauses call: see guestRewrite.ts).
 *
 * Defines: v8Message.
 */
export const errorMessagesSource = String.raw`
var PROPERTY_READ = /^cannot read property '(.*)' of (undefined|null)$/;
var PROPERTY_SET = /^cannot set property '(.*)' of (undefined|null)$/;
var FRAME_AT = /\((?:file:\/\/)?(\/[^():]+):(\d+):(\d+)\)$|at (?:file:\/\/)?(\/[^():]+):(\d+):(\d+)$/;
// A callee as written before its parenthesis: a name, then .name, ?.name or [...] parts.
var KEYWORDS_BEFORE_CALL = /^(?:await|new|return|typeof|void|yield|throw|case|in|of|delete|else|do)$/;
var CALLEE = /([A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$#][\w$]*|\[[^\[\]]*\])*)\s*(?:\?\.\s*)?$/;

function firstFrame(stack) {
  if (typeof stack !== 'string') return '';
  var match = /^\s*at .*$/m.exec(stack);
  return match === null ? '' : match[0];
}

function calleeAt(stack) {
  var where = FRAME_AT.exec(firstFrame(stack));
  if (where === null) return undefined;
  var path = where[1] || where[4];
  var line = internals.codeLine(path, Number(where[2] || where[5]));
  if (typeof line !== 'string') return undefined;
  var before = line.slice(0, Number(where[3] || where[6]) - 1);
  var callee = CALLEE.exec(before);
  if (callee === null) return undefined;
  // A member of something else (a call's result, a parenthesised expression) is left unnamed.
  var rest = before.slice(0, callee.index).replace(/\s+$/, '');
  var word = /[\w$]+$/.exec(rest);
  if (/[.\])]$/.test(rest) || (word !== null && !KEYWORDS_BEFORE_CALL.test(word[0]))) return undefined;
  return { text: callee[1], constructing: word !== null && word[0] === 'new' };
}

function frameFunction(stack) {
  var match = /^\s*at ([^\s(]+) \(/.exec(firstFrame(stack));
  return match === null ? undefined : match[1];
}

function v8Message(name, message, stack) {
  var match;
  if (name === 'ReferenceError') {
    if ((match = /^'(.+)' is not defined$/.exec(message)) !== null) return match[1] + ' is not defined';
    if ((match = /^(.+) is not initialized$/.exec(message)) !== null) return "Cannot access '" + match[1] + "' before initialization";
    return message;
  }
  if (name === 'SyntaxError' && message === "unexpected token: 'undefined'") return '"undefined" is not valid JSON';
  if (name !== 'TypeError') return message;
  if ((match = PROPERTY_READ.exec(message)) !== null) {
    if (match[1] === 'Symbol.iterator') return match[2] + ' is not iterable (cannot read property Symbol(Symbol.iterator))';
    return 'Cannot read properties of ' + match[2] + " (reading '" + match[1] + "')";
  }
  if ((match = PROPERTY_SET.exec(message)) !== null) return 'Cannot set properties of ' + match[2] + " (setting '" + match[1] + "')";
  if (message === 'not a function' || message === 'not a constructor') {
    var callee = calleeAt(stack);
    if (callee === undefined) return message;
    // QuickJS says "not a function" for new undefined(); V8 says "not a constructor".
    return callee.text + (callee.constructing ? ' is not a constructor' : ' is ' + message);
  }
  if (message === "class constructors must be invoked with 'new'") {
    var className = frameFunction(stack);
    return className === undefined ? message : 'Class constructor ' + className + " cannot be invoked without 'new'";
  }
  if (message === 'cannot convert to object') return 'Cannot convert undefined or null to object';
  return message;
}
`

/**
 * Guest source of the internal module `caught`: a caught error whose own message is in QuickJS's
 * words for a mistake v8Message knows gets V8's. The test below spares the errors module's
 * compilation for every other error (JSON.parse failing, the user's own errors).
 */
export const internalCaughtSource = String.raw`
var objectToString = Object.prototype.toString;
var ownDescriptor = Object.getOwnPropertyDescriptor;
var QUICKJS_WORDING = /^(?:cannot (?:read|set) property '|not a (?:function|constructor)$|class constructors must be invoked with 'new'$|cannot convert to object$|unexpected token: 'undefined'$|'.+' is not defined$|.+ is not initialized$)/;

module.exports = function caught(error) {
  try {
    if (error === null || typeof error !== 'object' || objectToString.call(error) !== '[object Error]') return;
    var own = ownDescriptor(error, 'message');
    if (own === undefined || typeof own.value !== 'string' || !own.writable || !QUICKJS_WORDING.test(own.value)) return;
    var message = internals.errors().v8Message(String(error.name), own.value, error.stack);
    if (message !== own.value) error.message = message;
  } catch (unreadable) {
    // An error that fights back (a getter that throws, a proxy) keeps its message.
  }
};
`
