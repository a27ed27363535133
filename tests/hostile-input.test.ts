/**
 * Issue 6, hostile input: every input through both doors — the real CLI (`bin/factsheet.mjs`, spawned) and
 * the Lambda handler against a real s3rver. Each must give a sheet or a specific error (CLI: exit 1 and one
 * line naming the file; bucket: `failed/<path>.error.json` with code and message), never a stack trace,
 * never a lost or changed input, in bounded time and memory. Inputs are generated here, in a temp dir.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../functions/handler/config.ts';
import { createFactsheetHandler } from '../functions/handler/index.ts';
import { sqsEventFor } from '../functions/handler/events.ts';
import { createS3Client } from '../functions/handler/s3-client.ts';
import { s3Storage } from '../functions/handler/s3-storage.ts';
import { createTelemetry } from '../functions/handler/telemetry.ts';
import { factSheetSchema, type FactSheet } from '../functions/pipeline/factsheet.ts';
import { stripExtension } from '../functions/pipeline/keys.ts';
import { article, hostileCases, manyQuotes, bigText, type HostileCase } from './helpers/hostile.ts';
import { startFaultProxy } from './helpers/fault-proxy.ts';
import { readPdf } from './helpers/pdf.ts';
import { S3RVER_CREDENTIALS, startS3rver, type LocalS3 } from './helpers/s3rver.ts';

const BIN = fileURLToPath(new URL('../bin/factsheet.mjs', import.meta.url));
const TIME = '/usr/bin/time';
const EPOCH = '1763856000';
const STACK_LINE = /^\s+at .+[:(]/m;

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident memory of the CLI process in MB (GNU time), null when time(1) is not installed. */
  peakMb: number | null;
}

/** The real bin, as a user runs it; measured by GNU time into a side file so stderr stays the CLI's own. */
function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const measured = existsSync(TIME);
  const stats = join(tmpdir(), `factsheet-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [cmd, argv] = measured
    ? [TIME, ['-f', '%e %M', '-o', stats, process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      let peakMb: number | null = null;
      if (measured && existsSync(stats)) {
        const line = readFileSync(stats, 'utf8').trim().split('\n').at(-1) ?? '';
        const kb = Number(line.split(' ')[1]);
        peakMb = Number.isFinite(kb) ? Math.round(kb / 1024) : null;
        rmSync(stats, { force: true });
      }
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, peakMb });
    });
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
const cases = hostileCases();
const light = cases.filter((c) => !c.heavy);
const heavy = cases.filter((c) => c.heavy);
const bad = (c: HostileCase) => 'code' in c.expect;

function checkSheet(c: HostileCase, json: string): FactSheet {
  const sheet = factSheetSchema.parse(JSON.parse(json));
  if ('sheet' in c.expect) c.expect.check?.(sheet);
  return sheet;
}

/** Figures for the README's reliability section (printed at the end of the file). */
const figures: Record<string, unknown> = {};

describe('hostile input', () => {
  let dir: string;
  let s3: LocalS3;
  const originals = new Map<string, Uint8Array>();
  const handlerFor = (env: Record<string, string> = {}) =>
    createFactsheetHandler({
      storage: s3Storage(s3.client),
      config: configFromEnv({ SOURCE_DATE_EPOCH: EPOCH, ...env }),
      telemetry: createTelemetry({}, { logLevel: 'SILENT', metrics: false }),
    });
  const getObject = async (key: string) =>
    (await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body!.transformToByteArray();
  const exists = async (key: string) => {
    try {
      await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }));
      return true;
    } catch {
      return false;
    }
  };
  const put = (key: string, body: Uint8Array) => s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factsheet-hostile-'));
    mkdirSync(join(dir, 'in'));
    s3 = await startS3rver();
    for (const c of cases) {
      const bytes = c.bytes();
      originals.set(c.file, bytes);
      writeFileSync(join(dir, 'in', c.file), bytes);
      await put(`incoming/hostile/${c.file}`, bytes);
    }
  });
  afterAll(async () => {
    await s3?.stop();
    rmSync(dir, { recursive: true, force: true });
    console.log(`reliability figures (hostile input): ${JSON.stringify(figures, null, 2)}`);
  });

  /** Bucket outcome of one case: the sheet or the error report, checked; the input unchanged. */
  async function checkBucket(c: HostileCase): Promise<void> {
    const base = `factsheets/hostile/${stripExtension(c.file)}`;
    const report = `failed/hostile/${c.file}.error.json`;
    if ('code' in c.expect) {
      expect(await exists(report), `${c.file}: error report`).toBe(true);
      const body = JSON.parse(new TextDecoder().decode(await getObject(report)));
      expect(body, c.file).toMatchObject({ code: c.expect.code, key: `incoming/hostile/${c.file}` });
      expect(body.message.length, c.file).toBeGreaterThan(10);
      expect(body.message, c.file).not.toMatch(STACK_LINE);
      expect(await exists(`${base}.json`), `${c.file}: no sheet`).toBe(false);
      expect(await exists(`${base}.pdf`), `${c.file}: no PDF`).toBe(false);
    } else {
      expect(await exists(report), `${c.file}: no error report`).toBe(false);
      checkSheet(c, new TextDecoder().decode(await getObject(`${base}.json`)));
      const pdf = await readPdf(await getObject(`${base}.pdf`));
      expect(pdf.pageCount, c.file).toBeGreaterThanOrEqual(1);
    }
    expect(sha(await getObject(`incoming/hostile/${c.file}`)), `${c.file}: input unchanged`).toBe(sha(originals.get(c.file)!));
  }

  it('CLI, small hostile inputs in one run: a sheet each, or one stderr line naming the file and its code; exit 1; no stack', async () => {
    const paths = light.map((c) => join(dir, 'in', c.file));
    const run = await cli([...paths, '--out', join(dir, 'cli-light')]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const errLines = lines(run.stderr);
    expect(errLines).toHaveLength(light.filter(bad).length);
    for (const c of light) {
      const mine = errLines.filter((l) => l.includes(c.file));
      const out = join(dir, 'cli-light', stripExtension(c.file));
      if ('code' in c.expect) {
        expect(mine, c.file).toHaveLength(1);
        expect(mine[0], c.file).toContain(`[${c.expect.code}]`);
        expect(existsSync(`${out}.json`), c.file).toBe(false);
      } else {
        expect(mine, c.file).toEqual([]);
        checkSheet(c, readFileSync(`${out}.json`, 'utf8'));
        expect((await readPdf(new Uint8Array(readFileSync(`${out}.pdf`)))).pageCount, c.file).toBeGreaterThanOrEqual(1);
      }
      expect(sha(readFileSync(join(dir, 'in', c.file))), `${c.file} unchanged`).toBe(sha(originals.get(c.file)!));
    }
    figures['cliLightRun'] = { inputs: light.length, seconds: run.seconds, peakMb: run.peakMb };
  }, 120_000);

  it('CLI, one bad file with spaces, + and unicode in its name: exit 1 and exactly one line naming it', async () => {
    const name = 'bad + ü 東京 report.txt';
    writeFileSync(join(dir, name), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const run = await cli([join(dir, name)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toContain('[NOT_TEXT]');
    expect(existsSync(join(dir, name))).toBe(true);
  }, 60_000);

  it('handler against s3rver, small hostile inputs: a sheet or failed/<path>.error.json; nothing retried; inputs kept', async () => {
    const started = performance.now();
    const event = sqsEventFor(
      s3.bucket,
      light.map((c) => ({ key: `incoming/hostile/${c.file}` })),
    );
    const result = await handlerFor().handler(event);
    expect(result.batchItemFailures).toEqual([]);
    for (const c of light) await checkBucket(c);
    figures['handlerLightBatch'] = { inputs: light.length, seconds: (performance.now() - started) / 1000 };
  }, 120_000);

  it('heavy inputs (20 MB, a 6 MB line, 20,000 nested elements, 20,000 quotes) through both doors at once, bounded', async () => {
    // The CLI child and the in-process handler run side by side: one core each.
    const cliRun = cli([...heavy.map((c) => join(dir, 'in', c.file)), '--out', join(dir, 'cli-heavy')]);
    const handler = handlerFor();
    const perInput: Record<string, number> = {};
    for (const c of heavy) {
      const started = performance.now();
      const result = await handler.handler(sqsEventFor(s3.bucket, [{ key: `incoming/hostile/${c.file}` }]));
      perInput[c.file] = Math.round((performance.now() - started) / 100) / 10;
      expect(result.batchItemFailures, c.file).toEqual([]);
      // Generous: the deployed function's timeout is 60 s on a slower share of a core; this machine is shared.
      expect(perInput[c.file], c.file).toBeLessThan(120);
    }
    for (const c of heavy) await checkBucket(c);
    const run = await cliRun;
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
    for (const c of heavy) checkSheet(c, readFileSync(join(dir, 'cli-heavy', `${stripExtension(c.file)}.json`), 'utf8'));
    // All four at once in one CLI process must still fit the deployed function's memory (1024 MB by default).
    if (run.peakMb !== null) expect(run.peakMb).toBeLessThan(1024);
    figures['heavy'] = {
      handlerSecondsPerInput: perInput,
      cliAllFourAtOnce: { seconds: Math.round(run.seconds), peakMb: run.peakMb },
      testProcessPeakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  }, 400_000);

  it('limits are configurable and enforced: bytes before reading; paragraphs, characters and quotes with a warning', async () => {
    const big = bigText(3 * 1024 * 1024, 3);
    writeFileSync(join(dir, 'limit-big.txt'), big);
    writeFileSync(join(dir, 'limit-quotes.txt'), manyQuotes(300));
    await put('incoming/limits/big.txt', new TextEncoder().encode(big));
    await put('incoming/limits/quotes.txt', new TextEncoder().encode(manyQuotes(300)));

    const env = { FACTSHEET_MAX_BYTES: '1000000', FACTSHEET_MAX_QUOTES: '25', FACTSHEET_MAX_PARAGRAPHS: '12', FACTSHEET_MAX_CHARS: '3000' };
    const run = await cli([join(dir, 'limit-big.txt'), join(dir, 'limit-quotes.txt'), '--format', 'json'], env);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/limit-big\.txt: .*1000000.*\[TOO_LARGE\]/);
    const sheet = factSheetSchema.parse(JSON.parse(readFileSync(join(dir, 'limit-quotes.json'), 'utf8')));
    expect(sheet.quotes.length).toBeLessThanOrEqual(25);
    expect(sheet.paragraphs.length).toBeLessThanOrEqual(12);
    expect(sheet.paragraphs.join('\n\n').length).toBeLessThanOrEqual(3000);
    expect(sheet.warnings.join(' ')).toMatch(/paragraphs/);
    expect(sheet.warnings.join(' ')).toMatch(/characters/);

    const result = await handlerFor(env).handler(
      sqsEventFor(s3.bucket, [{ key: 'incoming/limits/big.txt' }, { key: 'incoming/limits/quotes.txt' }]),
    );
    expect(result.batchItemFailures).toEqual([]);
    const report = JSON.parse(new TextDecoder().decode(await getObject('failed/limits/big.txt.error.json')));
    expect(report.code).toBe('TOO_LARGE');
    const fromBucket = factSheetSchema.parse(JSON.parse(new TextDecoder().decode(await getObject('factsheets/limits/quotes.json'))));
    expect(fromBucket.quotes.length).toBeLessThanOrEqual(25);
    expect(fromBucket.paragraphs.length).toBeLessThanOrEqual(12);
    expect(fromBucket.paragraphs.join('\n\n').length).toBeLessThanOrEqual(3000);
  }, 120_000);

  it('an object over the byte limit is refused from its headers: a 40 MB upload costs well under 4 MB of download', async () => {
    await put('incoming/limits/huge.txt', new Uint8Array(40 * 1024 * 1024).fill(0x61));
    // The proxy counts the bytes S3 actually sent to the handler.
    const proxy = await startFaultProxy(s3.endpoint);
    const client = createS3Client({ endpoint: proxy.endpoint, credentials: { ...S3RVER_CREDENTIALS } }, {});
    try {
      const handler = createFactsheetHandler({
        storage: s3Storage(client),
        config: configFromEnv({ SOURCE_DATE_EPOCH: EPOCH, FACTSHEET_MAX_BYTES: '1000000' }),
        telemetry: createTelemetry({}, { logLevel: 'SILENT', metrics: false }),
      });
      const result = await handler.handler(sqsEventFor(s3.bucket, [{ key: 'incoming/limits/huge.txt' }]));
      expect(result.batchItemFailures).toEqual([]);
      const report = JSON.parse(new TextDecoder().decode(await getObject('failed/limits/huge.txt.error.json')));
      expect(report.code).toBe('TOO_LARGE');
      const downloaded = proxy.log.filter((r) => r.method === 'GET' && r.key === 'incoming/limits/huge.txt');
      expect(downloaded).toHaveLength(1);
      expect(downloaded[0]!.bytesOut).toBeLessThan(4 * 1024 * 1024);
      figures['tooLargeDownloadBytes'] = downloaded[0]!.bytesOut;
    } finally {
      client.destroy();
      await proxy.stop();
    }
  }, 60_000);

  it('keys with spaces, +, unicode, %, and ../ : outputs stay under their prefixes, named after the input', async () => {
    const keys = [
      'incoming/odd/with space.txt',
      'incoming/odd/plus+sign.txt',
      'incoming/odd/ünïcödé 東京 — report.txt',
      'incoming/odd/100%25 sure.txt',
      'incoming/odd/../../../../etc/passwd.txt',
      'incoming/../failed/forged.txt',
      // s3rver cannot store keys with `//`; keys.ts drops empty segments too (see the property tests).
      'incoming/odd/./dot.txt',
    ];
    const badKey = 'incoming/odd/bad + ü.txt';
    for (const [i, key] of keys.entries()) await put(key, article(i));
    await put(badKey, new Uint8Array());
    const result = await handlerFor().handler(sqsEventFor(s3.bucket, [...keys, badKey].map((key) => ({ key }))));
    expect(result.batchItemFailures).toEqual([]);

    for (const expected of [
      'factsheets/odd/with space.json',
      'factsheets/odd/plus+sign.json',
      'factsheets/odd/ünïcödé 東京 — report.json',
      'factsheets/odd/100%25 sure.json',
      'factsheets/odd/etc/passwd.json', // `..` segments are dropped, never resolved upwards
      'factsheets/failed/forged.json',
      'factsheets/odd/dot.json',
      'failed/odd/bad + ü.txt.error.json',
    ]) {
      expect(await exists(expected), expected).toBe(true);
    }
    const listed = (await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, MaxKeys: 1000 }))).Contents ?? [];
    for (const { Key } of listed) {
      expect(Key, Key).toMatch(/^(?:incoming|factsheets|failed)\//);
      expect(Key!.replace(/^incoming\/.*/, ''), Key).not.toMatch(/(?:^|\/)\.\.?(?:\/|$)/);
    }
    // Nothing the function wrote may be taken for an upload.
    expect(listed.filter((o) => o.Key!.startsWith('failed/failed') || o.Key!.startsWith('incoming/failed'))).toEqual([]);
    for (const [i, key] of keys.entries()) expect(sha(await getObject(key)), key).toBe(sha(article(i)));
  }, 120_000);
});
