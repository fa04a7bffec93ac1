/**
 * The JavaScript every simulated `@aws-sdk/client-*` module starts with: the SDK v3 shapes a
 * handler relies on (a client whose `send(command)` returns a promise, command classes with
 * `.input`, exceptions with `name`, `$fault` and `$metadata`), sending through the sandbox's
 * `__lambdaPlayground.awsCall`. It is copied into each module rather than required, so no module
 * depends on the sandbox resolving one built-in module from another. ES2020, CommonJS, no dependencies.
 */
import { AWS_ERRORS, type AwsServiceName } from '../../engine/aws/errors.ts'

/** UTF-8 by hand: QuickJS has no TextEncoder, and payloads and bodies cross the sandbox boundary as text. */
export const UTF8_SOURCE = String.raw`
function utf8Encode(text) {
  const out = [];
  for (const ch of text) {
    let c = ch.codePointAt(0);
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}
function utf8Decode(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    let c = n === 1 ? (b < 0x80 ? b : 0xfffd) : b & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) c = (c << 6) | (bytes[i + k] & 63);
    text += String.fromCodePoint(c);
    i += n;
  }
  return text;
}
/** A string, or bytes (Uint8Array, Buffer) as UTF-8 text; the simulated services keep text. */
function toText(value, what) {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return utf8Decode(value);
  throw new TypeError(what + ' must be a string or a Uint8Array');
}
`

const CORE_SOURCE = String.raw`
'use strict';
${UTF8_SOURCE}
function metadata(httpStatusCode) {
  return { httpStatusCode: httpStatusCode, requestId: undefined, attempts: 1, totalRetryDelay: 0 };
}
function named(cls, name) {
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
/**
 * Defines a client module on exports. errors: AWS error name -> HTTP status; spec.commands:
 * operation -> { input(input), output(output) } converting what crosses the boundary, and
 * status, the HTTP status of a success when it is not 200 (S3's DeleteObject answers 204).
 */
function defineService(exports, service, errors, spec) {
  const ServiceException = named(class extends Error {
    constructor(options) {
      super(options.message);
      this.name = options.name;
      this.$fault = options.$fault;
      this.$metadata = options.$metadata;
    }
  }, spec.exception);
  exports[spec.exception] = ServiceException;
  const errorClasses = {};
  for (const name of Object.keys(errors)) {
    errorClasses[name] = named(class extends ServiceException {}, name);
    exports[name] = errorClasses[name];
  }
  function toException(error) {
    const name = error && error.name;
    // Not an AWS answer (the sandbox refused the call): passed on as it is.
    if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(errors, name)) return error;
    const status = errors[name];
    const exception = new errorClasses[name]({ name: name, message: error.message, $fault: status >= 500 ? 'server' : 'client', $metadata: metadata(status) });
    if (spec.codes && spec.codes[name]) exception.Code = spec.codes[name];
    return exception;
  }
  const operations = new Map();
  for (const operation of Object.keys(spec.commands)) {
    const Command = named(class {
      constructor(input) {
        this.input = input === undefined ? {} : input;
      }
    }, operation + 'Command');
    operations.set(Command, operation);
    exports[operation + 'Command'] = Command;
  }
  function send(command) {
    return new Promise((resolve) => {
      const operation = command ? operations.get(command.constructor) : undefined;
      if (operation === undefined) throw new TypeError(spec.client + ' can only send its own commands (got ' + (command && command.constructor ? command.constructor.name : String(command)) + ')');
      if (typeof __lambdaPlayground === 'undefined') throw new Error('The simulated AWS SDK runs only inside Lambda Playground');
      const convert = spec.commands[operation];
      const input = convert.input ? convert.input(Object.assign({}, command.input)) : command.input;
      resolve(__lambdaPlayground.awsCall(service, operation, input).then((output) => {
        const result = convert.output ? convert.output(Object.assign({}, output)) : Object.assign({}, output);
        result.$metadata = metadata(typeof output.StatusCode === 'number' ? output.StatusCode : convert.status || 200);
        return result;
      }));
    }).catch((error) => { throw toException(error); });
  }
  const Client = named(class {
    constructor(config) {
      this.config = Object.assign({}, config);
    }
    /** send(command) returns a promise; send(command, callback) or send(command, options, callback) calls back. */
    send(command, optionsOrCallback, callback) {
      const done = typeof optionsOrCallback === 'function' ? optionsOrCallback : callback;
      const promise = send(command);
      if (typeof done !== 'function') return promise;
      promise.then((output) => done(null, output), (error) => done(error));
    }
    destroy() {}
  }, spec.client);
  exports[spec.client] = Client;
  // The aggregated client (new SQS().sendMessage(input)) of SDK v3.
  const Aggregated = named(class extends Client {}, spec.aggregate);
  for (const operation of Object.keys(spec.commands)) {
    const Command = exports[operation + 'Command'];
    Aggregated.prototype[lowerFirst(operation)] = function (input, optionsOrCallback, callback) {
      return this.send(new Command(input), optionsOrCallback, callback);
    };
  }
  exports[spec.aggregate] = Aggregated;
}
`

/**
 * A client module's CommonJS source: the core, then `defineService` with the service's error table
 * from the engine's catalogue and `specSource`, a JavaScript object literal
 * `{ client, aggregate, exception, codes?, commands }`.
 */
export function serviceModule(service: AwsServiceName, specSource: string): string {
  return `${CORE_SOURCE}\ndefineService(exports, ${JSON.stringify(service)}, ${JSON.stringify(AWS_ERRORS[service])}, ${specSource});\n`
}
