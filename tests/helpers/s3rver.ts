/**
 * A real s3rver on a free 127.0.0.1 port, in its own temp dir, bucket created; started and stopped by the
 * test that needs it. Shared by the handler, load, fault and benchmark suites.
 *
 *   const s3 = await startS3rver();           // { endpoint, bucket, client, directory, server, stop }
 *   ...
 *   await s3.stop();                           // closes the server and removes the directory
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import S3rver, { type S3rverEvent } from 's3rver';
import { createS3Client } from '../../functions/handler/s3-client.ts';

export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  port: number;
  /** An S3 client for this server (path-style, checksums only when required, S3RVER credentials). */
  client: S3Client;
  directory: string;
  server: S3rver;
  /** Every object event s3rver emitted so far (raw, un-encoded keys). */
  events: S3rverEvent[];
  stop(): Promise<void>;
}

export interface StartOptions {
  bucket?: string;
  /** Extra buckets to create (e.g. a separate output bucket). */
  extraBuckets?: string[];
  /** Keep the objects in this directory instead of a fresh temp dir (not removed on stop). */
  directory?: string;
  /** Fixed port; default a free one. */
  port?: number;
  onEvent?: (event: S3rverEvent) => void;
}

export async function startS3rver(options: StartOptions = {}): Promise<LocalS3> {
  const bucket = options.bucket ?? 'factsheet';
  const ownDirectory = options.directory === undefined;
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'factsheet-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    configureBuckets: [bucket, ...(options.extraBuckets ?? [])].map((name) => ({ name })),
  });
  const events: S3rverEvent[] = [];
  server.on('event', (event: S3rverEvent) => {
    events.push(event);
    options.onEvent?.(event);
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const client = createS3Client({ endpoint, region: 'us-east-1', credentials: { ...S3RVER_CREDENTIALS } }, {});
  let stopped = false;
  return {
    endpoint,
    bucket,
    port: address.port,
    client,
    directory,
    server,
    events,
    async stop() {
      if (stopped) return;
      stopped = true;
      client.destroy();
      // Keep-alive sockets would hold close() open; drop them first.
      server.httpServer?.closeAllConnections();
      await server.close();
      if (ownDirectory) rmSync(directory, { recursive: true, force: true });
    },
  };
}
