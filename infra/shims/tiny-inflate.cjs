// Bundle-time stand-in for `tiny-inflate` (aliased in infra/bundling.ts): the same contract — raw DEFLATE
// `source` inflated into `dest`, returning `dest` or the filled part of it — done by node's zlib. tiny-inflate
// is plain JavaScript, and unicode-trie runs it on the Unicode tables of fontkit and linebreak while the
// bundle loads: tens of milliseconds of every cold start. tests/bundle-shims.test.ts checks it byte for byte.
'use strict';
/* global require, module */
// A CommonJS module on purpose: unicode-trie require()s it, and must get the function itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (out.length > dest.length) throw new Error('Data error');
  dest.set(out);
  if (out.length < dest.length) return typeof dest.slice === 'function' ? dest.slice(0, out.length) : dest.subarray(0, out.length);
  return dest;
};
