/**
 * Guest source of the internal module `aws`, compiled on the first SDK call: the bridge behind
 * `__lambdaPlayground.awsCall(service, operation, input)`. A call is a request to the host, which
 * answers in virtual time (`respond`); a failure rejects with an Error named after AWS's error,
 * with `$fault` and `$metadata` like the SDK's.
 */
export const internalAwsSource = String.raw`
var calls = internals.awsCalls;
var nextCallId = 1;

function hex(count) {
  var text = '';
  for (var i = 0; i < count; i++) text += Math.floor(internals.nextRandom() * 16).toString(16);
  return text;
}

exports.call = function (service, operation, input) {
  return new Promise(function (resolve, reject) {
    var inputJson = JSON.stringify(input === undefined ? {} : input);
    var id = nextCallId++;
    calls.set(id, { resolve: resolve, reject: reject });
    internals.request(['a', id, String(service), String(operation), inputJson]);
  });
};

// ok 1: a is the output as JSON; otherwise a is the error's name and b its message.
exports.respond = function (id, ok, a, b) {
  var call = calls.get(id);
  if (call === undefined) return;
  calls.delete(id);
  if (ok !== 1) { call.reject(awsError(a, b)); return; }
  var output;
  try { output = JSON.parse(a); } catch (error) { call.reject(error); return; }
  call.resolve(output);
};

function awsError(name, message) {
  var error = new Error(message);
  var server = /InternalServerError|InternalFailure|ServiceUnavailable|ServiceException$/.test(name);
  error.name = name;
  error.$fault = server ? 'server' : 'client';
  error.$metadata = { httpStatusCode: server ? 500 : 400, requestId: hex(8) + '-' + hex(4) + '-' + hex(4) + '-' + hex(4) + '-' + hex(12), attempts: 1, totalRetryDelay: 0 };
  return error;
}
`
