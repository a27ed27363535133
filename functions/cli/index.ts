/**
 * The `factsheet` command: argument parsing and dispatch to the three commands (make sheets from files,
 * serve a local bucket, reprocess a bucket). Returns the exit code; never prints a stack trace unless
 * FACTSHEET_DEBUG is set.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isFactsheetError } from '../pipeline/errors.ts';
import { resolveLimits } from '../pipeline/limits.ts';
import type { Template } from '../pipeline/templates.ts';
import { clockFromEnv } from '../handler/config.ts';
import type { Format, Io } from './make.ts';
import { MAIN_HELP, REPROCESS_HELP, SERVE_HELP, UsageError } from './usage.ts';

// The pipeline (parsers, fonts, pdfkit) and the AWS SDK load only when a command needs them, so --help
// and usage errors answer at once.

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's own arguments, strictly parsed (every command takes `--help`), with parseArgs's errors (an unknown
 * option, a missing value) turned into usage errors.
 */
function parseCommand<O extends OptionSpecs>(args: string[], options: O) {
  try {
    const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as const;
    return parseArgs({ args, allowPositionals: true as const, strict: true as const, options: withHelp });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** A command that works on no files refuses any, rather than ignore a misplaced argument. */
function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no arguments (got "${positionals[0]}")`);
}

async function templateFrom(value: string | undefined): Promise<string | Template> {
  if (value === undefined) return 'standard';
  const { resolveTemplate } = await import('../pipeline/templates.ts');
  const isFile = /\.json$/i.test(value) || value.includes('/') || value.includes('\\');
  try {
    if (!isFile) return resolveTemplate(value);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(value, 'utf8'));
    } catch (err) {
      const reason = err instanceof SyntaxError ? `not valid JSON (${err.message})` : (err as Error).message;
      throw new UsageError(`cannot read template file ${value}: ${reason}`);
    }
    return resolveTemplate(raw);
  } catch (err) {
    if (isFactsheetError(err)) throw new UsageError(err.message);
    throw err;
  }
}

async function makeCommand(args: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    out: { type: 'string', short: 'o' },
    template: { type: 'string', short: 't' },
    format: { type: 'string', short: 'f' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) {
    io.out(MAIN_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no input files or folders given');
  const format = (values.format ?? 'both') as Format;
  if (!['pdf', 'json', 'both'].includes(format)) throw new UsageError(`--format must be pdf, json or both, not "${values.format}"`);
  const template = await templateFrom(values.template);
  const { runMake } = await import('./make.ts');
  const summary = await runMake(
    {
      paths: positionals,
      outDir: values.out ?? null,
      template,
      format,
      limits: resolveLimits(env),
      clock: clockFromEnv(env) ?? new Date(),
      concurrency: Math.max(2, Math.min(8, availableParallelism() * 2)),
      quiet: values.quiet ?? false,
    },
    io,
  );
  if (summary.made + summary.failed > 1 && !values.quiet) {
    io.out(`${summary.made} made, ${summary.failed} failed`);
  }
  return summary.failed > 0 ? 1 : 0;
}

function portFrom(value: string | undefined): number {
  if (value === undefined) return 4569;
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
  return Number(value);
}

async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    port: { type: 'string', short: 'p' },
    dir: { type: 'string', short: 'd' },
    bucket: { type: 'string', short: 'b' },
  });
  if (values.help) {
    io.out(SERVE_HELP);
    return 0;
  }
  noPositionals('serve', positionals);
  const { serve } = await import('./serve.ts');
  return serve({ port: portFrom(values.port), dir: values.dir ?? '.factsheet', bucket: values.bucket ?? 'factsheet' }, io);
}

async function reprocessCommand(args: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    bucket: { type: 'string', short: 'b' },
    prefix: { type: 'string' },
    'queue-url': { type: 'string' },
    'endpoint-url': { type: 'string' },
    concurrency: { type: 'string' },
  });
  if (values.help) {
    io.out(REPROCESS_HELP);
    return 0;
  }
  noPositionals('reprocess', positionals);
  if (!values.bucket) throw new UsageError('reprocess needs --bucket');
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError('--concurrency must be a whole number from 1 to 64');
  }
  const { reprocess } = await import('./reprocess.ts');
  return reprocess(
    {
      bucket: values.bucket,
      prefix: values.prefix ?? null,
      queueUrl: values['queue-url'] ?? null,
      endpointUrl: values['endpoint-url'] ?? null,
      concurrency,
    },
    io,
    env,
  );
}

export async function main(argv: string[], io: Io = defaultIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === 'serve') return await serveCommand(rest, io);
    if (first === 'reprocess') return await reprocessCommand(rest, io, env);
    if (first === 'help') {
      io.out(rest[0] === 'serve' ? SERVE_HELP : rest[0] === 'reprocess' ? REPROCESS_HELP : MAIN_HELP);
      return 0;
    }
    return await makeCommand(argv, io, env);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`factsheet: ${err.message}`);
      io.err(`Try 'factsheet --help'.`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(`factsheet: ${message.split('\n')[0]}`);
    if (env['FACTSHEET_DEBUG'] && err instanceof Error && err.stack) io.err(err.stack);
    return 1;
  }
}
