/**
 * Guest source of the internal module behind the globals `Date` and `performance`, compiled on
 * first use: they follow the engine's virtual clock (read once per run of code, since virtual time
 * stands still while code runs), and dates are in UTC as on Lambda (TZ=:UTC) whatever the
 * browser's time zone, so a scenario replays the same everywhere.
 */
export const internalDateSource = String.raw`
var cfg = internals.cfg;
var clockOf = internals.clock;
function hidden(target, name, value) {
  Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
}
var RealDate = internals.RealDate;
var realParse = RealDate.parse;
var realUTC = RealDate.UTC;
var DateProto = RealDate.prototype;
var realOffset = DateProto.getTimezoneOffset;
var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// A date-time without a zone is local time by the spec: on Lambda that is UTC.
function parseAsUtc(text) {
  var time = realParse(text);
  if (time !== time) return time;
  var trimmed = String(text).trim();
  var hasZone = /(Z|[+-]\d\d:?\d\d|\bGMT\b.*|\bUTC\b.*|\bUT\b.*)$/i.test(trimmed);
  var dateOnly = /^[+-]?\d{4,6}(-\d\d(-\d\d)?)?$/.test(trimmed);
  if (hasZone || dateOnly) return time;
  return time - realOffset.call(new RealDate(time)) * 60000;
}

function VirtualDate(a, b, c, d, e, f, g) {
  var count = arguments.length;
  if (new.target === undefined) return new RealDate(clockOf()).toString();
  var time;
  if (count === 0) time = clockOf();
  else if (count === 1) time = typeof a === 'string' ? parseAsUtc(a) : new RealDate(a).getTime();
  else time = Reflect.apply(realUTC, undefined, arguments);
  return Reflect.construct(RealDate, [time], new.target);
}
Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
Object.defineProperty(VirtualDate, 'length', { value: 7 });
Object.defineProperty(VirtualDate, 'prototype', { value: DateProto, writable: false, enumerable: false, configurable: false });
hidden(DateProto, 'constructor', VirtualDate);
hidden(VirtualDate, 'now', function now() { return clockOf(); });
hidden(VirtualDate, 'parse', function parse(text) { return parseAsUtc(String(text)); });
hidden(VirtualDate, 'UTC', realUTC);

var PARTS = ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'];
for (var p = 0; p < PARTS.length; p++) {
  hidden(DateProto, 'get' + PARTS[p], DateProto['getUTC' + PARTS[p]]);
  if (PARTS[p] !== 'Day') hidden(DateProto, 'set' + PARTS[p], DateProto['setUTC' + PARTS[p]]);
}
hidden(DateProto, 'getYear', function getYear() { return this.getUTCFullYear() - 1900; });
hidden(DateProto, 'getTimezoneOffset', function getTimezoneOffset() { var t = this.getTime(); return t === t ? 0 : NaN; });

function pad(value, width) { var text = String(value); while (text.length < width) text = '0' + text; return text; }
function validTime(date) { var t = date.getTime(); return t === t; }
function dateString(date) {
  return DAYS[date.getUTCDay()] + ' ' + MONTHS[date.getUTCMonth()] + ' ' + pad(date.getUTCDate(), 2) + ' ' + pad(date.getUTCFullYear(), 4);
}
function timeString(date) {
  return pad(date.getUTCHours(), 2) + ':' + pad(date.getUTCMinutes(), 2) + ':' + pad(date.getUTCSeconds(), 2) + ' GMT+0000 (Coordinated Universal Time)';
}
function localeDate(date) { return (date.getUTCMonth() + 1) + '/' + date.getUTCDate() + '/' + date.getUTCFullYear(); }
function localeTime(date) {
  var hours = date.getUTCHours();
  return ((hours + 11) % 12 + 1) + ':' + pad(date.getUTCMinutes(), 2) + ':' + pad(date.getUTCSeconds(), 2) + (hours < 12 ? ' AM' : ' PM');
}
hidden(DateProto, 'toString', function toString() { return validTime(this) ? dateString(this) + ' ' + timeString(this) : 'Invalid Date'; });
hidden(DateProto, 'toDateString', function toDateString() { return validTime(this) ? dateString(this) : 'Invalid Date'; });
hidden(DateProto, 'toTimeString', function toTimeString() { return validTime(this) ? timeString(this) : 'Invalid Date'; });
// With locales or options, the Intl stand-in formats (always en-US, UTC).
function formatted(date, locales, options, defaults) {
  return new (internals.loadInternal('intl').DateTimeFormat)(locales, options === undefined ? defaults : options).format(date);
}
var LOCALE_DATE = { year: 'numeric', month: 'numeric', day: 'numeric' };
var LOCALE_TIME = { hour: 'numeric', minute: 'numeric', second: 'numeric' };
var LOCALE_BOTH = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' };
hidden(DateProto, 'toLocaleString', function toLocaleString(locales, options) {
  if (!validTime(this)) return 'Invalid Date';
  return locales === undefined && options === undefined ? localeDate(this) + ', ' + localeTime(this) : formatted(this, locales, options, LOCALE_BOTH);
});
hidden(DateProto, 'toLocaleDateString', function toLocaleDateString(locales, options) {
  if (!validTime(this)) return 'Invalid Date';
  return locales === undefined && options === undefined ? localeDate(this) : formatted(this, locales, options, LOCALE_DATE);
});
hidden(DateProto, 'toLocaleTimeString', function toLocaleTimeString(locales, options) {
  if (!validTime(this)) return 'Invalid Date';
  return locales === undefined && options === undefined ? localeTime(this) : formatted(this, locales, options, LOCALE_TIME);
});

exports.Date = VirtualDate;
exports.performance = {
  timeOrigin: cfg.createdAtMs,
  now: function now() { return clockOf() - cfg.createdAtMs; },
  mark: function mark() {},
  measure: function measure() {},
  toJSON: function toJSON() { return { timeOrigin: cfg.createdAtMs }; },
};
`
