// Bundle-time stand-in for `@noble/ciphers/aes` (aliased in infra/bundling.ts): pdfkit imports AES to encrypt
// a PDF, which the sheet never asks for, and the module computes its AES tables as it loads: a few ms of
// every cold start. The same functions, with the module loaded on their first call. The path below is the
// real module's file (a relative path, so the alias does not apply to it again); tests/bundle-shims.test.ts
// checks the results against the package.
'use strict';
/* global require, exports */
let aes;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = () => (aes ??= require('../../node_modules/@noble/ciphers/aes.js'));

exports.cbc = (...args) => load().cbc(...args);
exports.ecb = (...args) => load().ecb(...args);
