/**
 * `factsheet reprocess` through the real bin: in-process against s3rver, and enqueueing to an SQS endpoint
 * (a minimal SendMessageBatch server) whose recorded messages the handler then accepts as S3 would send them.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../functions/handler/config.ts';
import { createFactsheetHandler } from '../functions/handler/index.ts';
import { s3Storage } from '../functions/handler/s3-storage.ts';
import { createTelemetry } from '../functions/handler/telemetry.ts';
import { startS3rver, type LocalS3 } from './helpers/s3rver.ts';

const BIN = fileURLToPath(new URL('../bin/factsheet.mjs', import.meta.url));
const ARTICLE = readFileSync(new URL('../examples/aid-flight.txt', import.meta.url));

function factsheet(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('factsheet reprocess', () => {
  let s3: LocalS3;
  let sqs: Server;
  let sqsEndpoint: string;
  const received: { queueUrl: string; body: string }[] = [];
  const creds = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };
  const exists = async (key: string) =>
    s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key })).then(
      () => true,
      () => false,
    );

  beforeAll(async () => {
    s3 = await startS3rver();
    for (const key of ['incoming/a.txt', 'incoming/world/b c.txt', 'incoming/world/empty.txt', 'other/x.txt']) {
      await s3.client.send(
        new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: key.includes('empty') ? '' : ARTICLE }),
      );
    }
    // SQS speaks AWS JSON 1.0: X-Amz-Target names the operation; answers carry the body's MD5.
    sqs = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8').on('data', (c: string) => (raw += c));
      req.on('end', () => {
        const target = String(req.headers['x-amz-target'] ?? '');
        const input = JSON.parse(raw || '{}') as { QueueUrl: string; Entries: { Id: string; MessageBody: string }[] };
        if (target !== 'AmazonSQS.SendMessageBatch') {
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(JSON.stringify({ __type: 'InvalidAction', message: target }));
          return;
        }
        const successful = input.Entries.map((e) => {
          received.push({ queueUrl: input.QueueUrl, body: e.MessageBody });
          return { Id: e.Id, MessageId: `m-${received.length}`, MD5OfMessageBody: createHash('md5').update(e.MessageBody).digest('hex') };
        });
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify({ Successful: successful, Failed: [] }));
      });
    });
    await new Promise<void>((resolve) => sqs.listen(0, '127.0.0.1', resolve));
    sqsEndpoint = `http://127.0.0.1:${(sqs.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    sqs.closeAllConnections();
    sqs.close();
    await s3.stop();
  });

  it('with no queue, runs the handler here: sheets made, bad input reported, exit 1 because one failed', async () => {
    const run = await factsheet(['reprocess', '--bucket', s3.bucket, '--endpoint-url', s3.endpoint], creds);
    expect(run.stdout).toMatch(/processed 3\/3 \(made 2, skipped 0, failed 1\)/);
    expect(run.stderr).toMatch(/incoming\/world\/empty\.txt.*EMPTY/);
    expect(run.code).toBe(1);
    expect(await exists('factsheets/a.pdf')).toBe(true);
    expect(await exists('factsheets/world/b c.json')).toBe(true);
    expect(await exists('failed/world/empty.txt.error.json')).toBe(true);
    expect(await exists('factsheets/x.pdf')).toBe(false);

    // Again: everything already made is skipped.
    const again = await factsheet(['reprocess', '--bucket', s3.bucket, '--endpoint-url', s3.endpoint, '--prefix', 'incoming/world/'], creds);
    expect(again.stdout).toMatch(/processed 2\/2 \(made 0, skipped 1, failed 1\)/);
  });

  it('with --queue-url, enqueues one S3-shaped message per upload that the handler accepts', async () => {
    const queueUrl = `${sqsEndpoint}/000000000000/factsheet-queue`;
    const run = await factsheet(['reprocess', '--bucket', s3.bucket, '--endpoint-url', s3.endpoint, '--queue-url', queueUrl], creds);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 enqueued');
    expect(received).toHaveLength(3);
    expect(received.every((m) => m.queueUrl === queueUrl)).toBe(true);
    expect(received.map((m) => JSON.parse(m.body).Records[0].s3.object.key).sort()).toEqual([
      'incoming/a.txt',
      'incoming/world/b+c.txt',
      'incoming/world/empty.txt',
    ]);

    const handler = createFactsheetHandler({
      storage: s3Storage(s3.client),
      config: configFromEnv({}),
      telemetry: createTelemetry({}, { logLevel: 'SILENT', metrics: false }),
    });
    const results = await handler.processEvent({
      Records: received.map((m, i) => ({ messageId: `q${i}`, eventSource: 'aws:sqs', body: m.body })),
    });
    expect(results.flatMap((r) => r.outcomes.map((o) => o.status)).sort()).toEqual(['failed', 'skipped', 'skipped']);
  });

  it('refuses a prefix outside incoming/ as a usage error', async () => {
    const run = await factsheet(['reprocess', '--bucket', s3.bucket, '--endpoint-url', s3.endpoint, '--prefix', 'other/'], creds);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/outside the incoming prefix/);
  });
});
