/**
 * Synthesizes the real cdk app (infra/) in a temp outdir, with cdk.json's context, the way `cdk synth` does.
 *
 *   const { stack, outdir } = synthApp();                       // the deployed shape, function bundled
 *   const { stack } = synthApp({ 'factsheet:removalPolicy': 'destroy' }, { bundle: false });
 *   const assetDir = await synthFunctionAsset();                // cdk.out/asset.<hash>: index.mjs, fonts/
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { buildFactsheetApp } from '../../infra/factsheet-app.ts';
import type { FactsheetStack } from '../../infra/factsheet-stack.ts';

const ROOT = new URL('../../', import.meta.url);

/** The context cdk.json gives the CLI (feature flags, factsheet:* keys). */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('cdk.json', ROOT), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

export interface SynthOptions {
  /** Run esbuild (the real asset). Off: cdk skips bundling, for tests that only read the template. */
  bundle?: boolean;
  /** Register cdk-nag's AwsSolutions pack (synthesis throws on unacknowledged findings). */
  nag?: boolean;
}

export interface Synthesized {
  app: App;
  stack: FactsheetStack;
  outdir: string;
  template: Template;
}

const outdirs: string[] = [];
function removeOutdirs(): void {
  for (const dir of outdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
process.once('exit', removeOutdirs);
// vitest may end a worker without an 'exit' event, which left cdk.out copies behind in the temp folder;
// a test file that imports this helper also removes them when its tests are done.
if (process.env['VITEST']) {
  const { afterAll } = await import('vitest');
  afterAll(removeOutdirs);
}

export function synthApp(context: Record<string, unknown> = {}, options: SynthOptions = {}): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'factsheet-cdk-'));
  outdirs.push(outdir);
  const app = new App({
    outdir,
    context: {
      ...cdkJsonContext(),
      ...context,
      // The same switch `cdk synth --exclusively` uses: an empty list bundles no stack.
      ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}),
    },
  });
  const stack = buildFactsheetApp(app, { nag: options.nag ?? false });
  app.synth();
  return { app, stack, outdir, template: Template.fromStack(stack) };
}

interface AssetManifest {
  files: Record<string, { source: { path: string; packaging?: string } }>;
}

/** The folder of the function's bundled asset in a synthesized cdk.out. */
export function functionAssetDir(synthesized: Synthesized): string {
  const { stack } = synthesized;
  const logicalId = stack.getLogicalId(stack.processor.fn.node.defaultChild as CfnFunction);
  const resource = synthesized.template.toJSON().Resources[logicalId] as { Properties: { Code: { S3Key: string } } };
  const hash = resource.Properties.Code.S3Key.replace(/\.zip$/, '');
  const manifestPath = join(synthesized.outdir, `${synthesized.stack.artifactId}.assets.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as AssetManifest;
  const entry = manifest.files[hash];
  if (!entry) throw new Error(`asset ${hash} not in ${manifestPath}`);
  return join(synthesized.outdir, entry.source.path);
}

let asset: Promise<string> | undefined;

/** Synthesizes the app once per process and returns the function's bundled asset folder. */
export function synthFunctionAsset(): Promise<string> {
  asset ??= Promise.resolve().then(() => functionAssetDir(synthApp()));
  return asset;
}
