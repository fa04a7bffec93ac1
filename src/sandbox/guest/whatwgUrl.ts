/**
 * Guest source of the internal module `url`: the WHATWG `URL` and `URLSearchParams` classes that
 * Node.js has as globals and in `node:url`, written in plain JavaScript (QuickJS has neither).
 * It follows the URL Standard for what handlers do with URLs: parsing absolute and relative URLs
 * of special schemes (http, https, ws, wss, ftp, file) and opaque ones (mailto:, data:), dot
 * segments, default ports, lower-case hosts, percent-encoding, and form-encoded query strings.
 * International domain names are kept as written (no punycode), and IPv4 hosts are not
 * normalised.
 */
export const internalUrlSource = String.raw`
var SPECIAL_PORTS = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21', 'file:': '' };
var state = new WeakMap();

function invalid(input) {
  var error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  return error;
}

// Percent-encodes what the URL Standard's encode sets leave out (controls, space, quotes, angle
// brackets, backtick, non-ASCII, and the set's own extras); a % stays as written.
function encodeSet(text, extra) {
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[^]/g, function (ch) {
    if (ch.length === 2) return encodeURIComponent(ch);
    var code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '%EF%BF%BD';
    if (code <= 0x20 || code >= 0x7f || ch === '"' || ch === '<' || ch === '>' || ch === '\u0060' || extra.indexOf(ch) >= 0) {
      return code < 0x80 ? '%' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase() : encodeURIComponent(ch);
    }
    return ch;
  });
}

function normalizePath(path) {
  var out = [];
  var parts = path.split('/');
  for (var i = 1; i < parts.length; i++) {
    var part = parts[i];
    var lower = part.toLowerCase();
    if (lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e') {
      out.pop();
      if (i === parts.length - 1) out.push('');
    } else if (lower === '.' || lower === '%2e') {
      if (i === parts.length - 1) out.push('');
    } else {
      out.push(part);
    }
  }
  return '/' + out.join('/');
}

function parse(input, base) {
  var text = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  var scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  var url = { protocol: '', username: '', password: '', hostname: '', port: '', pathname: '', search: '', hash: '', opaque: false };
  var rest;
  if (scheme !== null) {
    url.protocol = scheme[1].toLowerCase() + ':';
    rest = text.slice(scheme[0].length);
    if (base !== undefined && base.protocol === url.protocol && url.protocol in SPECIAL_PORTS && !/^[\/\\]/.test(rest)) return relative(rest, base, url.protocol);
  } else {
    if (base === undefined) throw invalid(input);
    return relative(text, base, base.protocol);
  }
  var special = url.protocol in SPECIAL_PORTS;
  if (special || /^\/\//.test(rest)) {
    if (special) rest = rest.replace(/\\/g, '/');
    // file://host/path: the host is between the first two slashes and the third.
    var authority = (url.protocol === 'file:' ? /^\/\/([^\/?#]*)/ : /^\/*([^\/?#]*)/).exec(rest) || ['', ''];
    if (!/^\/\//.test(rest) && !special) throw invalid(input);
    parseAuthority(url, authority[1], input);
    rest = rest.slice(authority[0].length);
    if (special && url.hostname === '' && url.protocol !== 'file:') throw invalid(input);
    splitTail(url, rest, true);
    return url;
  }
  url.opaque = true;
  splitTail(url, rest, false);
  return url;
}

function parseAuthority(url, authority, input) {
  var at = authority.lastIndexOf('@');
  if (at >= 0) {
    var userinfo = authority.slice(0, at);
    var colon = userinfo.indexOf(':');
    url.username = encodeSet(colon < 0 ? userinfo : userinfo.slice(0, colon), '/:;=@[\\]^|');
    url.password = colon < 0 ? '' : encodeSet(userinfo.slice(colon + 1), '/:;=@[\\]^|');
    authority = authority.slice(at + 1);
  }
  var hostPort = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
  if (hostPort === null || /[ #%\/:<>?@[\\\]^|]/.test(hostPort[1].replace(/^\[.*\]$/, ''))) throw invalid(input);
  url.hostname = hostPort[1].toLowerCase();
  var port = hostPort[2] === undefined || hostPort[2] === '' ? '' : String(Number(hostPort[2]));
  if (Number(port) > 65535) throw invalid(input);
  url.port = port === SPECIAL_PORTS[url.protocol] ? '' : port;
}

function splitTail(url, rest, hierarchical) {
  var hash = rest.indexOf('#');
  if (hash >= 0) { url.hash = encodeSet(rest.slice(hash), ''); rest = rest.slice(0, hash); }
  var query = rest.indexOf('?');
  if (query >= 0) { url.search = encodeSet(rest.slice(query), url.protocol in SPECIAL_PORTS ? "'" : ''); rest = rest.slice(0, query); }
  if (url.search === '?') url.search = '';
  if (url.hash === '#') url.hash = '';
  url.pathname = hierarchical ? normalizePath(encodeSet(rest === '' ? '/' : rest.charAt(0) === '/' ? rest : '/' + rest, '?\u0060{}')) : encodeSet(rest, '');
}

function relative(text, base, protocol) {
  var url = { protocol: protocol, username: base.username, password: base.password, hostname: base.hostname, port: base.port, pathname: base.pathname, search: base.search, hash: '', opaque: base.opaque };
  if (protocol in SPECIAL_PORTS) text = text.replace(/\\/g, '/');
  if (/^\/\//.test(text)) return parse(protocol + text, undefined);
  if (base.opaque && text.charAt(0) !== '#') throw invalid(text);
  if (text === '') return url;
  if (text.charAt(0) === '#') { url.hash = encodeSet(text, ''); if (url.hash === '#') url.hash = ''; return url; }
  if (text.charAt(0) === '?') { splitTail(url, base.pathname + text, !base.opaque); return url; }
  var path = text.charAt(0) === '/' ? text : base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1) + text;
  url.search = '';
  splitTail(url, path, true);
  return url;
}

function origin(url) {
  if (url.protocol === 'file:' || !(url.protocol in SPECIAL_PORTS)) return 'null';
  return url.protocol + '//' + url.hostname + (url.port === '' ? '' : ':' + url.port);
}

function href(url) {
  var authority = url.opaque ? '' : '//' + (url.username !== '' || url.password !== '' ? url.username + (url.password !== '' ? ':' + url.password : '') + '@' : '') +
    url.hostname + (url.port === '' ? '' : ':' + url.port);
  return url.protocol + authority + url.pathname + url.search + url.hash;
}

function URL(input, base) {
  if (!(this instanceof URL)) throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  var parsedBase = base === undefined ? undefined : parse(base instanceof URL ? base.href : base, undefined);
  var url = parse(input instanceof URL ? input.href : input, parsedBase);
  var params = new URLSearchParams(url.search);
  state.set(this, url);
  state.set(params, { list: state.get(params).list, url: url });
  Object.defineProperty(this, 'searchParams', { value: params, enumerable: false });
}
URL.canParse = function canParse(input, base) { try { new URL(input, base); return true; } catch (error) { return false; } };
URL.parse = function (input, base) { try { return new URL(input, base); } catch (error) { return null; } };

function accessor(name, get, set) {
  Object.defineProperty(URL.prototype, name, { get: function () { return get(state.get(this)); }, set: set && function (value) { set(state.get(this), String(value), this); }, enumerable: true, configurable: true });
}
accessor('href', href, function (url, value, self) {
  var next = parse(value, undefined);
  Object.keys(next).forEach(function (key) { url[key] = next[key]; });
  syncParams(self);
});
accessor('origin', origin);
accessor('protocol', function (url) { return url.protocol; }, function (url, value) {
  var match = /^([A-Za-z][A-Za-z0-9+.-]*)/.exec(value);
  if (match !== null && (match[1].toLowerCase() + ':' in SPECIAL_PORTS) === (url.protocol in SPECIAL_PORTS)) url.protocol = match[1].toLowerCase() + ':';
});
accessor('username', function (url) { return url.username; }, function (url, value) { url.username = encodeSet(value, '/:;=@[\\]^|'); });
accessor('password', function (url) { return url.password; }, function (url, value) { url.password = encodeSet(value, '/:;=@[\\]^|'); });
accessor('host', function (url) { return url.hostname + (url.port === '' ? '' : ':' + url.port); }, function (url, value) { if (!url.opaque) parseAuthority(url, value, value); });
accessor('hostname', function (url) { return url.hostname; }, function (url, value) { if (!url.opaque) url.hostname = value.toLowerCase(); });
accessor('port', function (url) { return url.port; }, function (url, value) {
  var port = /^\d*/.exec(value)[0];
  url.port = port === '' || port === SPECIAL_PORTS[url.protocol] ? '' : String(Number(port));
});
accessor('pathname', function (url) { return url.pathname; }, function (url, value) { if (!url.opaque) url.pathname = normalizePath(encodeSet(value.charAt(0) === '/' ? value : '/' + value, '?\u0060{}#')); });
accessor('search', function (url) { return url.search; }, function (url, value, self) {
  url.search = value === '' || value === '?' ? '' : encodeSet(value.charAt(0) === '?' ? value : '?' + value, "'#");
  syncParams(self);
});
accessor('hash', function (url) { return url.hash; }, function (url, value) { url.hash = value === '' || value === '#' ? '' : encodeSet(value.charAt(0) === '#' ? value : '#' + value, ''); });
// util.inspect and console.log show a URL's parts and its parameters as Node.js does.
var INSPECT = Symbol.for('nodejs.util.inspect.custom');
var URL_PARTS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash'];
function UrlView() {}
Object.defineProperty(UrlView, 'name', { value: 'URL' });
Object.defineProperty(URL.prototype, INSPECT, { value: function () {
  var view = new UrlView();
  for (var i = 0; i < URL_PARTS.length; i++) view[URL_PARTS[i]] = this[URL_PARTS[i]];
  return view;
}, configurable: true });
URL.prototype.toString = function toString() { return this.href; };
URL.prototype.toJSON = function toJSON() { return this.href; };
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

function syncParams(url) {
  var params = url.searchParams;
  state.get(params).list = pairsOf(state.get(url).search);
}

function formEncode(text) {
  return encodeURIComponent(text).replace(/[!'()~]/g, function (ch) { return '%' + ch.charCodeAt(0).toString(16).toUpperCase(); }).replace(/%20/g, '+');
}
function formDecode(text) {
  try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch (error) { return text.replace(/\+/g, ' '); }
}
function pairsOf(query) {
  var list = [];
  (query.charAt(0) === '?' ? query.slice(1) : query).split('&').forEach(function (piece) {
    if (piece === '') return;
    var eq = piece.indexOf('=');
    list.push(eq < 0 ? [formDecode(piece), ''] : [formDecode(piece.slice(0, eq)), formDecode(piece.slice(eq + 1))]);
  });
  return list;
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams)) throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  var list = [];
  if (init instanceof URLSearchParams) list = state.get(init).list.map(function (pair) { return [pair[0], pair[1]]; });
  else if (init !== null && typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
    for (var pair of init) list.push([String(pair[0]), String(pair[1])]);
  } else if (init !== null && typeof init === 'object') Object.keys(init).forEach(function (key) { list.push([key, String(init[key])]); });
  else if (init !== undefined) list = pairsOf(String(init));
  state.set(this, { list: list, url: undefined });
}
function update(params) {
  var owner = state.get(params);
  if (owner.url !== undefined) {
    var text = params.toString();
    owner.url.search = text === '' ? '' : '?' + text;
  }
}
var proto = URLSearchParams.prototype;
proto.append = function append(name, value) { state.get(this).list.push([String(name), String(value)]); update(this); };
proto.delete = function (name, value) {
  var s = state.get(this);
  s.list = s.list.filter(function (pair) { return pair[0] !== String(name) || (value !== undefined && pair[1] !== String(value)); });
  update(this);
};
proto.get = function get(name) {
  var found = state.get(this).list.find(function (pair) { return pair[0] === String(name); });
  return found === undefined ? null : found[1];
};
proto.getAll = function getAll(name) { return state.get(this).list.filter(function (pair) { return pair[0] === String(name); }).map(function (pair) { return pair[1]; }); };
proto.has = function has(name, value) { return state.get(this).list.some(function (pair) { return pair[0] === String(name) && (value === undefined || pair[1] === String(value)); }); };
proto.set = function set(name, value) {
  var s = state.get(this);
  var key = String(name);
  var index = s.list.findIndex(function (pair) { return pair[0] === key; });
  if (index < 0) s.list.push([key, String(value)]);
  else s.list = s.list.filter(function (pair, i) { return i <= index || pair[0] !== key; }).map(function (pair, i) { return i === index ? [key, String(value)] : pair; });
  update(this);
};
proto.sort = function sort() { state.get(this).list.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; }); update(this); };
proto.forEach = function forEach(fn, self) { var params = this; state.get(this).list.slice().forEach(function (pair) { fn.call(self, pair[1], pair[0], params); }); };
proto.keys = function keys() { return state.get(this).list.map(function (pair) { return pair[0]; })[Symbol.iterator](); };
proto.values = function values() { return state.get(this).list.map(function (pair) { return pair[1]; })[Symbol.iterator](); };
proto.entries = function entries() { return state.get(this).list.map(function (pair) { return [pair[0], pair[1]]; })[Symbol.iterator](); };
proto[Symbol.iterator] = proto.entries;
proto.toString = function toString() { return state.get(this).list.map(function (pair) { return formEncode(pair[0]) + '=' + formEncode(pair[1]); }).join('&'); };
Object.defineProperty(proto, INSPECT, { value: function (depth, options, inspect) {
  var shown = state.get(this).list.map(function (pair) { return inspect(pair[0]) + ' => ' + inspect(pair[1]); });
  return shown.length === 0 ? 'URLSearchParams {}' : 'URLSearchParams { ' + shown.join(', ') + ' }';
}, configurable: true });
Object.defineProperty(proto, 'size', { get: function () { return state.get(this).list.length; }, configurable: true });
Object.defineProperty(proto, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
`
