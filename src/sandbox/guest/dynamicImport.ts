/**
 * Guest source of the internal module `import`: `import()` in the function's code (sucrase turns it
 * into a call of this with the module's require). Its promise resolves once the module's top-level
 * awaits, and those of the modules it loads, have finished.
 */
export const internalImportSource = String.raw`
var NativePromise = internals.NativePromise;
var promiseThen = internals.promiseThen;
var loadWaiting = internals.loadWaiting;

module.exports = function dynamicImport(require, interop, spec) {
  return promiseThen.call(NativePromise.resolve(), function () {
    var loaded = loadWaiting(require, spec);
    var namespace = interop(loaded.exports);
    return loaded.waits.length === 0 ? namespace : promiseThen.call(NativePromise.all(loaded.waits), function () { return namespace; });
  });
};
`
