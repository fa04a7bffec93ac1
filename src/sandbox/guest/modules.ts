/**
 * Guest code, the prelude's module system: CommonJS `require` over the host's resolver (the
 * function's files under /var/task, its layers under /opt, Node.js core modules and the built-in
 * SDK modules). Files come back from the host compiled as wrapper functions (ES modules were
 * turned into CommonJS by sucrase, an async wrapper when they use top-level await), JSON as text,
 * a syntax error as the error object. The internal module errors builds the failures.
 *
 * Uses: cfg, internals, errors, jsonParse, promiseThen, NativePromise, hidden, hostResolve, hostCompile.
 * Defines: Module, requireCore, loadInternal, requireFrom, loadModule, makeRequire, loadWaiting.
 */
export const guestModules = String.raw`
var moduleCache = new Map();
var coreCache = new Map();
// While someone waits for what a load starts (init, import()): the top-level awaits still pending.
var moduleWaits = null;

function Module(id, filename, parent) {
  this.id = id;
  this.filename = filename;
  this.path = filename.slice(0, Math.max(filename.lastIndexOf('/'), 1));
  this.exports = {};
  this.loaded = false;
  this.children = [];
  this.paths = [];
  hidden(this, 'parent', parent);
  if (parent) parent.children[parent.children.length] = this;
}

// Runs load(arg) and returns what it returned with the top-level awaits it left pending.
function loadWaiting(load, arg) {
  var outer = moduleWaits;
  moduleWaits = [];
  try {
    var exports = load(arg);
    return { exports: exports, waits: moduleWaits };
  } finally {
    moduleWaits = outer;
  }
}

// import(): compiled on first use (the internal module import).
function dynamicImport(require, interop, spec) { return loadInternal('import')(require, interop, spec); }

function waitFor(module) {
  if (moduleWaits !== null && !module.loaded && module.ready !== undefined) moduleWaits[moduleWaits.length] = module.ready;
}

// Failures are rare: their errors are built by the internal module errors.
function checkId(spec) {
  if (typeof spec !== 'string' || spec === '') throw errors().badModuleId(spec);
}

function requireFrom(parent, spec) {
  checkId(spec);
  var resolved = hostResolve(parent ? parent.path : cfg.taskRoot, spec);
  var tag = resolved.charAt(0);
  var rest = resolved.slice(1);
  if (tag === 'C') return requireCore(rest);
  if (tag === 'F') return loadModule(rest, parent);
  throw errors().moduleError(tag, spec, rest, parent);
}

function importMeta(module) {
  return {
    url: 'file://' + module.filename,
    filename: module.filename,
    dirname: module.path,
    resolve: function resolve(spec) { return 'file://' + resolvePath(module, spec); },
  };
}

function resolvePath(module, spec) {
  checkId(spec);
  var resolved = hostResolve(module.path, spec);
  var tag = resolved.charAt(0);
  if (tag === 'F' || tag === 'C') return resolved.slice(1);
  throw errors().moduleError(tag, spec, resolved.slice(1), module);
}

function makeRequire(module) {
  var require = function require(spec) { return requireFrom(module, spec); };
  require.resolve = function resolve(spec) { return resolvePath(module, spec); };
  require.cache = {};
  return require;
}

function loadModule(path, parent) {
  var cached = moduleCache.get(path);
  if (cached) {
    waitFor(cached);
    return cached.exports;
  }
  var compiled = hostCompile(path);
  var module = new Module(path, path, parent);
  if (typeof compiled === 'string') {
    try {
      module.exports = jsonParse(compiled);
    } catch (error) {
      error.message = path + ': ' + error.message;
      throw error;
    }
    module.loaded = true;
    moduleCache.set(path, module);
    return module.exports;
  }
  if (typeof compiled !== 'function') throw compiled;
  // ES module wrappers take import.meta as a seventh parameter.
  module.esm = compiled.length === 7;
  moduleCache.set(path, module);
  try {
    var require = makeRequire(module);
    var result = module.esm
      ? compiled.call(undefined, module.exports, require, module, path, module.path, dynamicImport, importMeta(module))
      : compiled.call(module.exports, module.exports, require, module, path, module.path, dynamicImport);
    if (module.esm && result !== undefined) {
      hidden(module, 'ready', promiseThen.call(result, function () { module.loaded = true; }));
      waitFor(module);
    } else {
      module.loaded = true;
    }
  } catch (error) {
    moduleCache.delete(path);
    throw error;
  }
  return module.exports;
}

function coreRequire(spec) { return requireCore(spec.replace(/^node:/, '')); }

// Core modules ('node:fs') and the prelude's own lazily compiled parts ('internal:console').
function loadBuiltin(id) {
  var cached = coreCache.get(id);
  if (cached) return cached.exports;
  var factory = hostCompile(id);
  if (typeof factory !== 'function') throw factory;
  var module = new Module(id, id, undefined);
  coreCache.set(id, module);
  factory.call(module.exports, module.exports, coreRequire, module, internals);
  module.loaded = true;
  return module.exports;
}

function requireCore(name) { return loadBuiltin('node:' + name); }
function loadInternal(name) { return loadBuiltin('internal:' + name); }

internals.loadInternal = loadInternal;
internals.loadWaiting = loadWaiting;
internals.createRequire = function (filename) { return makeRequire(new Module(String(filename), String(filename), undefined)); };
internals.queueJob = function (fn, args) { timers().queueJob(fn, args); };
`
