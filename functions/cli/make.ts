/**
 * `factsheet <file|folder>...`: files → the pipeline → files. In-process with a few inputs in flight, so a
 * thousand files cost the work and little else. Each output is written to a temporary name and renamed,
 * the JSON last, so an interrupted run never leaves a half-written sheet under the final name.
 */
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeFactSheet, type MakeOptions } from '../pipeline/index.ts';
import { FactsheetError, isFactsheetError } from '../pipeline/errors.ts';
import type { Limits } from '../pipeline/limits.ts';
import type { Template } from '../pipeline/templates.ts';
import { displayPath, findCollisions, fsReason, planInputs, type PlannedInput } from './inputs.ts';

export type Format = 'pdf' | 'json' | 'both';

export interface MakeRun {
  paths: string[];
  outDir: string | null;
  template: string | Template;
  format: Format;
  limits: Limits;
  /** The sheets' "generated" time: SOURCE_DATE_EPOCH, else the start of the run (one for all inputs). */
  clock: Date;
  concurrency: number;
  quiet: boolean;
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface MakeSummary {
  made: number;
  failed: number;
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${process.pid}.partial`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** A reason that is already one readable line (not about the input's content). */
class OutputError extends Error {}

async function makeOne(input: PlannedInput, run: MakeRun): Promise<string[]> {
  const info = await stat(input.path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  // A device or pipe has no size to check against the limit (/dev/zero would be read forever).
  if (!info.isFile()) throw new OutputError('not a regular file');
  // Refuse before reading: a 2 GB file should cost a stat, not a read.
  if (info.size > run.limits.maxBytes) {
    throw new FactsheetError('TOO_LARGE', `the file is ${info.size} bytes; the limit is ${run.limits.maxBytes} bytes`);
  }
  const bytes = await readFile(input.path);
  const options: MakeOptions = {
    template: run.template,
    now: run.clock,
    limits: run.limits,
    pdf: run.format !== 'json',
  };
  const made = await makeFactSheet({ bytes, key: input.path, version: null }, options);
  const written: string[] = [];
  try {
    await mkdir(dirname(input.outBase), { recursive: true });
    if (run.format !== 'json' && made.pdf) {
      await writeAtomically(`${input.outBase}.pdf`, made.pdf);
      written.push(`${input.outBase}.pdf`);
    }
    if (run.format !== 'pdf') {
      await writeAtomically(`${input.outBase}.json`, `${JSON.stringify(made.sheet, null, 2)}\n`);
      written.push(`${input.outBase}.json`);
    }
  } catch (err) {
    throw new OutputError(`cannot write ${displayPath(input.outBase)}.*: ${fsReason(err)}`);
  }
  return written;
}

/** One line, no stack: what a user needs to fix the input. */
export function failureReason(err: unknown): string {
  if (isFactsheetError(err)) return `${err.message} [${err.code}]`;
  if (err instanceof OutputError) return err.message;
  if (typeof err === 'object' && err !== null && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    return fsReason(err);
  }
  const message = err instanceof Error ? err.message : String(err);
  return `internal error: ${message.split('\n')[0]}`;
}

export async function runMake(run: MakeRun, io: Io): Promise<MakeSummary> {
  const plan = await planInputs(run.paths, run.outDir);
  let failed = 0;
  for (const problem of plan.problems) {
    io.err(`factsheet: ${displayPath(problem.path)}: ${problem.reason}`);
    failed++;
  }
  const collisions = findCollisions(plan.inputs);
  let made = 0;
  let next = 0;
  const lane = async () => {
    while (next < plan.inputs.length) {
      const input = plan.inputs[next++] as PlannedInput;
      const clash = collisions.get(input);
      if (clash) {
        failed++;
        io.err(`factsheet: ${displayPath(input.path)}: would overwrite the sheet of ${displayPath(clash.path)}; use a different --out`);
        continue;
      }
      try {
        const written = await makeOne(input, run);
        made++;
        if (!run.quiet) io.out(`${displayPath(input.path)} → ${written.map(displayPath).join(', ')}`);
      } catch (err) {
        failed++;
        io.err(`factsheet: ${displayPath(input.path)}: ${failureReason(err)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(run.concurrency, plan.inputs.length)) }, lane));
  return { made, failed };
}
