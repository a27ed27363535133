/**
 * Cold start of the built Lambda bundle: a fresh plain `node` process (no tsx) imports the asset CDK built and
 * calls its handler with an SQS event for an object in a real s3rver; the first sheet is checked in the
 * bucket. The same process then handles more objects one event each: those warm durations feed the cost
 * estimate (they include the handler's real S3 reads and writes, on loopback).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { startS3rver, S3RVER_CREDENTIALS } from '../tests/helpers/s3rver.ts';
import { encodeS3EventKey } from '../functions/pipeline/keys.ts';
import { loadCorpus, spread } from './corpus.ts';
import { distribution, percentile, round, type Distribution } from './stats.ts';

export interface ColdStartResult {
  entry: string;
  /** How the first sheet was made: through the bundle's Lambda handler against s3rver. */
  method: string;
  /** Fresh processes measured; the figures are their medians. */
  repeats: number;
  samplesMs: number[];
  bootMs: number;
  importMs: number;
  firstSheetMs: number;
  /** From the process's start to the first sheet written: boot + import + first invocation. */
  coldStartMs: number;
  /** Spawn to exit, seen from outside (adds process teardown). */
  wallMs: number;
  /**
   * CPU time (user + system, every thread) of the same processes, medians: boot, import, and start to first
   * sheet. It moves less with the machine's load than the wall clock; the figure above stays the wall clock.
   */
  cpu: { bootMs: number; importMs: number; coldStartMs: number };
  firstSheetInBucket: boolean;
  warm: Distribution;
  /** CPU time of the same warm invocations (pipeline + S3 client + logging), from process.cpuUsage. */
  warmCpu: Distribution;
  warmFailures: number;
  /** Peak RSS of that plain-node process after all its invocations: the production-shaped memory figure. */
  bundlePeakRssMb: number;
}

function sqsEvent(bucket: string, key: string, size: number, i: number): unknown {
  const s3 = {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: '2026-01-01T00:00:00.000Z',
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` }, object: { key: encodeS3EventKey(key), size } },
      },
    ],
  };
  return {
    Records: [
      {
        messageId: `bench-${i}`,
        receiptHandle: `bench-${i}`,
        body: JSON.stringify(s3),
        attributes: {},
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:factsheet-bench',
        awsRegion: 'us-east-1',
      },
    ],
  };
}

export function findEntry(assetDir: string): string {
  for (const name of ['index.mjs', 'index.js', 'index.cjs', 'handler.mjs', 'handler.js']) {
    if (existsSync(join(assetDir, name))) return join(assetDir, name);
  }
  throw new Error(`no index.mjs/index.js in the function asset ${assetDir}`);
}

interface ProbeOutput {
  error?: string;
  bootMs: number;
  importMs: number;
  firstSheetMs: number;
  coldStartMs: number;
  invocations: { ms: number; cpuMs: number; failures: number }[];
  peakRssMb: number;
  cpu: { bootMs: number; importMs: number; coldStartMs: number };
}

/** One fresh `node` process over the bundle, handling `events` one by one. */
async function runProbe(work: string, assetDir: string, entry: string, endpoint: string, memoryMb: number, events: unknown[], tag: string): Promise<ProbeOutput & { wallMs: number }> {
  const eventsFile = join(work, `events-${tag}.json`);
  const outFile = join(work, `result-${tag}.json`);
  writeFileSync(eventsFile, JSON.stringify(events));
  const probe = join(work, 'probe.mjs');
  copyFileSync(join(import.meta.dirname, 'coldstart-probe.mjs'), probe);
  const started = performance.now();
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [probe, entry, eventsFile, outFile], {
      cwd: assetDir,
      // Only what a Lambda environment would carry, pointed at s3rver: nothing from this shell leaks in.
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
        AWS_ENDPOINT_URL_S3: endpoint,
        AWS_LAMBDA_FUNCTION_NAME: 'factsheet-bench',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memoryMb),
        NODE_OPTIONS: '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      if (c !== 0) console.error(stderr.slice(-2000));
      done(c);
    });
  });
  const wallMs = performance.now() - started;
  if (!existsSync(outFile)) throw new Error(`cold-start probe exited with ${code} and no result`);
  const r = JSON.parse(readFileSync(outFile, 'utf8')) as ProbeOutput;
  if (r.error) throw new Error(r.error);
  return { ...r, wallMs };
}

/**
 * `repeats` fresh processes each make the same first sheet (from distinct keys, so idempotency cannot skip
 * the work); the median is the figure, since one cold start on a shared machine is one noisy sample. The
 * first process then handles `warmCount` more objects for the warm durations.
 */
export async function measureColdStart(assetDir: string, warmCount = 40, repeats = 5, memoryMb = 1769): Promise<ColdStartResult> {
  const s3 = await startS3rver();
  const work = mkdtempSync(join(tmpdir(), 'factsheet-cold-'));
  try {
    const entry = findEntry(assetDir);
    const articles = spread(loadCorpus().articles, warmCount + 1);
    const first = articles[0]!;
    const name = first.key.split('/').pop()!;
    const put = async (key: string, bytes: Uint8Array, i: number): Promise<unknown> => {
      await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: bytes }));
      return sqsEvent(s3.bucket, key, bytes.byteLength, i);
    };
    const runs: (ProbeOutput & { wallMs: number })[] = [];
    for (let r = 0; r < repeats; r++) {
      const events = [await put(`incoming/bench/cold${r}/${name}`, first.bytes, 0)];
      if (r === 0) for (const [i, a] of articles.slice(1).entries()) events.push(await put(`incoming/bench/warm/${i}-${a.key.split('/').pop()}`, a.bytes, i + 1));
      runs.push(await runProbe(work, assetDir, entry, s3.endpoint, memoryMb, events, String(r)));
    }
    const firstKey = `factsheets/bench/cold0/${name.replace(/\.[^.]+$/, '')}.pdf`;
    const firstSheetInBucket = await s3.client
      .send(new HeadObjectCommand({ Bucket: s3.bucket, Key: firstKey }))
      .then(() => true)
      .catch(() => false);
    const med = (f: (x: ProbeOutput & { wallMs: number }) => number): number => round(percentile(runs.map(f), 50));
    const warm = runs[0]!.invocations.slice(1);
    return {
      entry: entry.slice(assetDir.length + 1),
      method: 'bundle handler, SQS event → s3rver',
      repeats,
      samplesMs: runs.map((x) => round(x.coldStartMs)),
      bootMs: med((x) => x.bootMs),
      importMs: med((x) => x.importMs),
      firstSheetMs: med((x) => x.firstSheetMs),
      coldStartMs: med((x) => x.coldStartMs),
      wallMs: med((x) => x.wallMs),
      cpu: { bootMs: med((x) => x.cpu.bootMs), importMs: med((x) => x.cpu.importMs), coldStartMs: med((x) => x.cpu.coldStartMs) },
      firstSheetInBucket,
      warm: distribution(warm.map((w) => w.ms)),
      warmCpu: distribution(warm.map((w) => w.cpuMs)),
      warmFailures: warm.reduce((a, w) => a + w.failures, 0),
      bundlePeakRssMb: round(runs[0]!.peakRssMb, 1),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
    await s3.stop();
  }
}
