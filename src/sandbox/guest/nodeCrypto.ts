/**
 * Guest source of the core module `crypto`: randomness from the environment's seeded generator
 * (randomUUID, randomBytes, randomInt, getRandomValues, so runs replay exactly), MD5, SHA-1 and
 * SHA-256 hashes and HMACs, timingSafeEqual, and `webcrypto` without `subtle`.
 */
export const nodeCryptoSource = String.raw`
var Buffer = require('buffer').Buffer;

function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }
function rotl(x, n) { return (x << n) | (x >>> (32 - n)); }

function padMessage(bytes, littleEndian) {
  var length = bytes.length;
  var total = ((length + 8) >> 6) * 64 + 64;
  var out = new Uint8Array(total);
  out.set(bytes);
  out[length] = 0x80;
  var bits = length * 8;
  for (var i = 0; i < 8; i++) {
    var byte = Math.floor(bits / Math.pow(2, 8 * i)) & 255;
    out[littleEndian ? total - 8 + i : total - 1 - i] = byte;
  }
  return out;
}

function wordsToBytes(words, littleEndian) {
  var out = new Uint8Array(words.length * 4);
  for (var i = 0; i < words.length; i++) {
    for (var j = 0; j < 4; j++) out[i * 4 + j] = (words[i] >>> (littleEndian ? 8 * j : 24 - 8 * j)) & 255;
  }
  return out;
}

var K256 = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

function sha256(bytes) {
  var H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  var m = padMessage(bytes, false);
  var W = new Int32Array(64);
  for (var off = 0; off < m.length; off += 64) {
    for (var t = 0; t < 16; t++) W[t] = (m[off + 4 * t] << 24) | (m[off + 4 * t + 1] << 16) | (m[off + 4 * t + 2] << 8) | m[off + 4 * t + 3];
    for (t = 16; t < 64; t++) {
      var x = W[t - 15], y = W[t - 2];
      W[t] = (W[t - 16] + (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) + W[t - 7] + (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10))) | 0;
    }
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (t = 0; t < 64; t++) {
      var t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K256[t] + W[t]) | 0;
      var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
    H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
  }
  return wordsToBytes(H, false);
}

function sha1(bytes) {
  var H = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  var m = padMessage(bytes, false);
  var W = new Int32Array(80);
  for (var off = 0; off < m.length; off += 64) {
    for (var t = 0; t < 16; t++) W[t] = (m[off + 4 * t] << 24) | (m[off + 4 * t + 1] << 16) | (m[off + 4 * t + 2] << 8) | m[off + 4 * t + 3];
    for (t = 16; t < 80; t++) W[t] = rotl(W[t - 3] ^ W[t - 8] ^ W[t - 14] ^ W[t - 16], 1);
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4];
    for (t = 0; t < 80; t++) {
      var f, k;
      if (t < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (t < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = b ^ c ^ d; k = 0xca62c1d6; }
      var temp = (rotl(a, 5) + f + e + k + W[t]) | 0;
      e = d; d = c; c = rotl(b, 30); b = a; a = temp;
    }
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0; H[4] = (H[4] + e) | 0;
  }
  return wordsToBytes(H, false);
}

var MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
var MD5_K = [];
for (var ki = 0; ki < 64; ki++) MD5_K[ki] = Math.floor(Math.abs(Math.sin(ki + 1)) * 4294967296) | 0;

function md5(bytes) {
  var H = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  var m = padMessage(bytes, true);
  var M = new Int32Array(16);
  for (var off = 0; off < m.length; off += 64) {
    for (var t = 0; t < 16; t++) M[t] = m[off + 4 * t] | (m[off + 4 * t + 1] << 8) | (m[off + 4 * t + 2] << 16) | (m[off + 4 * t + 3] << 24);
    var a = H[0], b = H[1], c = H[2], d = H[3];
    for (var i = 0; i < 64; i++) {
      var f, g;
      if (i < 16) { f = (b & c) | (~b & d); g = i; }
      else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
      else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
      else { f = c ^ (b | ~d); g = (7 * i) % 16; }
      f = (f + a + MD5_K[i] + M[g]) | 0;
      a = d; d = c; c = b;
      b = (b + rotl(f, MD5_S[(i >> 4) * 4 + (i % 4)])) | 0;
    }
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
  }
  return wordsToBytes(H, true);
}

var HASHES = { sha256: sha256, sha1: sha1, md5: md5 };

function hashFunction(algorithm) {
  var fn = HASHES[String(algorithm).toLowerCase().replace('-', '')];
  if (fn === undefined) {
    var error = new Error('Digest method not supported');
    error.code = 'ERR_CRYPTO_INVALID_DIGEST';
    throw error;
  }
  return fn;
}

function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  var error = new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
  error.code = 'ERR_INVALID_ARG_TYPE';
  throw error;
}

function Digester(compute) {
  var parts = [];
  var size = 0;
  return {
    update: function update(data, encoding) { var bytes = toBytes(data, encoding); parts[parts.length] = bytes; size += bytes.length; return this; },
    digest: function digest(encoding) {
      var all = new Uint8Array(size);
      var at = 0;
      for (var i = 0; i < parts.length; i++) { all.set(parts[i], at); at += parts[i].length; }
      var result = Buffer.from(compute(all));
      return encoding === undefined || encoding === 'buffer' ? result : result.toString(encoding);
    },
  };
}

function hmac(hash, key, message) {
  var block = key.length > 64 ? hash(key) : key;
  var inner = new Uint8Array(64 + message.length);
  for (var i = 0; i < 64; i++) inner[i] = (i < block.length ? block[i] : 0) ^ 0x36;
  inner.set(message, 64);
  var innerHash = hash(inner);
  var outer = new Uint8Array(64 + innerHash.length);
  for (var j = 0; j < 64; j++) outer[j] = (j < block.length ? block[j] : 0) ^ 0x5c;
  outer.set(innerHash, 64);
  return hash(outer);
}

function randomFill(view) {
  var bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (var i = 0; i < bytes.length; i++) bytes[i] = Math.floor(internals.nextRandom() * 256);
  return view;
}

function randomUUID() {
  var bytes = randomFill(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  var hex = Buffer.from(bytes).toString('hex');
  return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
}

exports.createHash = function createHash(algorithm) { var fn = hashFunction(algorithm); return Digester(fn); };
exports.createHmac = function createHmac(algorithm, key) {
  var fn = hashFunction(algorithm);
  var keyBytes = toBytes(key);
  return Digester(function (message) { return hmac(fn, keyBytes, message); });
};
exports.getHashes = function getHashes() { return ['md5', 'sha1', 'sha256']; };
exports.randomUUID = randomUUID;
exports.randomBytes = function randomBytes(size, callback) {
  var bytes = randomFill(Buffer.alloc(size));
  if (typeof callback === 'function') { setImmediate(function () { callback(null, bytes); }); return undefined; }
  return bytes;
};
exports.randomInt = function randomInt(min, max) {
  if (max === undefined) { max = min; min = 0; }
  return min + Math.floor(internals.nextRandom() * (max - min));
};
exports.getRandomValues = randomFill;
exports.randomFillSync = randomFill;
exports.timingSafeEqual = function timingSafeEqual(a, b) {
  if (a.byteLength !== b.byteLength) throw new RangeError('Input buffers must have the same byte length');
  var x = toBytes(a), y = toBytes(b), diff = 0;
  for (var i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
};
exports.webcrypto = {
  getRandomValues: randomFill,
  randomUUID: randomUUID,
  get subtle() { throw new Error("crypto.subtle is not available in Lambda Playground's sandbox"); },
};
`
