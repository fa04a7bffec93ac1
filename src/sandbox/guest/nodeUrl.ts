/**
 * Guest source of the core module `url`: the WHATWG classes (the same as the globals) and the
 * file-URL helpers ES modules use with `import.meta.url` (fileURLToPath, pathToFileURL).
 */
export const nodeUrlSource = String.raw`
function fileURLToPath(url) {
  var text = typeof url === 'string' ? url : url && typeof url.href === 'string' ? url.href : String(url);
  if (text.indexOf('file://') !== 0) {
    var error = new TypeError('The URL must be of scheme file');
    error.code = 'ERR_INVALID_URL_SCHEME';
    throw error;
  }
  return decodeURIComponent(text.slice(7).replace(/^[^/]*/, ''));
}
function pathToFileURL(path) {
  var absolute = require('path').resolve(String(path));
  return new URL('file://' + encodeURI(absolute).replace(/[?#]/g, encodeURIComponent));
}
exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
exports.fileURLToPath = fileURLToPath;
exports.pathToFileURL = pathToFileURL;
`
