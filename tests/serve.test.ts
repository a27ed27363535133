/**
 * `factsheet serve` as a user runs it (a child process), and the local bucket's delivery semantics.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createS3Client } from '../functions/handler/s3-client.ts';
import { startLocalBucket, type LocalBucket } from '../functions/local/local-bucket.ts';
import { factSheetSchema } from '../functions/pipeline/factsheet.ts';
import { readPdf } from './helpers/pdf.ts';
import { S3RVER_CREDENTIALS, startS3rver } from './helpers/s3rver.ts';

const BIN = fileURLToPath(new URL('../bin/factsheet.mjs', import.meta.url));
const ARTICLE = readFileSync(new URL('../examples/aid-flight.txt', import.meta.url));

async function exists(client: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function getBytes(client: S3Client, bucket: string, key: string): Promise<Uint8Array> {
  const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return out.Body!.transformToByteArray();
}

interface Served {
  child: ChildProcessWithoutNullStreams;
  endpoint: string;
  stdout: () => string;
  exited: Promise<number | null>;
}

async function startServe(dir: string): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--dir', dir, '--bucket', 'factsheet'], {
    env: { ...process.env, SOURCE_DATE_EPOCH: '1763856000' },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await waitFor('the ready banner', async () => /endpoint:\s+http:\/\/127\.0\.0\.1:\d+/.test(out), 30_000);
  const endpoint = /endpoint:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
  return { child, endpoint, stdout: () => out, exited };
}

describe('factsheet serve (child process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-serve-'));
  let served: Served | null = null;
  afterEach(async () => {
    if (served && served.child.exitCode === null) {
      served.child.kill('SIGKILL');
      await served.exited;
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns an upload to incoming/news/lavrov 2024.txt into factsheets/news/lavrov 2024.pdf; stops cleanly; keeps objects', async () => {
    served = await startServe(dir);
    expect(served.stdout()).toContain('bucket:      factsheet');
    expect(served.stdout()).toContain('S3RVER');
    const client = createS3Client({ endpoint: served.endpoint, credentials: { ...S3RVER_CREDENTIALS } }, {});
    try {
      await client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: 'incoming/news/lavrov 2024.txt', Body: ARTICLE }));
      await client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: 'incoming/blank.md', Body: '   \n\n  ' }));
      await client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: 'notes/elsewhere.txt', Body: ARTICLE }));
      await waitFor('the PDF', () => exists(client, 'factsheet', 'factsheets/news/lavrov 2024.pdf'));
      await waitFor('the JSON', () => exists(client, 'factsheet', 'factsheets/news/lavrov 2024.json'));
      await waitFor('the error report', () => exists(client, 'factsheet', 'failed/blank.md.error.json'));

      const pdf = await readPdf(await getBytes(client, 'factsheet', 'factsheets/news/lavrov 2024.pdf'));
      expect(pdf.text).toContain('Dushanbe');
      const sheet = factSheetSchema.parse(
        JSON.parse(new TextDecoder().decode(await getBytes(client, 'factsheet', 'factsheets/news/lavrov 2024.json'))),
      );
      expect(sheet.input.key).toBe('incoming/news/lavrov 2024.txt');
      const report = JSON.parse(new TextDecoder().decode(await getBytes(client, 'factsheet', 'failed/blank.md.error.json')));
      expect(report).toMatchObject({ code: 'EMPTY', key: 'incoming/blank.md' });
      expect(await exists(client, 'factsheet', 'factsheets/notes/elsewhere.pdf')).toBe(false);
      expect(await exists(client, 'factsheet', 'factsheets/elsewhere.pdf')).toBe(false);
      expect(served.stdout()).toMatch(/made\s+factsheets\/news\/lavrov 2024\.pdf/);
      expect(served.stdout()).not.toMatch(/\n\s+at /);
    } finally {
      client.destroy();
    }

    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.stdout()).toContain('stopped');

    // Objects survive a restart (kept in --dir).
    served = await startServe(dir);
    const again = createS3Client({ endpoint: served.endpoint, credentials: { ...S3RVER_CREDENTIALS } }, {});
    try {
      expect(await exists(again, 'factsheet', 'factsheets/news/lavrov 2024.pdf')).toBe(true);
      expect(await exists(again, 'factsheet', 'incoming/blank.md')).toBe(true);
    } finally {
      again.destroy();
    }
    served.child.kill('SIGINT');
    expect(await served.exited).toBe(0);
  });

  it('reports a busy port in one line, without a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--dir', join(dir, 'busy')]);
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(err).toContain(`port ${port}`);
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});

describe('local bucket delivery', () => {
  let local: LocalBucket | null = null;
  let proxy: Server | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-local-'));
  afterAll(async () => {
    await local?.stop();
    proxy?.closeAllConnections();
    proxy?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('retries a transient failure, then gives up with a RETRIES_EXHAUSTED report; the input stays', async () => {
    // Fails every write of the PDF for one object, as a throttled or broken S3 would.
    let target = '';
    proxy = createServer((req, res) => {
      if (req.method === 'PUT' && decodeURIComponent(req.url ?? '').includes('factsheets/doomed.pdf')) {
        req.resume();
        res.writeHead(500, { 'content-type': 'application/xml' });
        res.end('<?xml version="1.0"?><Error><Code>InternalError</Code><Message>injected</Message></Error>');
        return;
      }
      const url = new URL(target);
      const up = request({ host: url.hostname, port: url.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.destroy());
      req.pipe(up);
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    const retries: [string, number, boolean][] = [];
    local = await startLocalBucket({
      port: 0,
      dir,
      bucket: 'factsheet',
      env: { SOURCE_DATE_EPOCH: '1763856000' },
      maxAttempts: 3,
      retryDelayMs: 50,
      handlerEndpoint: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      onRetry: (key, attempt, _message, givingUp) => retries.push([key, attempt, givingUp]),
    });
    target = local.endpoint;
    await local.client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: 'incoming/doomed.txt', Body: ARTICLE }));
    await local.client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: 'incoming/fine.txt', Body: ARTICLE }));
    await local.idle();
    expect(retries).toEqual([
      ['incoming/doomed.txt', 1, false],
      ['incoming/doomed.txt', 2, false],
      ['incoming/doomed.txt', 3, true],
    ]);
    const report = JSON.parse(new TextDecoder().decode(await getBytes(local.client, 'factsheet', 'failed/doomed.txt.error.json')));
    expect(report.code).toBe('RETRIES_EXHAUSTED');
    expect(report.key).toBe('incoming/doomed.txt');
    expect(await exists(local.client, 'factsheet', 'incoming/doomed.txt')).toBe(true);
    expect(await exists(local.client, 'factsheet', 'factsheets/doomed.json')).toBe(false);
    expect(await exists(local.client, 'factsheet', 'factsheets/fine.json')).toBe(true);
  });

  it('at start, catches up on uploads a killed run left without a sheet or report; done ones are left alone', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'factsheet-catchup-'));
    try {
      const first = await startLocalBucket({ port: 0, dir: dir2, bucket: 'factsheet', env: { SOURCE_DATE_EPOCH: '1763856000' } });
      await first.client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: 'incoming/done.txt', Body: ARTICLE }));
      await first.idle();
      await first.stop();
      // Uploads that reached the store but were never handed to the handler (as if the process died).
      const bare = await startS3rver({ directory: dir2, bucket: 'factsheet' });
      await bare.client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: 'incoming/missed.txt', Body: ARTICLE }));
      await bare.client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: 'incoming/missed-empty.txt', Body: '' }));
      await bare.stop();

      const counts: number[] = [];
      const outcomes: string[] = [];
      const second = await startLocalBucket({
        port: 0,
        dir: dir2,
        bucket: 'factsheet',
        env: { SOURCE_DATE_EPOCH: '1763856000' },
        onCatchUp: (n) => counts.push(n),
        onOutcome: (o) => outcomes.push(`${o.status} ${o.key}`),
      });
      await second.idle();
      expect(counts).toEqual([2]);
      expect(outcomes.sort()).toEqual(['failed incoming/missed-empty.txt', 'made incoming/missed.txt']);
      expect(await exists(second.client, 'factsheet', 'factsheets/missed.pdf')).toBe(true);
      await second.stop();
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  });
});
