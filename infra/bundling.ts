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
 * - Every dependency bundled, the AWS SDK included (`externalModules: []`): the asset does not depend on the
 *   SDK version the runtime happens to ship, and it runs anywhere Node runs (the asset-runs-alone test).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { FONT_FILES } from '../functions/pipeline/fonts.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const HANDLER_ENTRY = join(PROJECT_ROOT, 'functions', 'handler', 'index.ts');
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

const quote = (path: string): string => `'${path.replace(/'/g, `'\\''`)}'`;

export function handlerBundling(fontFiles: readonly string[] = FONT_FILES): BundlingOptions {
  const fonts = fontSourceDir();
  return {
    format: OutputFormat.ESM,
    target: 'node22',
    mainFields: ['module', 'main'],
    banner: REQUIRE_BANNER,
    externalModules: [],
    minify: true,
    // Minified names would make stack traces in the logs unreadable; the cost is a few KB.
    keepNames: true,
    sourceMap: false,
    // esbuild's legal comments of every bundled package would add size, not information, to the asset.
    esbuildArgs: { '--legal-comments': 'none' },
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
