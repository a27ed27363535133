/** Handler configuration, read once from the environment (the CDK stack and `factsheet serve` set it). */
import { DEFAULT_PREFIXES, type Prefixes } from '../pipeline/keys.ts';
import { resolveLimits, type Limits } from '../pipeline/limits.ts';

export interface HandlerConfig {
  prefixes: Prefixes;
  defaultTemplate: string;
  /** Where sheets and error reports go; null: the bucket the upload came from. */
  outputBucket: string | null;
  limits: Limits;
  /** Objects processed at once within one invocation (I/O overlap; the pipeline itself is CPU-bound). */
  concurrency: number;
  /** SOURCE_DATE_EPOCH as a Date, else null (then the source object's Last-Modified is the clock). */
  fixedClock: Date | null;
}

type Env = Record<string, string | undefined>;

/** A prefix always ends in exactly one `/`, so `incoming` and `incoming/` mean the same thing. */
export function normalisePrefix(raw: string | undefined, fallback: string): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? fallback : `${trimmed}/`;
}

export function clockFromEnv(env: Env): Date | null {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return null;
  return new Date(Number(raw.trim()) * 1000);
}

/** Outputs written under the incoming prefix would trigger the function again: refuse such a setup. */
export function assertNoLoop(prefixes: Prefixes): void {
  for (const out of [prefixes.output, prefixes.failed]) {
    if (out.startsWith(prefixes.incoming) || prefixes.incoming.startsWith(out)) {
      throw new Error(`factsheet config: output prefix "${out}" overlaps the incoming prefix "${prefixes.incoming}"`);
    }
  }
}

export function configFromEnv(env: Env = process.env): HandlerConfig {
  const concurrency = Number(env['FACTSHEET_CONCURRENCY']);
  const prefixes: Prefixes = {
    incoming: normalisePrefix(env['FACTSHEET_INCOMING_PREFIX'], DEFAULT_PREFIXES.incoming),
    output: normalisePrefix(env['FACTSHEET_OUTPUT_PREFIX'], DEFAULT_PREFIXES.output),
    failed: normalisePrefix(env['FACTSHEET_FAILED_PREFIX'], DEFAULT_PREFIXES.failed),
  };
  // With a separate output bucket, overlapping prefixes cannot loop.
  if (!env['FACTSHEET_OUTPUT_BUCKET']?.trim()) assertNoLoop(prefixes);
  return {
    prefixes,
    defaultTemplate: env['FACTSHEET_DEFAULT_TEMPLATE']?.trim() || 'standard',
    outputBucket: env['FACTSHEET_OUTPUT_BUCKET']?.trim() || null,
    limits: resolveLimits(env),
    concurrency: Number.isInteger(concurrency) && concurrency > 0 ? Math.min(concurrency, 32) : 4,
    fixedClock: clockFromEnv(env),
  };
}
