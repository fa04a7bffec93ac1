/**
 * Guest source of the core modules `fs` and `fs/promises`: an in-memory /tmp that lives as long as
 * the execution environment (so files persist across warm invocations and never leak between
 * environments), read-only access to the function's files (/var/task) and layers (/opt), and
 * Node.js's errors (ENOENT, EEXIST, EISDIR, ENOTDIR, ENOTEMPTY, EROFS). Sync, callback and promise
 * forms of the everyday calls.
 */
export const nodeFsSource = String.raw`
var Buffer = require('buffer').Buffer;
var files = internals.tmpFiles || (internals.tmpFiles = new Map());
var dirs = internals.tmpDirs || (internals.tmpDirs = new Set(['/tmp']));
var ERRORS = {
  ENOENT: [-2, 'no such file or directory'],
  EEXIST: [-17, 'file already exists'],
  EISDIR: [-21, 'illegal operation on a directory'],
  ENOTDIR: [-20, 'not a directory'],
  ENOTEMPTY: [-39, 'directory not empty'],
  EROFS: [-30, 'read-only file system'],
};

function fsError(code, syscall, path) {
  var error = new Error(code + ': ' + ERRORS[code][1] + ', ' + syscall + " '" + path + "'");
  error.errno = ERRORS[code][0];
  error.code = code;
  error.syscall = syscall;
  error.path = path;
  return error;
}

function absolute(path) {
  var text = String(path && typeof path === 'object' && typeof path.pathname === 'string' ? path.pathname : path);
  if (text.indexOf('file://') === 0) text = text.slice(7);
  var parts = (text.charAt(0) === '/' ? text : internals.cfg.taskRoot + '/' + text).split('/');
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    if (parts[i] === '' || parts[i] === '.') continue;
    if (parts[i] === '..') out.pop(); else out[out.length] = parts[i];
  }
  return '/' + out.join('/');
}

function inTmp(path) { return path === '/tmp' || path.indexOf('/tmp/') === 0; }
function parentOf(path) { return path.slice(0, Math.max(path.lastIndexOf('/'), 1)); }
function encodingOf(options) { return typeof options === 'string' ? options : options && options.encoding ? options.encoding : undefined; }
function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return Buffer.from(String(data), encoding);
}
function output(bytes, options) {
  var encoding = encodingOf(options);
  var copy = Buffer.from(bytes);
  return encoding === undefined || encoding === 'buffer' ? copy : copy.toString(encoding);
}

function readBytes(path, syscall) {
  if (inTmp(path)) {
    if (dirs.has(path)) throw fsError('EISDIR', syscall, path);
    var entry = files.get(path);
    if (entry === undefined) throw fsError('ENOENT', syscall, path);
    return entry.data;
  }
  var text = internals.readTaskFile(path);
  if (text === undefined) throw fsError('ENOENT', syscall, path);
  return Buffer.from(text);
}

function writable(path, syscall) {
  if (!inTmp(path)) throw fsError('EROFS', syscall, path);
  if (dirs.has(path)) throw fsError('EISDIR', syscall, path);
  if (!dirs.has(parentOf(path))) throw fsError(files.has(parentOf(path)) ? 'ENOTDIR' : 'ENOENT', syscall, path);
}

function Stats(kind, size, mtimeMs) {
  this.dev = 2049; this.mode = kind === 'dir' ? 16877 : 33188; this.nlink = 1; this.uid = 993; this.gid = 990;
  this.size = size; this.blksize = 4096; this.blocks = Math.ceil(size / 512);
  this.atimeMs = mtimeMs; this.mtimeMs = mtimeMs; this.ctimeMs = mtimeMs; this.birthtimeMs = mtimeMs;
  this.atime = new Date(mtimeMs); this.mtime = new Date(mtimeMs); this.ctime = new Date(mtimeMs); this.birthtime = new Date(mtimeMs);
  Object.defineProperty(this, '_kind', { value: kind });
}
Stats.prototype.isFile = function isFile() { return this._kind === 'file'; };
Stats.prototype.isDirectory = function isDirectory() { return this._kind === 'dir'; };
Stats.prototype.isSymbolicLink = function isSymbolicLink() { return false; };

function Dirent(name, kind) { this.name = name; Object.defineProperty(this, '_kind', { value: kind }); }
Dirent.prototype.isFile = function isFile() { return this._kind === 'file'; };
Dirent.prototype.isDirectory = function isDirectory() { return this._kind === 'dir'; };

var sync = {
  existsSync: function existsSync(path) {
    var p = absolute(path);
    if (inTmp(p)) return dirs.has(p) || files.has(p);
    return p === '/tmp' || internals.readTaskFile(p) !== undefined;
  },
  readFileSync: function readFileSync(path, options) { return output(readBytes(absolute(path), 'open'), options); },
  writeFileSync: function writeFileSync(path, data, options) {
    var p = absolute(path);
    writable(p, 'open');
    var flag = options && typeof options === 'object' && options.flag;
    var bytes = toBytes(data, encodingOf(options));
    if (flag === 'a' && files.has(p)) bytes = Buffer.concat([files.get(p).data, bytes]);
    if (flag === 'wx' && files.has(p)) throw fsError('EEXIST', 'open', p);
    files.set(p, { data: bytes, mtimeMs: internals.clock() });
  },
  appendFileSync: function appendFileSync(path, data, options) {
    var p = absolute(path);
    writable(p, 'open');
    var previous = files.get(p);
    var bytes = toBytes(data, encodingOf(options));
    files.set(p, { data: previous ? Buffer.concat([previous.data, bytes]) : bytes, mtimeMs: internals.clock() });
  },
  statSync: function statSync(path, options) {
    var p = absolute(path);
    if (dirs.has(p)) return new Stats('dir', 4096, internals.cfg.createdAtMs);
    if (inTmp(p)) {
      var entry = files.get(p);
      if (entry === undefined) { if (options && options.throwIfNoEntry === false) return undefined; throw fsError('ENOENT', 'stat', p); }
      return new Stats('file', entry.data.length, entry.mtimeMs);
    }
    var text = internals.readTaskFile(p);
    if (text === undefined) { if (options && options.throwIfNoEntry === false) return undefined; throw fsError('ENOENT', 'stat', p); }
    return new Stats('file', Buffer.byteLength(text), internals.cfg.createdAtMs);
  },
  mkdirSync: function mkdirSync(path, options) {
    var p = absolute(path);
    if (!inTmp(p)) throw fsError('EROFS', 'mkdir', p);
    var recursive = options && typeof options === 'object' && options.recursive;
    if (dirs.has(p)) { if (recursive) return undefined; throw fsError('EEXIST', 'mkdir', p); }
    if (files.has(p)) throw fsError('EEXIST', 'mkdir', p);
    var parent = parentOf(p);
    if (!dirs.has(parent)) {
      if (!recursive) throw fsError('ENOENT', 'mkdir', p);
      sync.mkdirSync(parent, { recursive: true });
    }
    dirs.add(p);
    return recursive ? p : undefined;
  },
  readdirSync: function readdirSync(path, options) {
    var p = absolute(path);
    if (!dirs.has(p)) throw fsError(files.has(p) ? 'ENOTDIR' : 'ENOENT', 'scandir', p);
    var names = [];
    var kinds = new Map();
    function collect(entryPath, kind) {
      if (parentOf(entryPath) === p && entryPath !== p) { var name = entryPath.slice(p.length + 1); names[names.length] = name; kinds.set(name, kind); }
    }
    dirs.forEach(function (dir) { collect(dir, 'dir'); });
    files.forEach(function (entry, file) { collect(file, 'file'); });
    names.sort();
    if (options && typeof options === 'object' && options.withFileTypes) return names.map(function (name) { return new Dirent(name, kinds.get(name)); });
    return names;
  },
  unlinkSync: function unlinkSync(path) {
    var p = absolute(path);
    if (!inTmp(p)) throw fsError('EROFS', 'unlink', p);
    if (dirs.has(p)) throw fsError('EISDIR', 'unlink', p);
    if (!files.delete(p)) throw fsError('ENOENT', 'unlink', p);
  },
  rmdirSync: function rmdirSync(path) {
    var p = absolute(path);
    if (!inTmp(p) || p === '/tmp') throw fsError('EROFS', 'rmdir', p);
    if (!dirs.has(p)) throw fsError(files.has(p) ? 'ENOTDIR' : 'ENOENT', 'rmdir', p);
    if (sync.readdirSync(p).length > 0) throw fsError('ENOTEMPTY', 'rmdir', p);
    dirs.delete(p);
  },
  rmSync: function rmSync(path, options) {
    var p = absolute(path);
    var recursive = options && options.recursive;
    var force = options && options.force;
    if (!inTmp(p)) throw fsError('EROFS', 'rm', p);
    if (files.delete(p)) return;
    if (!dirs.has(p)) { if (force) return; throw fsError('ENOENT', 'rm', p); }
    if (!recursive) throw fsError('EISDIR', 'rm', p);
    files.forEach(function (entry, file) { if (file.indexOf(p + '/') === 0) files.delete(file); });
    dirs.forEach(function (dir) { if (dir.indexOf(p + '/') === 0) dirs.delete(dir); });
    if (p !== '/tmp') dirs.delete(p);
  },
  renameSync: function renameSync(from, to) {
    var source = absolute(from), target = absolute(to);
    var entry = files.get(source);
    if (!inTmp(source)) throw fsError('EROFS', 'rename', source);
    if (entry === undefined) throw fsError('ENOENT', 'rename', source);
    writable(target, 'rename');
    files.delete(source);
    files.set(target, entry);
  },
  copyFileSync: function copyFileSync(from, to) {
    var bytes = readBytes(absolute(from), 'copyfile');
    var target = absolute(to);
    writable(target, 'copyfile');
    files.set(target, { data: Buffer.from(bytes), mtimeMs: internals.clock() });
  },
  accessSync: function accessSync(path) { if (!sync.existsSync(path)) throw fsError('ENOENT', 'access', absolute(path)); },
  realpathSync: function realpathSync(path) { var p = absolute(path); if (!sync.existsSync(p)) throw fsError('ENOENT', 'realpath', p); return p; },
  mkdtempSync: function mkdtempSync(prefixPath) {
    var chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    var suffix = '';
    for (var i = 0; i < 6; i++) suffix += chars.charAt(Math.floor(internals.nextRandom() * chars.length));
    var p = absolute(prefixPath + suffix);
    sync.mkdirSync(p);
    return p;
  },
};
sync.lstatSync = sync.statSync;

function later(fn) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    var callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    if (callback === undefined) {
      var error = new TypeError('The "cb" argument must be of type function. Received undefined');
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
    var result, failure = null;
    try { result = fn.apply(undefined, args); } catch (caught) { failure = caught; }
    setImmediate(function () { if (failure !== null) callback(failure); else callback(null, result); });
  };
}
function promised(fn) {
  return function () {
    var args = arguments;
    return new Promise(function (resolve, reject) {
      var result;
      try { result = fn.apply(undefined, args); } catch (error) { reject(error); return; }
      setImmediate(function () { resolve(result); });
    });
  };
}

var promises = {};
var names = Object.keys(sync);
for (var n = 0; n < names.length; n++) {
  var base = names[n].slice(0, -4);
  exports[names[n]] = sync[names[n]];
  if (base !== 'exists') { exports[base] = later(sync[names[n]]); promises[base] = promised(sync[names[n]]); }
}
exports.exists = function exists(path, callback) { var found = sync.existsSync(path); setImmediate(function () { callback(found); }); };
promises.access = promised(sync.accessSync);
exports.promises = promises;
exports.constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };
exports.Stats = Stats;
exports.Dirent = Dirent;
`
