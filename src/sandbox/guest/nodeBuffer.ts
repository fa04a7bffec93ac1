/**
 * Guest source of the core module `buffer`: a `Buffer` that extends Uint8Array with the everyday
 * API (from/alloc/concat/byteLength/isBuffer, toString and write in utf8, base64, base64url, hex,
 * latin1/binary, ascii and utf16le, slice as a view, equals/compare/indexOf, integer reads and
 * writes, toJSON), plus TextEncoder, TextDecoder, atob and btoa.
 */
export const nodeBufferSource = String.raw`
var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
var B64_LOOKUP = new Int16Array(128).fill(-1);
for (var i = 0; i < 64; i++) B64_LOOKUP[B64.charCodeAt(i)] = i;
B64_LOOKUP[45] = 62;
B64_LOOKUP[95] = 63;

function utf8Encode(text) {
  var out = [];
  for (var i = 0; i < text.length; i++) {
    var code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      var next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00); i++; }
      else code = 0xfffd;
    } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out[out.length] = code;
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return out;
}

function utf8Decode(bytes, start, end) {
  var out = '';
  var i = start;
  while (i < end) {
    var b = bytes[i];
    var code = 0xfffd, size = 1;
    if (b < 0x80) { code = b; }
    else if (b >= 0xc2 && b < 0xe0 && i + 1 < end && (bytes[i + 1] & 0xc0) === 0x80) { code = ((b & 31) << 6) | (bytes[i + 1] & 63); size = 2; }
    else if (b >= 0xe0 && b < 0xf0 && i + 2 < end && (bytes[i + 1] & 0xc0) === 0x80 && (bytes[i + 2] & 0xc0) === 0x80) {
      var c3 = ((b & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63);
      if (c3 >= 0x800 && (c3 < 0xd800 || c3 > 0xdfff)) { code = c3; size = 3; }
    } else if (b >= 0xf0 && b < 0xf5 && i + 3 < end && (bytes[i + 1] & 0xc0) === 0x80 && (bytes[i + 2] & 0xc0) === 0x80 && (bytes[i + 3] & 0xc0) === 0x80) {
      var c4 = ((b & 7) << 18) | ((bytes[i + 1] & 63) << 12) | ((bytes[i + 2] & 63) << 6) | (bytes[i + 3] & 63);
      if (c4 >= 0x10000 && c4 <= 0x10ffff) { code = c4; size = 4; }
    }
    out += String.fromCodePoint(code);
    i += size;
  }
  return out;
}

function base64Encode(bytes, start, end, url) {
  var out = '';
  var alphabet = url ? B64.slice(0, 62) + '-_' : B64;
  for (var i = start; i < end; i += 3) {
    var n = (bytes[i] << 16) | ((i + 1 < end ? bytes[i + 1] : 0) << 8) | (i + 2 < end ? bytes[i + 2] : 0);
    out += alphabet.charAt(n >> 18) + alphabet.charAt((n >> 12) & 63);
    out += i + 1 < end ? alphabet.charAt((n >> 6) & 63) : (url ? '' : '=');
    out += i + 2 < end ? alphabet.charAt(n & 63) : (url ? '' : '=');
  }
  return out;
}

function base64Decode(text) {
  var out = [];
  var bits = 0, value = 0;
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c === 61) break;
    var v = c < 128 ? B64_LOOKUP[c] : -1;
    if (v < 0) continue;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; out[out.length] = (value >> bits) & 255; }
  }
  return out;
}

function normalEncoding(encoding) {
  var e = encoding === undefined || encoding === null ? 'utf8' : String(encoding).toLowerCase();
  if (e === 'utf-8') return 'utf8';
  if (e === 'binary') return 'latin1';
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
  if (['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'].indexOf(e) < 0) {
    var error = new TypeError('Unknown encoding: ' + encoding);
    error.code = 'ERR_UNKNOWN_ENCODING';
    throw error;
  }
  return e;
}

function encode(text, encoding) {
  switch (normalEncoding(encoding)) {
    case 'utf8': return utf8Encode(text);
    case 'base64': case 'base64url': return base64Decode(text);
    case 'hex': {
      var out = [];
      for (var i = 0; i + 1 < text.length; i += 2) {
        var byte = parseInt(text.substr(i, 2), 16);
        if (byte !== byte) break;
        out[out.length] = byte;
      }
      return out;
    }
    case 'utf16le': {
      var wide = [];
      for (var w = 0; w < text.length; w++) { var c = text.charCodeAt(w); wide.push(c & 255, c >> 8); }
      return wide;
    }
    default: {
      var narrow = [];
      for (var n = 0; n < text.length; n++) narrow[n] = text.charCodeAt(n) & 255;
      return narrow;
    }
  }
}

function decode(bytes, encoding, start, end) {
  switch (normalEncoding(encoding)) {
    case 'utf8': return utf8Decode(bytes, start, end);
    case 'base64': return base64Encode(bytes, start, end, false);
    case 'base64url': return base64Encode(bytes, start, end, true);
    case 'hex': {
      var hex = '';
      for (var i = start; i < end; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
      return hex;
    }
    case 'utf16le': {
      var wide = '';
      for (var w = start; w + 1 < end; w += 2) wide += String.fromCharCode(bytes[w] | (bytes[w + 1] << 8));
      return wide;
    }
    case 'ascii': {
      var ascii = '';
      for (var a = start; a < end; a++) ascii += String.fromCharCode(bytes[a] & 127);
      return ascii;
    }
    default: {
      var latin = '';
      for (var l = start; l < end; l++) latin += String.fromCharCode(bytes[l]);
      return latin;
    }
  }
}

class Buffer extends Uint8Array {
  static from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return new Buffer(encode(value, encodingOrOffset));
    if (value instanceof ArrayBuffer) return new Buffer(value, encodingOrOffset || 0, length === undefined ? value.byteLength - (encodingOrOffset || 0) : length);
    if (ArrayBuffer.isView(value)) return new Buffer(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    if (value && value.type === 'Buffer' && Array.isArray(value.data)) return new Buffer(value.data);
    if (value && (Array.isArray(value) || typeof value.length === 'number')) return new Buffer(Array.from(value));
    var error = new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.');
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  static alloc(size, fill, encoding) {
    var buffer = new Buffer(size);
    if (fill !== undefined && fill !== 0) buffer.fill(fill, 0, size, encoding);
    return buffer;
  }
  static allocUnsafe(size) { return new Buffer(size); }
  static allocUnsafeSlow(size) { return new Buffer(size); }
  static isBuffer(value) { return value instanceof Buffer; }
  static isEncoding(encoding) { try { normalEncoding(encoding); return typeof encoding === 'string'; } catch (error) { return false; } }
  static byteLength(value, encoding) {
    if (typeof value === 'string') return encode(value, encoding).length;
    return value.byteLength;
  }
  static concat(list, totalLength) {
    var total = totalLength;
    if (total === undefined) { total = 0; for (var i = 0; i < list.length; i++) total += list[i].length; }
    var out = Buffer.alloc(total);
    var at = 0;
    for (var j = 0; j < list.length && at < total; j++) {
      var part = list[j].subarray(0, Math.min(list[j].length, total - at));
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
  static compare(a, b) { return a.compare(b); }
  toString(encoding, start, end) {
    var s = start === undefined ? 0 : Math.max(0, start | 0);
    var e = end === undefined ? this.length : Math.min(this.length, end | 0);
    return s >= e ? '' : decode(this, encoding, s, e);
  }
  toJSON() { return { type: 'Buffer', data: Array.from(this) }; }
  equals(other) { return this.compare(other) === 0; }
  compare(other) {
    var n = Math.min(this.length, other.length);
    for (var i = 0; i < n; i++) if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
    return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
  }
  slice(start, end) { return this.subarray(start, end); }
  write(text, offset, length, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
    else if (typeof length === 'string') { encoding = length; length = undefined; }
    var at = offset === undefined ? 0 : offset;
    var bytes = encode(text, encoding);
    var count = Math.min(bytes.length, this.length - at, length === undefined ? Infinity : length);
    for (var i = 0; i < count; i++) this[at + i] = bytes[i];
    return count;
  }
  fill(value, start, end, encoding) {
    if (typeof start === 'string') { encoding = start; start = 0; end = this.length; }
    var s = start === undefined ? 0 : start;
    var e = end === undefined ? this.length : end;
    if (typeof value === 'string') {
      var bytes = encode(value, encoding);
      if (bytes.length === 0) return this;
      for (var i = s; i < e; i++) this[i] = bytes[(i - s) % bytes.length];
      return this;
    }
    return Uint8Array.prototype.fill.call(this, value, s, e);
  }
  copy(target, targetStart, sourceStart, sourceEnd) {
    var part = this.subarray(sourceStart || 0, sourceEnd === undefined ? this.length : sourceEnd);
    var at = targetStart || 0;
    var count = Math.min(part.length, target.length - at);
    target.set(part.subarray(0, count), at);
    return count;
  }
  indexOf(value, from, encoding) {
    var needle = typeof value === 'number' ? [value & 255] : typeof value === 'string' ? encode(value, encoding) : value;
    var start = from === undefined ? 0 : from < 0 ? Math.max(0, this.length + from) : from;
    outer: for (var i = start; i + needle.length <= this.length; i++) {
      for (var j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
      return i;
    }
    return -1;
  }
  includes(value, from, encoding) { return this.indexOf(value, from, encoding) >= 0; }
  readUInt8(offset) { return this[offset || 0]; }
  readInt8(offset) { var v = this[offset || 0]; return v > 127 ? v - 256 : v; }
  readUInt16LE(offset) { var o = offset || 0; return this[o] | (this[o + 1] << 8); }
  readUInt16BE(offset) { var o = offset || 0; return (this[o] << 8) | this[o + 1]; }
  readUInt32LE(offset) { var o = offset || 0; return (this[o] | (this[o + 1] << 8) | (this[o + 2] << 16)) + this[o + 3] * 0x1000000; }
  readUInt32BE(offset) { var o = offset || 0; return this[o] * 0x1000000 + ((this[o + 1] << 16) | (this[o + 2] << 8) | this[o + 3]); }
  readInt32LE(offset) { var o = offset || 0; return this[o] | (this[o + 1] << 8) | (this[o + 2] << 16) | (this[o + 3] << 24); }
  readInt32BE(offset) { var o = offset || 0; return (this[o] << 24) | (this[o + 1] << 16) | (this[o + 2] << 8) | this[o + 3]; }
  writeUInt8(value, offset) { var o = offset || 0; this[o] = value; return o + 1; }
  writeUInt16LE(value, offset) { var o = offset || 0; this[o] = value; this[o + 1] = value >>> 8; return o + 2; }
  writeUInt16BE(value, offset) { var o = offset || 0; this[o] = value >>> 8; this[o + 1] = value; return o + 2; }
  writeUInt32LE(value, offset) { var o = offset || 0; this[o] = value; this[o + 1] = value >>> 8; this[o + 2] = value >>> 16; this[o + 3] = value >>> 24; return o + 4; }
  writeUInt32BE(value, offset) { var o = offset || 0; this[o] = value >>> 24; this[o + 1] = value >>> 16; this[o + 2] = value >>> 8; this[o + 3] = value; return o + 4; }
}
Buffer.prototype.readUint8 = Buffer.prototype.readUInt8;
Buffer.prototype.writeUint8 = Buffer.prototype.writeUInt8;
Buffer.poolSize = 8192;

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(text) { return new Uint8Array(utf8Encode(text === undefined ? '' : String(text))); }
}

class TextDecoder {
  constructor(label) {
    var name = label === undefined ? 'utf-8' : String(label).toLowerCase();
    if (name !== 'utf-8' && name !== 'utf8') throw new RangeError('The "' + label + '" encoding is not supported');
  }
  get encoding() { return 'utf-8'; }
  decode(input) {
    if (input === undefined) return '';
    var bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    var start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return utf8Decode(bytes, start, bytes.length);
  }
}

function invalidCharacter() {
  var error = new Error('Invalid character');
  error.name = 'InvalidCharacterError';
  return error;
}

exports.Buffer = Buffer;
exports.TextEncoder = TextEncoder;
exports.TextDecoder = TextDecoder;
exports.constants = { MAX_LENGTH: 4294967296, MAX_STRING_LENGTH: 536870888 };
exports.kMaxLength = 4294967296;
exports.atob = function atob(data) {
  var text = String(data).replace(/[\t\n\f\r ]/g, '');
  if (text.length % 4 === 1 || /[^A-Za-z0-9+/=]/.test(text)) throw invalidCharacter();
  var bytes = base64Decode(text);
  var out = '';
  for (var i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
};
exports.btoa = function btoa(data) {
  var text = String(data);
  var bytes = [];
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c > 255) throw invalidCharacter();
    bytes[i] = c;
  }
  return base64Encode(bytes, 0, bytes.length, false);
};
`
