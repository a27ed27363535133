// Bundle-time stand-in for `brotli/decompress.js` (aliased in infra/bundling.ts): fontkit needs a Brotli
// decoder only for WOFF2 fonts, and the npm `brotli` package is a 470 KB JavaScript decoder (with its
// dictionary) that every cold start would parse. Node's zlib has a native one with the same result, so WOFF2
// still works. tests/bundle-shims.test.ts checks it against the package.
'use strict';
/* global require, module */
// A CommonJS module on purpose: fontkit require()s it, and must get the function itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { brotliDecompressSync } = require('node:zlib');

// The package returns every decoded byte whatever size it is told (fontkit passes the size it expects). On
// corrupt data zlib throws where the package returns garbage; fontkit fails on either.
module.exports = function decompress(buffer) {
  const out = brotliDecompressSync(buffer);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};
