/**
 * How the handler becomes a self-contained Lambda asset, built by the local esbuild (no Docker).
 *
 * pdfkit 0.20 is the reason for each choice here:
 * - ESM output (`index.mjs`), so `import.meta.url` is the bundle's real file URL; in CJS output esbuild
 *   empties it and pdfkit crashes at load.
 * - `module` before `main`, so packages that ship both resolve to their ESM builds.
 * - A banner defining `require` for the CommonJS dependencies esbuild wraps; without it their `require('fs')`
 *   throws "Dynamic require is not supported" in an ES module.
 * - The TTF fonts copied into `fonts/` beside the bundle, where functions/pipeline/fonts.ts looks first
 *   (`new URL('./fonts/', import.meta.url)`); the sheet never uses pdfkit's built-in AFM fonts.
 * - Every dependency bundled (`externalModules: []`): the asset does not depend on what the runtime happens
 *   to ship, and it runs anywhere Node runs (the asset-runs-alone test). The handler itself reaches S3
 *   without the AWS SDK (functions/handler/s3-http.ts), so the SDK is not in the asset at all.
 * - Two pure-JavaScript decompressors swapped for node's zlib, and pdfkit's AES loaded on first use
 *   (BUNDLE_ALIASES, infra/shims/): the same results, less code to load and run in every cold start.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { FONT_FILES } from '../functions/pipeline/fonts.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const HANDLER_ENTRY = join(PROJECT_ROOT, 'functions', 'handler', 'lambda.ts');
export const LOCK_FILE = join(PROJECT_ROOT, 'package-lock.json');

/** The banner: a real `require` for the CommonJS dependencies inside the ES module bundle. */
export const REQUIRE_BANNER =
  "import { createRequire as __factsheetCreateRequire } from 'node:module'; " +
  'const require = __factsheetCreateRequire(import.meta.url);';

/** The folder holding the DejaVu TTFs, wherever npm placed the package. */
export function fontSourceDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

const SHIMS = join(PROJECT_ROOT, 'infra', 'shims');

/**
 * Modules replaced in the bundle by a stand-in with the same contract (tests/bundle-shims.test.ts):
 * - `tiny-inflate`: unicode-trie inflates fontkit's and linebreak's Unicode tables with it while the bundle
 *   loads (about 40 ms of JavaScript inflate per cold start);
 * - `brotli/decompress.js`: fontkit's WOFF2 decoder, 470 KB of JavaScript every cold start parses; the sheet
 *   embeds TTFs, and a WOFF2 font would still decode through zlib's Brotli;
 * - `@noble/ciphers/aes` (not zlib: the same module, loaded on first use): pdfkit's PDF encryption, which the
 *   sheet never uses, computed AES tables at every cold start;
 * - `htmlparser2`: its Parser alone, the one thing ingest uses; the package's index also brings domhandler,
 *   domutils, dom-serializer and a second `entities` (80 KB to compile at every cold start, never run).
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  'tiny-inflate': join(SHIMS, 'tiny-inflate.cjs'),
  'brotli/decompress.js': join(SHIMS, 'brotli-decompress.cjs'),
  '@noble/ciphers/aes': join(SHIMS, 'noble-aes.cjs'),
  htmlparser2: join(SHIMS, 'htmlparser2-parser.mjs'),
};

/**
 * Regular-expression features esbuild's tables do not credit to its `node22` target although Node 20 and 22
 * have them: without this esbuild rewrites a literal such as /^\p{L}/u into `new RegExp("^\\p{L}", "u")`,
 * built again every time the line runs (a literal is built once), so the bundle ran slower than the source.
 */
export const BUNDLE_SUPPORTED: Readonly<Record<string, boolean>> = {
  'regexp-unicode-property-escapes': true,
  'regexp-set-notation': true,
};

/**
 * Whitespace and syntax minified, identifiers kept. Stack traces in the logs need real function names, and
 * esbuild's `keepNames` (what keeps them under full minification) wraps every function it names in a
 * `__name(fn, "…")` call that redefines the function's `name` as it is created, closures in hot loops
 * included: that cost 10–20% of the bundled pipeline's throughput (interleaved runs against the same code
 * under tsx). Unminified names cost about 320 KB of the module (30 KB zipped) and nothing measurable at run time.
 */
export const BUNDLE_MINIFY = { minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: false } as const;

/**
 * The esbuild options above, and no legal comments (every bundled package's would add size, not
 * information), in esbuild's API form: handlerBundling passes them to CDK as flags, and the bench's pipeline
 * bundle (bench/pipeline-bundle.ts) builds with them as they are.
 */
export const BUNDLE_ESBUILD = {
  ...BUNDLE_MINIFY,
  legalComments: 'none',
  alias: BUNDLE_ALIASES,
  supported: BUNDLE_SUPPORTED,
} as const;

const quote = (path: string): string => `'${path.replace(/'/g, `'\\''`)}'`;

export function handlerBundling(fontFiles: readonly string[] = FONT_FILES): BundlingOptions {
  const fonts = fontSourceDir();
  return {
    format: OutputFormat.ESM,
    target: 'node22',
    mainFields: ['module', 'main'],
    banner: REQUIRE_BANNER,
    externalModules: [],
    // Minified, but not its names (BUNDLE_MINIFY): the flags below instead of `minify`.
    minify: false,
    keepNames: false,
    sourceMap: false,
    esbuildArgs: {
      '--legal-comments': BUNDLE_ESBUILD.legalComments,
      '--minify-whitespace': BUNDLE_ESBUILD.minifyWhitespace,
      '--minify-syntax': BUNDLE_ESBUILD.minifySyntax,
      '--alias': Object.entries(BUNDLE_ESBUILD.alias).map(([from, to]) => `${from}=${to}`),
      '--supported': Object.entries(BUNDLE_ESBUILD.supported).map(([feature, on]) => `${feature}=${String(on)}`),
    },
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir: string, outputDir: string) => [
        `mkdir -p ${quote(join(outputDir, 'fonts'))}`,
        ...fontFiles.map((file) => `cp ${quote(join(fonts, file))} ${quote(join(outputDir, 'fonts', file))}`),
      ],
    },
  };
}
