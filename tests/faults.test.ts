/**
 * Faults: S3 errors injected at the HTTP level by a proxy in front of a real s3rver (500, 503, connection
 * resets, a reset halfway through an upload, delays) and the server restarted mid-run. Transient failures
 * are retried (by the S3 client, then by redelivery of the messages named in batchItemFailures); a message
 * that keeps failing ends as a `failed/` report in the local bucket. Nothing is lost and nothing is
 * half-written: every JSON has its PDF, every JSON is complete and of the right input, every input stays.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../functions/handler/config.ts';
import { sqsEventFor } from '../functions/handler/events.ts';
import { createFactsheetHandler } from '../functions/handler/index.ts';
import { createS3Client } from '../functions/handler/s3-client.ts';
import { s3Storage } from '../functions/handler/s3-storage.ts';
import { createTelemetry } from '../functions/handler/telemetry.ts';
import { startLocalBucket } from '../functions/local/local-bucket.ts';
import { factSheetSchema } from '../functions/pipeline/factsheet.ts';
import { article } from './helpers/hostile.ts';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';
import { readPdf } from './helpers/pdf.ts';
import { S3RVER_CREDENTIALS, startS3rver, type LocalS3 } from './helpers/s3rver.ts';

const EPOCH = '1763856000';
const md5 = (b: Uint8Array) => createHash('md5').update(b).digest('hex');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const figures = { faultsInjected: 0, scenarios: [] as string[] };

async function keys(client: S3Client, bucket: string): Promise<Map<string, string>> {
  const out = await client.send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: 1000 }));
  return new Map((out.Contents ?? []).map((o) => [o.Key!, o.ETag!.replace(/"/g, '')]));
}

async function bytesOf(client: S3Client, bucket: string, key: string): Promise<Uint8Array> {
  return (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray();
}

/**
 * Nothing lost, nothing half-written: each input is there unchanged; each JSON parses, is of its input and
 * has its PDF, which pdfjs reads; no output without an input. Returns the inputs that have a sheet.
 */
async function checkInvariants(
  client: S3Client,
  bucket: string,
  inputs: Map<string, Uint8Array>,
  scope = '',
): Promise<Set<string>> {
  const listed = await keys(client, bucket);
  for (const [key, body] of inputs) expect(listed.get(key), `input ${key}`).toBe(md5(body));
  const made = new Set<string>();
  for (const key of listed.keys()) {
    if (!key.startsWith(`factsheets/${scope}`) || !key.endsWith('.json')) continue;
    const base = key.slice(0, -'.json'.length);
    const input = `incoming/${base.slice('factsheets/'.length)}.txt`;
    expect(inputs.has(input), `${key} belongs to an upload`).toBe(true);
    expect(listed.has(`${base}.pdf`), `${key} has its PDF`).toBe(true);
    const sheet = factSheetSchema.parse(JSON.parse(new TextDecoder().decode(await bytesOf(client, bucket, key))));
    expect(sheet.input.sha256).toBe(sha256(inputs.get(input)!));
    const pdf = await readPdf(await bytesOf(client, bucket, `${base}.pdf`));
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
    made.add(input);
  }
  return made;
}

const quiet = () => createTelemetry({}, { logLevel: 'SILENT', metrics: false });

describe('faults between the handler and S3', () => {
  let s3: LocalS3;
  let proxy: FaultProxy;
  let run = 0;

  beforeAll(async () => {
    s3 = await startS3rver();
    proxy = await startFaultProxy(s3.endpoint);
  });
  afterEach(() => {
    figures.faultsInjected += proxy.log.filter((r) => r.fault !== null).length;
    proxy.clear();
    proxy.log.length = 0;
  });
  afterAll(async () => {
    await proxy.stop();
    await s3.stop();
  });

  /** A handler whose S3 traffic goes through the proxy; `maxAttempts` 1 leaves every retry to redelivery. */
  function handlerThroughProxy(maxAttempts?: number) {
    const client = createS3Client(
      { endpoint: proxy.endpoint, credentials: { ...S3RVER_CREDENTIALS }, ...(maxAttempts ? { maxAttempts } : {}) },
      {},
    );
    const handler = createFactsheetHandler({ storage: s3Storage(client), config: configFromEnv({ SOURCE_DATE_EPOCH: EPOCH }), telemetry: quiet() });
    return { handler, client };
  }

  async function upload(names: string[]): Promise<Map<string, Uint8Array>> {
    run++;
    const inputs = new Map<string, Uint8Array>();
    for (const [i, name] of names.entries()) {
      const key = `incoming/run${run}/${name}.txt`;
      const body = article(run * 100 + i);
      await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body }));
      inputs.set(key, body);
    }
    return inputs;
  }

  it('single 500, 503, resets and delays are absorbed by the S3 client’s own retries: no message fails', async () => {
    const inputs = await upload(['get-503', 'pdf-reset', 'head-500', 'json-delay']);
    const [a, b, c, d] = [...inputs.keys()];
    proxy.fail({ method: 'GET', key: new RegExp(`${a}$`), fault: 503, times: 1 });
    proxy.fail({ method: 'PUT', key: /pdf-reset\.pdf$/, fault: 'reset', times: 1 });
    proxy.fail({ method: 'HEAD', key: /head-500\.json$/, fault: 500, times: 1 });
    proxy.fail({ method: 'PUT', key: /json-delay\.json$/, fault: { delayMs: 1500 } });
    const { handler, client } = handlerThroughProxy(3);
    try {
      const result = await handler.handler(sqsEventFor(s3.bucket, [a, b, c, d].map((key) => ({ key: key! }))));
      expect(result.batchItemFailures).toEqual([]);
    } finally {
      client.destroy();
    }
    // Each faulted request was sent again.
    for (const [method, pattern] of [['GET', a!], ['PUT', 'pdf-reset.pdf'], ['HEAD', 'head-500.json']] as const) {
      expect(proxy.log.filter((r) => r.method === method && r.key.endsWith(pattern)).length, pattern).toBeGreaterThanOrEqual(2);
    }
    expect([...(await checkInvariants(s3.client, s3.bucket, inputs, `run${run}/`))].sort()).toEqual([...inputs.keys()].sort());
    figures.scenarios.push('single 500/503/reset/delay absorbed by SDK retries');
  });

  it('faults beyond the client’s retries fail only their messages (batchItemFailures); redelivery completes them', async () => {
    const names = ['get-503', 'pdf-reset', 'json-cut-mid-body', 'pdf-500', 'head-reset', 'slow', 'fine-1', 'fine-2'];
    const inputs = await upload(names);
    const keyList = [...inputs.keys()];
    proxy.fail({ method: 'GET', key: /get-503\.txt$/, fault: 503, times: 1 });
    proxy.fail({ method: 'PUT', key: /pdf-reset\.pdf$/, fault: 'reset', times: 1 });
    proxy.fail({ method: 'PUT', key: /json-cut-mid-body\.json$/, fault: 'reset-mid-body', times: 1 });
    proxy.fail({ method: 'PUT', key: /pdf-500\.pdf$/, fault: 500, times: 1 });
    proxy.fail({ method: 'HEAD', key: /head-reset\.json$/, fault: 'reset', times: 1 });
    proxy.fail({ key: /slow\./, fault: { delayMs: 700 } });
    const { handler, client } = handlerThroughProxy(1);
    try {
      const event = sqsEventFor(s3.bucket, keyList.map((key) => ({ key })));
      const first = await handler.handler(event);
      const failedIds = first.batchItemFailures.map((f) => f.itemIdentifier);
      const failedKeys = event.Records.filter((r) => failedIds.includes(r.messageId)).map((r) => JSON.parse(r.body).Records[0].s3.object.key);
      expect(failedKeys.map((k: string) => decodeURIComponent(k.replace(/\+/g, ' '))).sort()).toEqual(keyList.slice(0, 5).sort());

      // Half-done work is not taken as done: none of the failed five has a JSON; the rest are whole.
      const afterFirst = await checkInvariants(s3.client, s3.bucket, inputs, `run${run}/`);
      expect([...afterFirst].sort()).toEqual(keyList.slice(5).sort());
      expect((await keys(s3.client, s3.bucket)).has(`factsheets/run${run}/json-cut-mid-body.json`)).toBe(false);

      // SQS delivers only the failed messages again.
      const again = await handler.handler({ Records: event.Records.filter((r) => failedIds.includes(r.messageId)) });
      expect(again.batchItemFailures).toEqual([]);
    } finally {
      client.destroy();
    }
    expect([...(await checkInvariants(s3.client, s3.bucket, inputs, `run${run}/`))].sort()).toEqual(keyList.sort());
    expect([...(await keys(s3.client, s3.bucket)).keys()].filter((k) => k.startsWith(`failed/run${run}/`))).toEqual([]);
    figures.scenarios.push('500/503/reset/reset mid-upload/delay beyond SDK retries → batchItemFailures → redelivered, all made');
  });

  it('s3rver restarted mid-run: messages in flight fail and come back; after redelivery all are made, none lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factsheet-restart-'));
    let server = await startS3rver({ directory: dir });
    const local = await startFaultProxy(server.endpoint);
    try {
      const inputs = new Map<string, Uint8Array>();
      for (let i = 0; i < 12; i++) {
        const key = `incoming/restart/article-${i}.txt`;
        inputs.set(key, article(500 + i));
        await server.client.send(new PutObjectCommand({ Bucket: server.bucket, Key: key, Body: inputs.get(key) }));
      }
      // Slow writes keep several objects in flight when the server goes away.
      local.fail({ method: 'PUT', key: /\.pdf$/, fault: { delayMs: 400 } });
      const client = createS3Client({ endpoint: local.endpoint, credentials: { ...S3RVER_CREDENTIALS }, maxAttempts: 1 }, {});
      const handler = createFactsheetHandler({
        storage: s3Storage(client),
        config: configFromEnv({ SOURCE_DATE_EPOCH: EPOCH, FACTSHEET_CONCURRENCY: '4' }),
        telemetry: quiet(),
      });
      const event = sqsEventFor(server.bucket, [...inputs.keys()].map((key) => ({ key })));
      const first = handler.handler(event);
      // Once the first PDF is on its way, the server dies and comes back on the same data directory.
      while (!local.log.some((r) => r.method === 'PUT' && r.key.endsWith('.pdf'))) await new Promise((r) => setTimeout(r, 20));
      await server.stop();
      // Down until at least one request has found nobody there (no guessing at timings).
      const downSince = Date.now();
      while (!local.log.some((r) => r.fault === 'upstream unreachable') && Date.now() - downSince < 10_000) {
        await new Promise((r) => setTimeout(r, 20));
      }
      server = await startS3rver({ directory: dir });
      local.retarget(server.endpoint);
      let pending = (await first).batchItemFailures.map((f) => f.itemIdentifier);
      const firstFailures = pending.length;
      expect(firstFailures).toBeGreaterThan(0);
      for (let round = 0; round < 3 && pending.length > 0; round++) {
        const redelivered = await handler.handler({ Records: event.Records.filter((r) => pending.includes(r.messageId)) });
        pending = redelivered.batchItemFailures.map((f) => f.itemIdentifier);
      }
      expect(pending).toEqual([]);
      client.destroy();
      expect([...(await checkInvariants(server.client, server.bucket, inputs))].sort()).toEqual([...inputs.keys()].sort());
      figures.faultsInjected += firstFailures;
      figures.scenarios.push(`s3rver restarted mid-run: ${firstFailures} of 12 messages failed, all made after redelivery`);
    } finally {
      await local.stop();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('faults in the local bucket (factsheet serve)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-faults-local-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`reliability figures (faults): ${JSON.stringify(figures)}`);
  });

  it('a flaky object is retried until made; one that keeps failing ends as a RETRIES_EXHAUSTED report; the rest are made', async () => {
    const proxy = await startFaultProxy('http://127.0.0.1:9');
    const retries: string[] = [];
    const local = await startLocalBucket({
      port: 0,
      dir,
      bucket: 'factsheet',
      env: { SOURCE_DATE_EPOCH: EPOCH },
      maxAttempts: 4,
      retryDelayMs: 50,
      handlerEndpoint: proxy.endpoint,
      onRetry: (key, attempt, _m, givingUp) => retries.push(`${key}#${attempt}${givingUp ? ' gave up' : ''}`),
    });
    proxy.retarget(local.endpoint);
    try {
      proxy.fail({ method: 'GET', key: /flaky\.txt$/, fault: 'reset', times: 2 });
      proxy.fail({ method: 'PUT', key: /flaky\.pdf$/, fault: 503, times: 1 });
      proxy.fail({ method: 'PUT', key: /doomed\.json$/, fault: 'reset-mid-body' });
      const inputs = new Map<string, Uint8Array>();
      for (const [i, name] of ['flaky', 'doomed', 'fine-1', 'fine-2', 'fine-3'].entries()) {
        inputs.set(`incoming/${name}.txt`, article(700 + i));
      }
      await Promise.all(
        [...inputs].map(([key, body]) => local.client.send(new PutObjectCommand({ Bucket: 'factsheet', Key: key, Body: body }))),
      );
      await local.idle();

      expect(retries.filter((r) => r.startsWith('incoming/flaky.txt'))).toEqual([
        'incoming/flaky.txt#1',
        'incoming/flaky.txt#2',
        'incoming/flaky.txt#3',
      ]);
      expect(retries.filter((r) => r.startsWith('incoming/doomed.txt')).at(-1)).toBe('incoming/doomed.txt#4 gave up');
      const made = await checkInvariants(local.client, 'factsheet', inputs);
      expect([...made].sort()).toEqual(['incoming/fine-1.txt', 'incoming/fine-2.txt', 'incoming/fine-3.txt', 'incoming/flaky.txt']);
      const report = JSON.parse(new TextDecoder().decode(await bytesOf(local.client, 'factsheet', 'failed/doomed.txt.error.json')));
      expect(report).toMatchObject({ code: 'RETRIES_EXHAUSTED', key: 'incoming/doomed.txt' });
      expect(report.message).not.toMatch(/\n\s+at /);
      figures.faultsInjected += proxy.log.filter((r) => r.fault !== null).length;
      figures.scenarios.push('local bucket: flaky object made on attempt 3; doomed object → RETRIES_EXHAUSTED after 4');
    } finally {
      await local.stop();
      await proxy.stop();
    }
  }, 120_000);
});
