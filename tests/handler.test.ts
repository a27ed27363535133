/**
 * The Lambda handler against a real s3rver on 127.0.0.1: events in, objects out.
 */
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../functions/handler/config.ts';
import { createFactsheetHandler } from '../functions/handler/index.ts';
import { createS3Client } from '../functions/handler/s3-client.ts';
import { s3Storage } from '../functions/handler/s3-storage.ts';
import { createTelemetry } from '../functions/handler/telemetry.ts';
import { factSheetSchema } from '../functions/pipeline/factsheet.ts';
import { encodeS3EventKey } from '../functions/pipeline/keys.ts';
import { readPdf } from './helpers/pdf.ts';
import { S3RVER_CREDENTIALS, startS3rver, type LocalS3 } from './helpers/s3rver.ts';

const ARTICLE = readFileSync(new URL('../examples/aid-flight.txt', import.meta.url));
const EPOCH = '1763856000'; // 2025-11-23: a fixed clock makes the outputs comparable byte for byte
const quiet = () => createTelemetry({}, { logLevel: 'SILENT', metrics: false });

function sqsEvent(...records: { bucket: string; key: string; etag?: string }[][]) {
  return {
    Records: records.map((objects, i) => ({
      messageId: `msg-${i}`,
      eventSource: 'aws:sqs',
      body: JSON.stringify({
        Records: objects.map((o) => ({
          eventSource: 'aws:s3',
          eventName: 'ObjectCreated:Put',
          s3: { bucket: { name: o.bucket }, object: { key: encodeS3EventKey(o.key), eTag: o.etag ?? 'x', size: 1 } },
        })),
      }),
    })),
  };
}

describe('handler against s3rver', () => {
  let s3: LocalS3;
  const env = () => ({ SOURCE_DATE_EPOCH: EPOCH });
  const makeHandler = (extraEnv: Record<string, string> = {}) =>
    createFactsheetHandler({
      storage: s3Storage(s3.client),
      config: configFromEnv({ ...env(), ...extraEnv }),
      telemetry: quiet(),
    });
  const put = (key: string, body: Uint8Array | string, metadata?: Record<string, string>) =>
    s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body, Metadata: metadata }));
  const get = async (key: string, bucket = s3.bucket) => {
    const out = await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return { bytes: await out.Body!.transformToByteArray(), metadata: out.Metadata ?? {}, type: out.ContentType };
  };
  const exists = async (key: string, bucket = s3.bucket) => {
    try {
      await s3.client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch {
      return false;
    }
  };

  beforeAll(async () => {
    s3 = await startS3rver({ extraBuckets: ['sheets-out'] });
  });
  afterAll(async () => {
    await s3.stop();
  });

  it('makes a PDF and its JSON, with metadata naming the source, its version and the template', async () => {
    const key = 'incoming/news/lavrov 2024.txt';
    await put(key, ARTICLE);
    const result = await makeHandler().handler(sqsEvent([{ bucket: s3.bucket, key }]));
    expect(result.batchItemFailures).toEqual([]);

    const json = await get('factsheets/news/lavrov 2024.json');
    const sheet = factSheetSchema.parse(JSON.parse(new TextDecoder().decode(json.bytes)));
    expect(sheet.title).toContain('relief flight');
    expect(sheet.input.key).toBe(key);
    expect(sheet.generator.template).toBe('standard');
    expect(json.metadata['source-key']).toBe('incoming/news/lavrov+2024.txt');
    expect(json.metadata['source-version']).toMatch(/^[0-9a-f]{32}$/);
    expect(json.metadata['source-version']).toBe(sheet.input.version);
    expect(json.metadata['template']).toBe('standard');

    const pdf = await get('factsheets/news/lavrov 2024.pdf');
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.metadata['source-version']).toBe(json.metadata['source-version']);
    const text = (await readPdf(pdf.bytes)).text;
    expect(text).toContain('Dushanbe');
    expect(await exists('incoming/news/lavrov 2024.txt')).toBe(true);
  });

  it('reports bad input in failed/ with code, message, key and version, keeps the input, and does not retry', async () => {
    const key = 'incoming/empty.txt';
    await put(key, '');
    const result = await makeHandler().handler(sqsEvent([{ bucket: s3.bucket, key }]));
    expect(result.batchItemFailures).toEqual([]);
    const report = JSON.parse(new TextDecoder().decode((await get('failed/empty.txt.error.json')).bytes));
    expect(report).toMatchObject({ code: 'EMPTY', key });
    expect(typeof report.message).toBe('string');
    expect(report.message.length).toBeGreaterThan(5);
    expect(report.message).not.toMatch(/\n\s+at /);
    expect(report.version).toMatch(/^[0-9a-f]{32}$/);
    expect(await exists(key)).toBe(true);
    expect(await exists('factsheets/empty.pdf')).toBe(false);
    expect(await exists('factsheets/empty.json')).toBe(false);
  });

  it('a corrected upload clears the error report its earlier version left in failed/', async () => {
    const key = 'incoming/fixed-later.txt';
    await put(key, '');
    await makeHandler().handler(sqsEvent([{ bucket: s3.bucket, key }]));
    expect(await exists('failed/fixed-later.txt.error.json')).toBe(true);
    // S3 Last-Modified has one-second resolution: the corrected upload must be visibly later.
    await new Promise((r) => setTimeout(r, 1100));
    await put(key, ARTICLE);
    const result = await makeHandler().handler(sqsEvent([{ bucket: s3.bucket, key }]));
    expect(result.batchItemFailures).toEqual([]);
    expect(await exists('factsheets/fixed-later.json')).toBe(true);
    expect(await exists('failed/fixed-later.txt.error.json')).toBe(false);
  });

  it('ignores s3:TestEvent, removals and keys outside incoming/', async () => {
    await put('elsewhere/article.txt', ARTICLE);
    const before = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    const handler = makeHandler();
    const test = await handler.handler({
      Records: [
        { messageId: 't', eventSource: 'aws:sqs', body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }) },
      ],
    });
    const outside = await handler.processEvent(sqsEvent([{ bucket: s3.bucket, key: 'elsewhere/article.txt' }]));
    expect(test.batchItemFailures).toEqual([]);
    expect(outside[0]?.outcomes.map((o) => o.status)).toEqual(['ignored']);
    const after = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    expect(after.KeyCount).toBe(before.KeyCount);
  });

  it('handles keys with spaces, +, unicode and ../ without leaving the output prefix', async () => {
    const keys = ['incoming/a+b c.txt', 'incoming/Zürich — 東京 report.txt', 'incoming/../../escape.txt'];
    for (const key of keys) await put(key, ARTICLE);
    const result = await makeHandler().handler(sqsEvent(...keys.map((key) => [{ bucket: s3.bucket, key }])));
    expect(result.batchItemFailures).toEqual([]);
    expect(await exists('factsheets/a+b c.pdf')).toBe(true);
    expect(await exists('factsheets/a+b c.json')).toBe(true);
    expect(await exists('factsheets/Zürich — 東京 report.pdf')).toBe(true);
    expect(await exists('factsheets/escape.json')).toBe(true);
    const meta = (await get('factsheets/Zürich — 東京 report.json')).metadata;
    expect(decodeURIComponent(meta['source-key']!.replace(/\+/g, ' '))).toBe('incoming/Zürich — 東京 report.txt');
  });

  it('ignores console folder markers; a key too long for its report gets a hashed report name', async () => {
    await put('incoming/folder/', '');
    const long = `incoming/${Array.from({ length: 5 }, (_, i) => `${i}${'x'.repeat(200)}`).join('/')}.txt`;
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(1024);
    await put(long, '');
    const results = await makeHandler().processEvent(
      sqsEvent([{ bucket: s3.bucket, key: 'incoming/folder/' }], [{ bucket: s3.bucket, key: long }]),
    );
    expect(results.map((r) => r.retry)).toEqual([null, null]);
    expect(results[0]?.outcomes[0]?.status).toBe('ignored');
    const outcome = results[1]?.outcomes[0];
    expect(outcome?.status).toBe('failed');
    const report = outcome?.status === 'failed' ? outcome.report : '';
    expect(report).toMatch(/^failed\/long-keys\/[0-9a-f]{64}\.error\.json$/);
    expect(JSON.parse(new TextDecoder().decode((await get(report)).bytes)).key).toBe(long);
    expect(await exists('failed/folder.error.json')).toBe(false);
  });

  it('is idempotent: the same version again is skipped; a new template or new bytes are made again', async () => {
    const key = 'incoming/twice.txt';
    await put(key, ARTICLE);
    const handler = makeHandler();
    const first = await handler.processEvent(sqsEvent([{ bucket: s3.bucket, key }]));
    expect(first[0]?.outcomes.map((o) => o.status)).toEqual(['made']);
    const pdfBefore = (await get('factsheets/twice.pdf')).bytes;
    const second = await handler.processEvent(sqsEvent([{ bucket: s3.bucket, key }, { bucket: s3.bucket, key }]));
    expect(second[0]?.outcomes.map((o) => o.status)).toEqual(['skipped', 'skipped']);

    await put(key, ARTICLE, { template: 'brief' });
    const third = await handler.processEvent(sqsEvent([{ bucket: s3.bucket, key }]));
    expect(third[0]?.outcomes.map((o) => o.status)).toEqual(['made']);
    const briefMeta = (await get('factsheets/twice.json')).metadata;
    expect(briefMeta['template']).toBe('brief');
    // The digest of the template's definition is recorded too: editing a template remakes on reprocess.
    expect(briefMeta['template-digest']).toMatch(/^[0-9a-f]{16}$/);
    expect((await get('factsheets/news/lavrov 2024.json')).metadata['template-digest']).toMatch(/^[0-9a-f]{16}$/);
    expect(briefMeta['template-digest']).not.toBe((await get('factsheets/news/lavrov 2024.json')).metadata['template-digest']);
    expect(pdfBefore.byteLength).toBeGreaterThan(1000);
  });

  it('processing the same object twice writes identical bytes (fixed clock)', async () => {
    const key = 'incoming/same.txt';
    await put(key, ARTICLE);
    await makeHandler().handler(sqsEvent([{ bucket: s3.bucket, key }]));
    const a = (await get('factsheets/same.pdf')).bytes;
    // A fresh handler with a different generator state would skip; force a re-render with a new template and back.
    await put(key, ARTICLE, { template: 'brief' });
    await makeHandler().handler(sqsEvent([{ bucket: s3.bucket, key }]));
    await put(key, ARTICLE);
    await makeHandler().handler(sqsEvent([{ bucket: s3.bucket, key }]));
    expect(Buffer.from((await get('factsheets/same.pdf')).bytes).equals(Buffer.from(a))).toBe(true);
  });

  it('chooses the template from a known key prefix; an unknown template in metadata is a BAD_TEMPLATE report', async () => {
    await put('incoming/brief/short.txt', ARTICLE);
    await put('incoming/bad-template.txt', ARTICLE, { template: 'no-such-template' });
    const result = await makeHandler().handler(
      sqsEvent([{ bucket: s3.bucket, key: 'incoming/brief/short.txt' }], [{ bucket: s3.bucket, key: 'incoming/bad-template.txt' }]),
    );
    expect(result.batchItemFailures).toEqual([]);
    expect((await get('factsheets/brief/short.json')).metadata['template']).toBe('brief');
    const report = JSON.parse(new TextDecoder().decode((await get('failed/bad-template.txt.error.json')).bytes));
    expect(report.code).toBe('BAD_TEMPLATE');
    expect(report.message).toContain('no-such-template');
  });

  it('rejects an object over the byte limit as TOO_LARGE, and writes to a separate output bucket when configured', async () => {
    await put('incoming/big.txt', 'word '.repeat(4000));
    await put('incoming/elsewhere.txt', ARTICLE);
    const handler = makeHandler({ FACTSHEET_MAX_BYTES: '10000', FACTSHEET_OUTPUT_BUCKET: 'sheets-out' });
    const result = await handler.handler(
      sqsEvent([{ bucket: s3.bucket, key: 'incoming/big.txt' }], [{ bucket: s3.bucket, key: 'incoming/elsewhere.txt' }]),
    );
    expect(result.batchItemFailures).toEqual([]);
    const report = JSON.parse(new TextDecoder().decode((await get('failed/big.txt.error.json', 'sheets-out')).bytes));
    expect(report.code).toBe('TOO_LARGE');
    expect(await exists('factsheets/elsewhere.pdf', 'sheets-out')).toBe(true);
    expect(await exists('factsheets/elsewhere.pdf')).toBe(false);
  });

  it('accepts a direct S3 event', async () => {
    await put('incoming/direct.txt', ARTICLE);
    const event = JSON.parse(sqsEvent([{ bucket: s3.bucket, key: 'incoming/direct.txt' }]).Records[0]!.body);
    const result = await makeHandler().handler(event);
    expect(result.batchItemFailures).toEqual([]);
    expect(await exists('factsheets/direct.json')).toBe(true);
  });

  it('the exported handler reads its endpoint and settings from the environment', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      FACTSHEET_OUTPUT_PREFIX: 'sheets-from-env',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    });
    try {
      const { handler } = await import('../functions/handler/index.ts');
      await put('incoming/env.txt', ARTICLE);
      const result = await handler(sqsEvent([{ bucket: s3.bucket, key: 'incoming/env.txt' }]));
      expect(result.batchItemFailures).toEqual([]);
      expect(await exists('sheets-from-env/env.pdf')).toBe(true);
    } finally {
      process.env = saved;
    }
  });
});

describe('transient S3 failures', () => {
  let s3: LocalS3;
  let proxy: Server;
  let proxyEndpoint: string;
  // Requests whose path contains one of these fail with 503 SlowDown, as S3 does under throttling.
  const failing = new Set<string>();

  beforeAll(async () => {
    s3 = await startS3rver();
    const target = new URL(s3.endpoint);
    proxy = createServer((req, res) => {
      const path = decodeURIComponent(req.url ?? '');
      if ([...failing].some((f) => path.includes(f))) {
        req.resume();
        res.writeHead(503, { 'content-type': 'application/xml' });
        res.end('<?xml version="1.0"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>');
        return;
      }
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyEndpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await s3.stop();
  });

  it('reports only the affected message in batchItemFailures, writes no JSON for it, and succeeds on retry', async () => {
    for (const key of ['incoming/ok.txt', 'incoming/throttled.txt']) {
      await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: ARTICLE }));
    }
    const client = createS3Client({ endpoint: proxyEndpoint, credentials: { ...S3RVER_CREDENTIALS }, maxAttempts: 1 }, {});
    const handler = createFactsheetHandler({
      storage: s3Storage(client),
      config: configFromEnv({ SOURCE_DATE_EPOCH: EPOCH }),
      telemetry: quiet(),
    });
    // The PDF write of one object fails: its JSON (the done marker) must not appear.
    failing.add('factsheets/throttled.pdf');
    const event = sqsEvent([{ bucket: s3.bucket, key: 'incoming/ok.txt' }], [{ bucket: s3.bucket, key: 'incoming/throttled.txt' }]);
    const first = await handler.handler(event);
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'msg-1' }]);
    const list = async () =>
      ((await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map((o) => o.Key).sort();
    expect(await list()).toEqual(['factsheets/ok.json', 'factsheets/ok.pdf', 'incoming/ok.txt', 'incoming/throttled.txt']);

    // Delivered as a direct S3 event (async invoke), the same failure throws so that Lambda retries it.
    const direct = JSON.parse(event.Records[1]!.body);
    await expect(handler.handler(direct)).rejects.toThrow(/transient/);

    failing.clear();
    const retry = await handler.handler({ Records: [event.Records[1]] });
    expect(retry.batchItemFailures).toEqual([]);
    expect(await list()).toContain('factsheets/throttled.json');
    client.destroy();
  });
});
