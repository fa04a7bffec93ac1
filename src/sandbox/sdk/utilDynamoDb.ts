/**
 * `@aws-sdk/util-dynamodb`: `marshall` (JavaScript values to attribute values) and `unmarshall`
 * (back), following the SDK's conversions: strings S, numbers N, booleans BOOL, null NULL,
 * arrays L, objects M, Sets SS or NS, Uint8Arrays B. ES2020, CommonJS, no dependencies.
 */
export const UTIL_DYNAMODB = String.raw`
'use strict';
function convertToAttr(value, options) {
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case 'string': return { S: value };
    case 'boolean': return { BOOL: value };
    case 'bigint': return { N: value.toString() };
    case 'number':
      if (!Number.isFinite(value)) throw new Error('Special numeric value ' + value + ' is not allowed');
      if (!Number.isSafeInteger(value) && Number.isInteger(value)) throw new Error('Number ' + value + ' is greater than Number.MAX_SAFE_INTEGER. Use BigInt.');
      return { N: String(value) };
    case 'object':
      if (Array.isArray(value)) return { L: present(value, options).map((v) => convertToAttr(v, options)) };
      if (value instanceof Uint8Array) return { B: value };
      if (value instanceof Set) return convertSet(present([...value], options));
      return { M: convertMap(value, options) };
    default:
      throw new Error('Unsupported type passed: ' + String(value) + '. Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.');
  }
}
function present(values, options) {
  return options.removeUndefinedValues ? values.filter((v) => v !== undefined) : values;
}
function convertSet(values) {
  if (values.length === 0) throw new Error('Pass a non-empty set, or options.convertEmptyValues=true.');
  if (values.every((v) => typeof v === 'string')) return { SS: values };
  if (values.every((v) => typeof v === 'number' || typeof v === 'bigint')) return { NS: values.map(String) };
  if (values.every((v) => v instanceof Uint8Array)) return { BS: values };
  throw new Error('Only Sets of strings, numbers or binary values are supported.');
}
function convertMap(object, options) {
  const map = {};
  for (const [key, v] of Object.entries(object)) {
    if (v === undefined && options.removeUndefinedValues) continue;
    map[key] = convertToAttr(v, options);
  }
  return map;
}
function convertToNative(attr, options) {
  const type = Object.keys(attr)[0];
  const v = attr[type];
  switch (type) {
    case 'S': case 'B': case 'BOOL': return v;
    case 'NULL': return null;
    case 'N': return toNumber(v, options);
    case 'L': return v.map((item) => convertToNative(item, options));
    case 'M': return unmarshall(v, options);
    case 'SS': case 'BS': return new Set(v);
    case 'NS': return new Set(v.map((n) => toNumber(n, options)));
    default: throw new Error('Unsupported type passed: ' + type);
  }
}
function toNumber(text, options) {
  if (options.wrapNumbers) return { value: text };
  const n = Number(text);
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return BigInt(text);
  return n;
}
/** An object becomes a map of attribute values and an array a list of them, unless convertTopLevelContainer; any other value, one attribute value. */
function marshall(data, options) {
  const attr = convertToAttr(data, options || {});
  if (options && options.convertTopLevelContainer) return attr;
  return attr.M !== undefined ? attr.M : attr.L !== undefined ? attr.L : attr;
}
function unmarshall(data, options) {
  const object = {};
  for (const [key, attr] of Object.entries(data)) object[key] = convertToNative(attr, options || {});
  return object;
}
exports.marshall = marshall;
exports.unmarshall = unmarshall;
exports.convertToAttr = (value, options) => convertToAttr(value, options || {});
exports.convertToNative = (attr, options) => convertToNative(attr, options || {});
`
