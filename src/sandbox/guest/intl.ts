/**
 * Guest source of the internal module `intl`: QuickJS has no `Intl`, so this is a small stand-in
 * with what handlers use most, always in English (en-US) and UTC, whatever locale or time zone is
 * asked for: NumberFormat (decimal, percent, currency with the common symbols; fraction digits,
 * grouping), DateTimeFormat (the numeric and written-out en-US forms, dateStyle and timeStyle),
 * Collator (localeCompare, sensitivity "base"), PluralRules (English cardinal and ordinal rules),
 * and `Number.prototype.toLocaleString` through NumberFormat. Nothing else of Intl exists.
 */
export const internalIntlSource = String.raw`
var LOCALE = 'en-US';
var SYMBOLS = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', CAD: 'CA$', AUD: 'A$', KRW: '₩', BRL: 'R$', MXN: 'MX$' };
var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function digitsOption(value, fallback, name) {
  if (value === undefined) return fallback;
  var n = Math.floor(Number(value));
  if (!(n >= 0 && n <= 100)) throw new RangeError(name + ' value is out of range.');
  return n;
}

function group(integer) { return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

function NumberFormat(locales, options) {
  if (!(this instanceof NumberFormat)) return new NumberFormat(locales, options);
  var o = options || {};
  var style = o.style || 'decimal';
  var currency = o.currency === undefined ? undefined : String(o.currency).toUpperCase();
  if (style === 'currency' && currency === undefined) throw new TypeError('Currency code is required with currency style.');
  var currencyDigits = currency === 'JPY' || currency === 'KRW' ? 0 : 2;
  var min = digitsOption(o.minimumFractionDigits, style === 'currency' ? currencyDigits : 0, 'minimumFractionDigits');
  var max = digitsOption(o.maximumFractionDigits, Math.max(min, style === 'currency' ? currencyDigits : style === 'percent' ? 0 : 3), 'maximumFractionDigits');
  if (max < min) max = min;
  var settings = { locale: LOCALE, numberingSystem: 'latn', style: style, currency: currency, minimumIntegerDigits: digitsOption(o.minimumIntegerDigits, 1, 'minimumIntegerDigits'),
    minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: o.useGrouping === false ? false : 'auto' };
  this.resolvedOptions = function resolvedOptions() { var copy = {}; for (var key in settings) if (settings[key] !== undefined) copy[key] = settings[key]; return copy; };
  this.format = function format(value) { return formatNumber(settings, Number(value)); };
}

function formatNumber(s, value) {
  if (value !== value) return 'NaN';
  var negative = value < 0 || (value === 0 && 1 / value < 0);
  var magnitude = Math.abs(s.style === 'percent' ? value * 100 : value);
  var text = magnitude === Infinity ? '∞' : magnitude.toFixed(s.maximumFractionDigits);
  if (magnitude !== Infinity) {
    var parts = text.split('.');
    var fraction = (parts[1] || '').replace(/0+$/, '');
    while (fraction.length < s.minimumFractionDigits) fraction += '0';
    var integer = parts[0];
    while (integer.length < s.minimumIntegerDigits) integer = '0' + integer;
    text = (s.useGrouping === false ? integer : group(integer)) + (fraction === '' ? '' : '.' + fraction);
  }
  if (s.style === 'percent') text += '%';
  if (s.style === 'currency') text = (SYMBOLS[s.currency] !== undefined ? SYMBOLS[s.currency] : s.currency + '\u00a0') + text;
  return (negative && text.replace(/[^1-9∞]/g, '') !== '' ? '-' : '') + text;
}

function pad(n) { return (n < 10 ? '0' : '') + n; }

function DateTimeFormat(locales, options) {
  if (!(this instanceof DateTimeFormat)) return new DateTimeFormat(locales, options);
  var o = options || {};
  var fields = ['weekday', 'year', 'month', 'day', 'hour', 'minute', 'second'].filter(function (key) { return o[key] !== undefined; });
  var settings = { locale: LOCALE, calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC', dateStyle: o.dateStyle, timeStyle: o.timeStyle, hour12: o.hour12 !== false };
  if (fields.length === 0 && o.dateStyle === undefined && o.timeStyle === undefined) { settings.year = 'numeric'; settings.month = 'numeric'; settings.day = 'numeric'; }
  fields.forEach(function (key) { settings[key] = o[key]; });
  this.resolvedOptions = function resolvedOptions() { var copy = {}; for (var key in settings) if (settings[key] !== undefined) copy[key] = settings[key]; return copy; };
  this.format = function format(date) { return formatDate(settings, date === undefined ? Date.now() : +date); };
}

function formatDate(s, time) {
  if (time !== time) throw new RangeError('Invalid time value');
  var d = new Date(time);
  var parts = [];
  var dateStyle = s.dateStyle, timeStyle = s.timeStyle;
  var month = d.getUTCMonth(), day = d.getUTCDate(), year = d.getUTCFullYear(), weekday = DAYS[d.getUTCDay()];
  if (dateStyle === 'full') parts.push(weekday + ', ' + MONTHS[month] + ' ' + day + ', ' + year);
  else if (dateStyle === 'long') parts.push(MONTHS[month] + ' ' + day + ', ' + year);
  else if (dateStyle === 'medium') parts.push(MONTHS[month].slice(0, 3) + ' ' + day + ', ' + year);
  else if (dateStyle === 'short') parts.push((month + 1) + '/' + day + '/' + pad(year % 100));
  else if (s.month === 'long' || s.month === 'short' || s.month === 'narrow') {
    var name = s.month === 'long' ? MONTHS[month] : s.month === 'short' ? MONTHS[month].slice(0, 3) : MONTHS[month].charAt(0);
    var written = name + (s.day !== undefined ? ' ' + day : '') + (s.year !== undefined ? (s.day !== undefined ? ', ' : ' ') + year : '');
    parts.push((s.weekday !== undefined ? (s.weekday === 'long' ? weekday : weekday.slice(0, 3)) + ', ' : '') + written);
  } else if (s.year !== undefined || s.month !== undefined || s.day !== undefined) {
    var numeric = [];
    if (s.month !== undefined) numeric.push(s.month === '2-digit' ? pad(month + 1) : month + 1);
    if (s.day !== undefined) numeric.push(s.day === '2-digit' ? pad(day) : day);
    if (s.year !== undefined) numeric.push(s.year === '2-digit' ? pad(year % 100) : year);
    parts.push((s.weekday !== undefined ? (s.weekday === 'long' ? weekday : weekday.slice(0, 3)) + ', ' : '') + numeric.join('/'));
  } else if (s.weekday !== undefined) parts.push(s.weekday === 'long' ? weekday : weekday.slice(0, 3));
  var showTime = timeStyle !== undefined || s.hour !== undefined || s.minute !== undefined || s.second !== undefined;
  if (showTime) {
    var hours = d.getUTCHours();
    var withSeconds = timeStyle !== undefined ? timeStyle !== 'short' : s.second !== undefined;
    var hour = s.hour12 ? hours % 12 === 0 ? 12 : hours % 12 : hours;
    var clock = (s.hour === '2-digit' || !s.hour12 ? pad(hour) : String(hour)) + (timeStyle !== undefined || s.minute !== undefined ? ':' + pad(d.getUTCMinutes()) : '') +
      (withSeconds ? ':' + pad(d.getUTCSeconds()) : '') + (s.hour12 && (timeStyle !== undefined || s.hour !== undefined) ? (hours < 12 ? ' AM' : ' PM') : '');
    if (timeStyle === 'full') clock += ' Coordinated Universal Time';
    else if (timeStyle === 'long') clock += ' UTC';
    parts.push(clock);
  }
  return parts.join(dateStyle === 'full' || dateStyle === 'long' ? ' at ' : ', ');
}

function Collator(locales, options) {
  if (!(this instanceof Collator)) return new Collator(locales, options);
  var base = options !== undefined && (options.sensitivity === 'base' || options.sensitivity === 'accent');
  this.compare = function compare(a, b) {
    var x = String(a), y = String(b);
    return base ? x.toLowerCase().localeCompare(y.toLowerCase()) : x.localeCompare(y);
  };
  this.resolvedOptions = function resolvedOptions() { return { locale: LOCALE, usage: 'sort', sensitivity: base ? 'base' : 'variant' }; };
}

function PluralRules(locales, options) {
  if (!(this instanceof PluralRules)) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  var ordinal = options !== undefined && options.type === 'ordinal';
  this.select = function select(value) {
    var n = Math.abs(Number(value));
    if (!ordinal) return n === 1 ? 'one' : 'other';
    var ten = n % 10, hundred = n % 100;
    if (ten === 1 && hundred !== 11) return 'one';
    if (ten === 2 && hundred !== 12) return 'two';
    if (ten === 3 && hundred !== 13) return 'few';
    return 'other';
  };
  this.resolvedOptions = function resolvedOptions() { return { locale: LOCALE, type: ordinal ? 'ordinal' : 'cardinal' }; };
}

[NumberFormat, DateTimeFormat, Collator, PluralRules].forEach(function (ctor) {
  ctor.supportedLocalesOf = function supportedLocalesOf() { return [LOCALE]; };
});

var intl = {
  NumberFormat: NumberFormat,
  DateTimeFormat: DateTimeFormat,
  Collator: Collator,
  PluralRules: PluralRules,
  getCanonicalLocales: function getCanonicalLocales() { return [LOCALE]; },
};
Object.defineProperty(intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
module.exports = intl;
`
