/**
 * The local bucket as a user drives it: `factsheet serve` started as a child process, N articles uploaded
 * with the S3 client, then the bucket polled until every sheet (or error report) exists.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createS3Client } from '../functions/handler/s3-client.ts';
import { loadCorpus, spread } from './corpus.ts';
import { round } from './stats.ts';
import { REPO_ROOT } from './spawn.ts';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function countKeys(client: S3Client, bucket: string, prefix: string, suffix: string): Promise<number> {
  let count = 0;
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    count += (page.Contents ?? []).filter((o) => o.Key?.endsWith(suffix)).length;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return count;
}

export interface LocalBucketResult {
  uploads: number;
  sheets: number;
  errorReports: number;
  /** Server start to "ready" printed. */
  serveStartMs: number;
  uploadMs: number;
  /** First upload to the last sheet seen. */
  allDoneMs: number;
  sheetsPerSecond: number;
  timedOut: boolean;
}

export async function measureLocalBucket(count = 100, timeoutMs = 120_000): Promise<LocalBucketResult> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-serve-'));
  const bucket = 'factsheet';
  const t0 = performance.now();
  const server = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'factsheet.mjs'), 'serve', '--port', String(port), '--dir', dir, '--bucket', bucket], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => server.on('exit', () => done()));
  try {
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`factsheet serve not ready after 30 s:\n${output.slice(-1000)}`)), 30_000);
      const watch = (d: Buffer): void => {
        output += d.toString();
        if (output.includes(`127.0.0.1:${port}`)) {
          clearTimeout(timer);
          ready();
        }
      };
      server.stdout.on('data', watch);
      server.stderr.on('data', watch);
      server.on('exit', (code) => fail(new Error(`factsheet serve exited with ${code}:\n${output.slice(-1000)}`)));
    });
    const serveStartMs = performance.now() - t0;
    const client = createS3Client({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }, {});
    const articles = spread(loadCorpus().articles, count);
    const start = performance.now();
    // Upload as a user's script would: several at once, not one by one.
    const queue = articles.map((a, i) => ({ key: `incoming/bench/${i}-${a.key.split('/').pop()}`, body: a.bytes }));
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          await client.send(new PutObjectCommand({ Bucket: bucket, Key: item.key, Body: item.body }));
        }
      }),
    );
    const uploadMs = performance.now() - start;
    let sheets = 0;
    let errorReports = 0;
    let timedOut = false;
    for (;;) {
      sheets = await countKeys(client, bucket, 'factsheets/bench/', '.pdf');
      errorReports = await countKeys(client, bucket, 'failed/bench/', '.error.json');
      if (sheets + errorReports >= articles.length) break;
      if (performance.now() - start > timeoutMs) {
        timedOut = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const allDoneMs = performance.now() - start;
    client.destroy();
    return {
      uploads: articles.length,
      sheets,
      errorReports,
      serveStartMs: round(serveStartMs),
      uploadMs: round(uploadMs),
      allDoneMs: round(allDoneMs),
      sheetsPerSecond: round(sheets / (allDoneMs / 1000), 1),
      timedOut,
    };
  } finally {
    server.kill('SIGINT');
    const killer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
    rmSync(dir, { recursive: true, force: true });
  }
}
