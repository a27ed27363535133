/**
 * `factsheet reprocess`: list the uploads in a bucket and hand each to the handler again — through the
 * SQS queue the deployed function reads (messages shaped exactly as S3 sends them), or, with no queue, by
 * running the same handler in this process. Idempotency in the handler makes repeating this safe.
 */
import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import { configFromEnv, normalisePrefix } from '../handler/config.ts';
import { s3NotificationFor, sqsEventFor } from '../handler/events.ts';
import { createFactsheetHandler } from '../handler/index.ts';
import { createS3Client } from '../handler/s3-client.ts';
import { s3Storage } from '../handler/s3-storage.ts';
import { createTelemetry } from '../handler/telemetry.ts';
import { relativeInputPath } from '../pipeline/keys.ts';
import type { Io } from './make.ts';
import { UsageError } from './usage.ts';

type Env = Record<string, string | undefined>;

export interface ReprocessOptions {
  bucket: string;
  prefix: string | null;
  queueUrl: string | null;
  endpointUrl: string | null;
  concurrency: number;
}

interface Listed {
  key: string;
  eTag: string | null;
  size: number | null;
}

const LOOPBACK = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/i;

/** The local bucket only accepts S3RVER/S3RVER; spare the user exporting them for a loopback endpoint. */
function s3ClientFor(options: ReprocessOptions, env: Env): S3Client {
  const endpoint = options.endpointUrl ?? undefined;
  const local = endpoint !== undefined && LOOPBACK.test(endpoint) && !env['AWS_ACCESS_KEY_ID'];
  return createS3Client(
    { ...(endpoint ? { endpoint } : {}), ...(local ? { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}) },
    env,
  );
}

/** Pages of up to 1,000 keys, so a million-object bucket is never held in memory at once. */
async function* listUploads(client: S3Client, bucket: string, prefix: string, keep: (key: string) => boolean) {
  for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix })) {
    const objects: Listed[] = [];
    for (const o of page.Contents ?? []) {
      if (!o.Key || o.Key.endsWith('/') || !keep(o.Key)) continue;
      objects.push({ key: o.Key, eTag: o.ETag?.replace(/"/g, '') ?? null, size: o.Size ?? null });
    }
    yield objects;
  }
}

async function inChunks<T>(items: T[], size: number, limit: number, work: (chunk: T[]) => Promise<void>) {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, chunks.length) }, async () => {
      while (next < chunks.length) await work(chunks[next++] as T[]);
    }),
  );
}

function progressPrinter(io: Io) {
  let last = 0;
  return (line: string, force = false) => {
    const now = Date.now();
    if (force || now - last >= 1000) {
      last = now;
      io.err(`reprocess: ${line}`);
    }
  };
}

function regionFromQueueUrl(url: string): string | undefined {
  return /sqs[.-]([a-z0-9-]+)\.amazonaws\.com/.exec(url)?.[1];
}

async function enqueue(options: ReprocessOptions & { queueUrl: string }, s3: S3Client, prefix: string, keep: (k: string) => boolean, io: Io, env: Env) {
  const { SQSClient, SendMessageBatchCommand } = await import('@aws-sdk/client-sqs');
  const region = env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? regionFromQueueUrl(options.queueUrl);
  const sqs = new SQSClient(region ? { region } : {});
  const progress = progressPrinter(io);
  let listed = 0;
  let sent = 0;
  const failed: string[] = [];
  try {
    for await (const page of listUploads(s3, options.bucket, prefix, keep)) {
      listed += page.length;
      await inChunks(page, 10, options.concurrency, async (chunk) => {
        let pending = chunk.map((o, i) => ({ Id: String(i), MessageBody: JSON.stringify(s3NotificationFor(options.bucket, o)), key: o.key }));
        // Entries SQS refuses within a batch (throttling) get one more try before they count as failed.
        for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
          const out = await sqs.send(
            new SendMessageBatchCommand({
              QueueUrl: options.queueUrl,
              Entries: pending.map(({ Id, MessageBody }) => ({ Id, MessageBody })),
            }),
          );
          sent += out.Successful?.length ?? 0;
          const refused = new Set((out.Failed ?? []).map((f) => f.Id));
          pending = pending.filter((p) => refused.has(p.Id));
        }
        failed.push(...pending.map((p) => p.key));
        progress(`listed ${listed}, enqueued ${sent}`);
      });
    }
  } finally {
    sqs.destroy();
  }
  progress(`listed ${listed}, enqueued ${sent}`, true);
  for (const key of failed) io.err(`factsheet: ${key}: could not be enqueued`);
  io.out(`${sent} enqueued to ${options.queueUrl}, ${failed.length} failed`);
  return failed.length > 0 ? 1 : 0;
}

async function runHere(options: ReprocessOptions, s3: S3Client, prefix: string, keep: (k: string) => boolean, io: Io, env: Env) {
  const config = configFromEnv(env);
  const handler = createFactsheetHandler({
    storage: s3Storage(s3),
    config,
    telemetry: createTelemetry(env, { logLevel: (env['POWERTOOLS_LOG_LEVEL'] as 'WARN' | undefined) ?? 'SILENT', metrics: false }),
  });
  const progress = progressPrinter(io);
  const counts = { listed: 0, made: 0, skipped: 0, failed: 0, retried: 0 };
  const report = () =>
    `processed ${counts.made + counts.skipped + counts.failed}/${counts.listed} (made ${counts.made}, skipped ${counts.skipped}, failed ${counts.failed})`;
  for await (const page of listUploads(s3, options.bucket, prefix, keep)) {
    counts.listed += page.length;
    await inChunks(page, 1, options.concurrency, async ([object]) => {
      const listed = object as Listed;
      for (let attempt = 1; ; attempt++) {
        const [result] = await handler.processEvent(sqsEventFor(options.bucket, [listed]));
        for (const outcome of result?.outcomes ?? []) {
          if (outcome.status === 'made') counts.made++;
          else if (outcome.status === 'skipped') counts.skipped++;
          else if (outcome.status === 'failed') {
            counts.failed++;
            io.err(`factsheet: ${outcome.key}: ${outcome.message} [${outcome.code}] → ${outcome.report}`);
          }
        }
        if (!result?.retry) break;
        if (attempt >= 3) {
          counts.failed++;
          io.err(`factsheet: ${listed.key}: ${result.retry.message} (gave up after ${attempt} attempts)`);
          break;
        }
        counts.retried++;
        await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      }
      progress(report());
    });
  }
  progress(report(), true);
  io.out(report());
  return counts.failed > 0 ? 1 : 0;
}

export async function reprocess(options: ReprocessOptions, io: Io, env: Env): Promise<number> {
  const config = configFromEnv(env);
  const prefix = options.prefix === null ? config.prefixes.incoming : options.prefix.replace(/^\/+/, '');
  const incoming = normalisePrefix(config.prefixes.incoming, 'incoming/');
  if (!prefix.startsWith(incoming) && !incoming.startsWith(prefix)) {
    throw new UsageError(`--prefix ${prefix} is outside the incoming prefix ${incoming}: the handler would ignore those objects`);
  }
  const keep = (key: string) => relativeInputPath(key, config.prefixes) !== null;
  const s3 = s3ClientFor(options, env);
  try {
    return options.queueUrl
      ? await enqueue({ ...options, queueUrl: options.queueUrl }, s3, prefix, keep, io, env)
      : await runHere(options, s3, prefix, keep, io, env);
  } finally {
    s3.destroy();
  }
}
