/**
 * The pipeline's measurement tasks (pipeline-child.ts) bundled with the Lambda asset's own esbuild options
 * (infra/bundling.ts: handlerBundling and BUNDLE_ALIASES) into a temp folder, the fonts copied beside it as
 * the asset has them. Plain `node` runs the result: the memory and speed of the code the product ships, not
 * of a tsx dev process that transpiles TypeScript and keeps source maps.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_ESBUILD, fontSourceDir, handlerBundling } from '../infra/bundling.ts';
import { FONT_FILES } from '../functions/pipeline/fonts.ts';
import { REPO_ROOT } from './spawn.ts';

export interface PipelineBundle {
  /** The bundled child entry (ESM), with `fonts/` beside it. */
  entry: string;
  bytes: number;
  buildMs: number;
  cleanup(): void;
}

export async function buildPipelineBundle(): Promise<PipelineBundle> {
  const lambda = handlerBundling();
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-pipeline-bundle-'));
  const entry = join(dir, 'pipeline-child.mjs');
  const t0 = performance.now();
  const out = await build({
    entryPoints: [join(REPO_ROOT, 'bench', 'pipeline-child.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: lambda.target ?? 'node22',
    mainFields: lambda.mainFields ?? ['module', 'main'],
    banner: { js: lambda.banner ?? '' },
    ...BUNDLE_ESBUILD,
    alias: { ...BUNDLE_ESBUILD.alias },
    supported: { ...BUNDLE_ESBUILD.supported },
    metafile: true,
    logLevel: 'error',
  });
  const buildMs = performance.now() - t0;
  mkdirSync(join(dir, 'fonts'));
  for (const font of FONT_FILES) copyFileSync(join(fontSourceDir(), font), join(dir, 'fonts', font));
  const bytes = Object.values(out.metafile.outputs).reduce((a, o) => a + o.bytes, 0);
  return { entry, bytes, buildMs, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
