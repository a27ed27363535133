/**
 * The local bucket: s3rver on 127.0.0.1 whose object-created events under the incoming prefix are handed to
 * the very handler the Lambda runs, wrapped as the SQS message S3 would have sent. What the queue and the
 * dead-letter queue do in the cloud is done here by a small in-process dispatcher: a bounded number of
 * messages in flight, transient failures retried with backoff, and a message that keeps failing ends as a
 * `failed/` report (code RETRIES_EXHAUSTED) instead of disappearing.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import S3rver, { type S3rverEvent } from 's3rver';
import { configFromEnv, type HandlerConfig } from '../handler/config.ts';
import { createFactsheetHandler } from '../handler/index.ts';
import { fitKeys, type Outcome } from '../handler/process-object.ts';
import { createS3Client } from '../handler/s3-client.ts';
import { s3Storage } from '../handler/s3-storage.ts';
import { createTelemetry } from '../handler/telemetry.ts';
import { encodeS3EventKey, outputKeysFor, relativeInputPath } from '../pipeline/keys.ts';
import { sqsEventFor } from '../handler/events.ts';

export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const LOCAL_REGION = 'us-east-1';

type Env = Record<string, string | undefined>;

export interface LocalBucketOptions {
  port: number;
  /** Where s3rver keeps objects; kept across restarts. */
  dir: string;
  bucket: string;
  env?: Env;
  /** Called for every object the handler finished with (made, skipped, failed, ignored). */
  onOutcome?: (outcome: Outcome) => void;
  /** Called when a transient failure is retried, and when retries are exhausted. */
  onRetry?: (key: string, attempt: number, message: string, givingUp: boolean) => void;
  /**
   * At start, hand over uploads that have neither a sheet nor an error report (the process was killed
   * before it got to them). Default true. Called with how many were found.
   */
  catchUp?: boolean;
  onCatchUp?: (count: number) => void;
  /** Attempts per message before it is reported as failed (the deployed queue's maxReceiveCount). */
  maxAttempts?: number;
  /** First retry delay in ms, doubled on each attempt. */
  retryDelayMs?: number;
  /** Where the handler's S3 client connects, when not straight to the server (a fault-injecting proxy). */
  handlerEndpoint?: string;
}

export interface LocalBucket {
  endpoint: string;
  port: number;
  bucket: string;
  dir: string;
  client: S3Client;
  config: HandlerConfig;
  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void>;
  /** Lets the work queued and in flight finish (failures then give up at once), closes everything. */
  stop(): Promise<void>;
}

interface Job {
  key: string;
  eTag: string | null;
  size: number | null;
  attempt: number;
}

/**
 * s3rver's own listen() never rejects: a busy port surfaces as an unhandled 'error' event that kills the
 * process with a stack trace. Listen the same way, but turn that error into a rejected promise.
 */
function listenReportingErrors(server: S3rver): void {
  server.listen = (port: number, address: string) =>
    new Promise<Server>((resolve, reject) => {
      const callback = server.callback();
      // s3rver parses browser-form (multipart POST) uploads with busboy 0.3 → dicer, whose header parser
      // throws outside any handler on a crafted part (GHSA-wm7h-9275-46v2): one request would kill the
      // server. S3 clients and the AWS CLI never use form uploads, so they are refused before parsing.
      const http = createServer((req, res) => {
        if (req.method === 'POST' && /multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
          req.resume();
          res.writeHead(501, { 'content-type': 'application/xml' });
          res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NotImplemented</Code><Message>Browser-form (POST) uploads are not supported by the local bucket; use PUT.</Message></Error>');
          return;
        }
        void callback(req, res);
      });
      http.once('error', reject);
      http.listen(port, address, () => {
        http.off('error', reject);
        resolve(http);
      });
    });
}

export async function startLocalBucket(options: LocalBucketOptions): Promise<LocalBucket> {
  const env = options.env ?? process.env;
  const config = configFromEnv(env);
  const maxAttempts = options.maxAttempts ?? 4;
  const retryDelayMs = options.retryDelayMs ?? 500;
  mkdirSync(options.dir, { recursive: true });

  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    silent: true,
    directory: options.dir,
    configureBuckets: [{ name: options.bucket }],
  });
  listenReportingErrors(server);
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const client = createS3Client({ endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } }, {});
  const handlerClient = options.handlerEndpoint
    ? createS3Client({ endpoint: options.handlerEndpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS }, maxAttempts: 1 }, {})
    : client;
  const storage = s3Storage(handlerClient);
  const telemetry = createTelemetry(env, {
    logLevel: (env['POWERTOOLS_LOG_LEVEL'] as 'WARN' | undefined) ?? 'SILENT',
    metrics: false,
  });
  const handler = createFactsheetHandler({ storage, config, telemetry });

  const queue: Job[] = [];
  const timers = new Map<NodeJS.Timeout, Job>();
  let inFlight = 0;
  let stopping = false;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (queue.length === 0 && inFlight === 0 && timers.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  const giveUp = async (job: Job, message: string) => {
    const relative = relativeInputPath(job.key, config.prefixes);
    if (relative === null) return;
    const report = {
      code: 'RETRIES_EXHAUSTED',
      message: `gave up after ${job.attempt} attempts: ${message}`,
      key: job.key,
      version: job.eTag,
    };
    // Best effort: if storage is still failing this fails too, and the log line is all that is left.
    await storage
      .put(config.outputBucket ?? options.bucket, fitKeys(outputKeysFor(relative, config.prefixes), config.prefixes.failed).error, `${JSON.stringify(report, null, 2)}\n`, {
        contentType: 'application/json; charset=utf-8',
        metadata: { 'source-key': encodeS3EventKey(job.key) },
      })
      .catch((err: unknown) => telemetry.logger.error('could not write the error report', { key: job.key, error: err as Error }));
  };

  const run = async (job: Job) => {
    inFlight++;
    try {
      const results = await handler.processEvent(sqsEventFor(options.bucket, [job]));
      for (const result of results) {
        for (const outcome of result.outcomes) options.onOutcome?.(outcome);
        if (!result.retry) continue;
        const givingUp = job.attempt >= maxAttempts || stopping;
        options.onRetry?.(job.key, job.attempt, result.retry.message, givingUp);
        if (givingUp) {
          await giveUp(job, result.retry.message);
        } else {
          const timer = setTimeout(() => {
            timers.delete(timer);
            enqueue({ ...job, attempt: job.attempt + 1 });
          }, retryDelayMs * 2 ** (job.attempt - 1));
          timers.set(timer, { ...job, attempt: job.attempt + 1 });
        }
      }
    } finally {
      inFlight--;
      pump();
      settleIdle();
    }
  };

  const pump = () => {
    while (inFlight < config.concurrency && queue.length > 0) void run(queue.shift() as Job);
  };

  const enqueue = (job: Job) => {
    queue.push(job);
    pump();
  };

  server.on('event', (event: S3rverEvent) => {
    for (const record of event.Records) {
      const key = record.s3.object.key;
      // s3rver reports every write, ours included: only new uploads under the incoming prefix are work.
      if (!record.eventName.startsWith('ObjectCreated')) continue;
      if (relativeInputPath(key, config.prefixes) === null || key.endsWith('/')) continue;
      enqueue({ key, eTag: record.s3.object.eTag ?? null, size: record.s3.object.size ?? null, attempt: 1 });
    }
  });

  // Uploads left unprocessed by an earlier run that was killed. Runs in the background; the listing also
  // sees objects uploaded meanwhile, which is harmless (the handler is idempotent).
  let catchingUp: Promise<void> = Promise.resolve();
  if (options.catchUp !== false) {
    catchingUp = (async () => {
      let found = 0;
      try {
        for await (const page of paginateListObjectsV2({ client }, { Bucket: options.bucket, Prefix: config.prefixes.incoming })) {
          for (const object of page.Contents ?? []) {
            const key = object.Key;
            const relative = key ? relativeInputPath(key, config.prefixes) : null;
            if (!key || relative === null || key.endsWith('/')) continue;
            const keys = fitKeys(outputKeysFor(relative, config.prefixes), config.prefixes.failed);
            const outBucket = config.outputBucket ?? options.bucket;
            if ((await storage.head(outBucket, keys.json)) || (await storage.head(outBucket, keys.error))) continue;
            found++;
            enqueue({ key, eTag: object.ETag?.replace(/"/g, '') ?? null, size: object.Size ?? null, attempt: 1 });
          }
        }
      } catch (err) {
        telemetry.logger.error('catch-up listing failed', { error: err as Error });
      }
      options.onCatchUp?.(found);
    })();
  }

  const idle = async () => {
    await catchingUp;
    await new Promise<void>((resolve) => {
      idleWaiters.push(resolve);
      settleIdle();
    });
  };

  return {
    endpoint,
    port: address.port,
    bucket: options.bucket,
    dir: options.dir,
    client,
    config,
    idle,
    async stop() {
      stopping = true;
      // Retries waiting on a timer run now, a last time, so nothing scheduled is silently dropped.
      const waiting = [...timers.entries()];
      timers.clear();
      for (const [timer, job] of waiting) {
        clearTimeout(timer);
        enqueue(job);
      }
      await idle();
      server.httpServer?.closeAllConnections();
      await server.close();
      client.destroy();
      if (handlerClient !== client) handlerClient.destroy();
    },
  };
}
