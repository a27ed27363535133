/** Runs a bench task in a fresh child process and returns what it measured. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS_DIR } from './corpus.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

export interface ChildOutcome<T> {
  ok: boolean;
  result?: T;
  error?: string;
  /** The child's own peak RSS (kernel high-water mark), MB. */
  peakRssMb: number;
  wallMs: number;
}

export interface ChildOptions {
  timeoutMs?: number;
  /** Pin the child (all its threads) to one CPU with taskset, for per-core figures. */
  oneCore?: boolean;
  /**
   * Run this bundled entry (pipeline-bundle.ts) with plain `node` instead of child.ts under tsx: the product's
   * code as the Lambda runs it. The corpus folder is passed on, since the bundle sits in a temp folder.
   */
  bundle?: string;
}

export async function runChild<T>(task: string, args: Record<string, unknown> = {}, options: ChildOptions = {}): Promise<ChildOutcome<T>> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-bench-'));
  const out = join(dir, 'result.json');
  const started = performance.now();
  const code = await new Promise<number | null>((done) => {
    const argv = options.bundle
      ? [process.execPath, options.bundle, task, JSON.stringify(args), out]
      : [process.execPath, '--import', 'tsx', join(REPO_ROOT, 'bench', 'child.ts'), task, JSON.stringify(args), out];
    if (options.oneCore && existsSync('/usr/bin/taskset')) argv.unshift('/usr/bin/taskset', '-c', '0');
    const child = spawn(argv[0] as string, argv.slice(1), {
      cwd: REPO_ROOT,
      env: options.bundle ? { ...process.env, FACTSHEET_CORPUS: CORPUS_DIR } : process.env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (c) => {
      clearTimeout(timer);
      done(c);
    });
  });
  const wallMs = performance.now() - started;
  try {
    const parsed = JSON.parse(readFileSync(out, 'utf8')) as Omit<ChildOutcome<T>, 'wallMs'>;
    return { ...parsed, wallMs };
  } catch {
    return { ok: false, error: `child "${task}" exited with ${code} and no result (timeout ${timeoutMs} ms?)`, peakRssMb: Number.NaN, wallMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
