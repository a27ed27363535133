/** The Lambda function asset as CDK builds it (helper from tests/helpers/synth.ts), measured zipped. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AssetCopy {
  /** A private copy of the asset folder (cdk.out can be rewritten by a concurrent synth). */
  dir: string;
  source: string;
  synthMs: number;
  cleanup(): void;
}

/** Synthesises the app through the infra helper and copies the function asset out of cdk.out. */
export async function copyFunctionAsset(): Promise<AssetCopy> {
  // Imported by path at run time: the helper belongs to the infra work and may not exist yet.
  const helperPath = '../tests/helpers/synth.ts';
  const helper = (await import(helperPath)) as { synthFunctionAsset(): Promise<string> };
  const t0 = performance.now();
  const source = await helper.synthFunctionAsset();
  const synthMs = performance.now() - t0;
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-asset-'));
  cpSync(source, dir, { recursive: true });
  return { dir, source, synthMs, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => ({ path: rel, full: join(dir, rel) }))
    .filter((f) => statSync(f.full).isFile())
    .map((f) => ({ path: f.path, bytes: statSync(f.full).size }));
}

export interface BundleSize {
  zipBytes: number;
  unzippedBytes: number;
  files: number;
  largest: { path: string; bytes: number }[];
}

/** Zips the folder with the zip CLI at its best compression (-9, no extra attributes), as a deploy would upload it. */
export function measureBundle(assetDir: string): BundleSize {
  const out = mkdtempSync(join(tmpdir(), 'factsheet-zip-'));
  try {
    const zipPath = join(out, 'asset.zip');
    execFileSync('zip', ['-r', '-9', '-X', '-q', zipPath, '.'], { cwd: assetDir });
    const files = filesUnder(assetDir);
    return {
      zipBytes: statSync(zipPath).size,
      unzippedBytes: files.reduce((a, f) => a + f.bytes, 0),
      files: files.length,
      largest: files.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
