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
import { distribution, round, type Distribution } from './stats.ts';

export interface ColdStartResult {
  entry: string;
  /** How the first sheet was made: through the bundle's Lambda handler against s3rver. */
  method: string;
  bootMs: number;
  importMs: number;
  firstSheetMs: number;
  /** From the process's start to the first sheet written: boot + import + first invocation. */
  coldStartMs: number;
  /** Spawn to exit, seen from outside (adds process teardown). */
  wallMs: number;
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

export async function measureColdStart(assetDir: string, warmCount = 40): Promise<ColdStartResult> {
  const s3 = await startS3rver();
  const work = mkdtempSync(join(tmpdir(), 'factsheet-cold-'));
  try {
    const entry = findEntry(assetDir);
    const articles = spread(loadCorpus().articles, warmCount + 1);
    const events: unknown[] = [];
    for (const [i, a] of articles.entries()) {
      const key = `incoming/bench/${i}-${a.key.split('/').pop()}`;
      await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: a.bytes }));
      events.push(sqsEvent(s3.bucket, key, a.bytes.byteLength, i));
    }
    const eventsFile = join(work, 'events.json');
    const outFile = join(work, 'result.json');
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
          AWS_ENDPOINT_URL_S3: s3.endpoint,
          AWS_LAMBDA_FUNCTION_NAME: 'factsheet-bench',
          AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
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
    const r = JSON.parse(readFileSync(outFile, 'utf8')) as {
      error?: string;
      bootMs: number;
      importMs: number;
      firstSheetMs: number;
      coldStartMs: number;
      invocations: { ms: number; cpuMs: number; failures: number }[];
      peakRssMb: number;
    };
    if (r.error) throw new Error(r.error);
    const firstKey = `factsheets/bench/0-${articles[0]!.key.split('/').pop()!.replace(/\.[^.]+$/, '')}.pdf`;
    const firstSheetInBucket = await s3.client
      .send(new HeadObjectCommand({ Bucket: s3.bucket, Key: firstKey }))
      .then(() => true)
      .catch(() => false);
    const warm = r.invocations.slice(1);
    return {
      entry: entry.slice(assetDir.length + 1),
      method: 'bundle handler, SQS event → s3rver',
      bootMs: round(r.bootMs),
      importMs: round(r.importMs),
      firstSheetMs: round(r.firstSheetMs),
      coldStartMs: round(r.coldStartMs),
      wallMs: round(wallMs),
      firstSheetInBucket,
      warm: distribution(warm.map((w) => w.ms)),
      warmCpu: distribution(warm.map((w) => w.cpuMs)),
      warmFailures: warm.reduce((a, w) => a + w.failures, 0),
      bundlePeakRssMb: round(r.peakRssMb, 1),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
    await s3.stop();
  }
}
