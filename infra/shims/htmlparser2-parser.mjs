// Bundle-time stand-in for `htmlparser2` (aliased in infra/bundling.ts). functions/pipeline/ingest/html.ts uses
// only its streaming Parser; the package's index also loads domhandler, domutils and dom-serializer, and with
// them a second copy of `entities` (its encoding tables built as the bundle loads): about 80 KB of every cold
// start that never runs. The path is the package's own Parser (relative, so the alias does not apply to it
// again); esbuild fails the build if the pipeline imports anything else from htmlparser2.
// tests/bundle-shims.test.ts checks that it is the package's Parser.
export { Parser } from '../../node_modules/htmlparser2/dist/esm/Parser.js';
