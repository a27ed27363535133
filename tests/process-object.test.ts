/**
 * The per-object flow over the storage port, with a small versioned in-memory bucket: the cases a
 * non-versioned s3rver cannot show (reads by versionId, out-of-order delivery of older versions).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../functions/handler/config.ts';
import { processObject } from '../functions/handler/process-object.ts';
import type { ObjectHead, Storage, StoredObject } from '../functions/handler/storage.ts';
import { createTelemetry } from '../functions/handler/telemetry.ts';

const ARTICLE = readFileSync(new URL('../examples/aid-flight.txt', import.meta.url));

interface Version {
  id: string;
  bytes: Uint8Array;
  metadata: Record<string, string>;
  lastModified: Date;
}

/** A versioned bucket in memory: every put adds a version; get reads the latest or a given one. */
class VersionedMemoryBucket implements Storage {
  readonly objects = new Map<string, Version[]>();
  readonly gets: { key: string; versionId: string | null }[] = [];
  private clock = Date.parse('2026-11-01T00:00:00Z');

  add(key: string, body: Uint8Array | string, metadata: Record<string, string> = {}): string {
    const versions = this.objects.get(key) ?? [];
    const id = `v${versions.length + 1}`;
    this.clock += 60_000;
    versions.push({ id, bytes: typeof body === 'string' ? new TextEncoder().encode(body) : body, metadata, lastModified: new Date(this.clock) });
    this.objects.set(key, versions);
    return id;
  }

  private find(key: string, versionId?: string | null): Version | null {
    const versions = this.objects.get(key) ?? [];
    return (versionId ? versions.find((v) => v.id === versionId) : versions.at(-1)) ?? null;
  }

  private head_(v: Version): ObjectHead {
    return { metadata: v.metadata, eTag: `etag-${v.id}`, versionId: v.id, size: v.bytes.byteLength, lastModified: v.lastModified };
  }

  async get(_bucket: string, key: string, options: { versionId?: string | null; maxBytes: number }): Promise<StoredObject | null> {
    this.gets.push({ key, versionId: options.versionId ?? null });
    const v = this.find(key, options.versionId);
    if (!v) return null;
    return { ...this.head_(v), bytes: v.bytes.byteLength > options.maxBytes ? null : v.bytes };
  }

  async head(_bucket: string, key: string): Promise<ObjectHead | null> {
    const v = this.find(key);
    return v ? this.head_(v) : null;
  }

  async put(_bucket: string, key: string, body: Uint8Array | string, options: { metadata: Record<string, string> }): Promise<void> {
    this.add(key, body, options.metadata);
  }

  readonly deletes: string[] = [];

  /** Drops every version: enough here, where nothing reads an output's older versions. */
  async delete(_bucket: string, key: string): Promise<void> {
    this.deletes.push(key);
    this.objects.delete(key);
  }
}

const deps = (storage: Storage) => ({
  storage,
  config: configFromEnv({ SOURCE_DATE_EPOCH: '1763856000' }),
  telemetry: createTelemetry({}, { logLevel: 'SILENT', metrics: false }),
});

const ref = (key: string, versionId: string | null) => ({ bucket: 'b', key, versionId, eTag: null, size: null });

describe('processObject over a versioned bucket', () => {
  it('reads the version the event names and records it', async () => {
    const bucket = new VersionedMemoryBucket();
    const v1 = bucket.add('incoming/a.txt', ARTICLE);
    bucket.add('incoming/a.txt', '');
    const outcome = await processObject(ref('incoming/a.txt', v1), deps(bucket));
    expect(outcome.status).toBe('made');
    expect(bucket.gets).toEqual([{ key: 'incoming/a.txt', versionId: 'v1' }]);
    const json = bucket.objects.get('factsheets/a.json')!.at(-1)!;
    expect(json.metadata['source-version']).toBe('v1');
    expect(JSON.parse(new TextDecoder().decode(json.bytes)).input.version).toBe('v1');
  });

  it('does not let a late event for an older version overwrite the sheet of a newer one', async () => {
    const bucket = new VersionedMemoryBucket();
    const v1 = bucket.add('incoming/story.txt', ARTICLE);
    const v2 = bucket.add('incoming/story.txt', new TextDecoder().decode(ARTICLE).replace('Dushanbe', 'Khujand'));
    expect((await processObject(ref('incoming/story.txt', v2), deps(bucket))).status).toBe('made');
    const late = await processObject(ref('incoming/story.txt', v1), deps(bucket));
    expect(late).toMatchObject({ status: 'skipped', reason: 'newer version already made' });
    const json = bucket.objects.get('factsheets/story.json')!;
    expect(json).toHaveLength(1);
    expect(json[0]!.metadata['source-version']).toBe('v2');
    // The same version again is simply up to date.
    expect(await processObject(ref('incoming/story.txt', v2), deps(bucket))).toMatchObject({ status: 'skipped', reason: 'up to date' });
  });

  it("clears an earlier version's error report once a later version has its sheet", async () => {
    const bucket = new VersionedMemoryBucket();
    const v1 = bucket.add('incoming/a.txt', '');
    expect(await processObject(ref('incoming/a.txt', v1), deps(bucket))).toMatchObject({ status: 'failed', code: 'EMPTY' });
    expect(bucket.objects.has('failed/a.txt.error.json')).toBe(true);
    const v2 = bucket.add('incoming/a.txt', ARTICLE);
    expect((await processObject(ref('incoming/a.txt', v2), deps(bucket))).status).toBe('made');
    expect(bucket.objects.has('failed/a.txt.error.json')).toBe(false);
    expect(bucket.deletes).toEqual(['failed/a.txt.error.json']);
  });

  it("keeps a newer version's error report when a late event makes an older version's sheet", async () => {
    const bucket = new VersionedMemoryBucket();
    const v1 = bucket.add('incoming/a.txt', ARTICLE);
    const v2 = bucket.add('incoming/a.txt', '');
    expect(await processObject(ref('incoming/a.txt', v2), deps(bucket))).toMatchObject({ status: 'failed' });
    expect((await processObject(ref('incoming/a.txt', v1), deps(bucket))).status).toBe('made');
    const report = bucket.objects.get('failed/a.txt.error.json')!.at(-1)!;
    expect(JSON.parse(new TextDecoder().decode(report.bytes))).toMatchObject({ code: 'EMPTY', version: 'v2' });
    expect(bucket.deletes).toEqual([]);
  });

  it('deletes nothing when there is no report', async () => {
    const bucket = new VersionedMemoryBucket();
    const v1 = bucket.add('incoming/a.txt', ARTICLE);
    expect((await processObject(ref('incoming/a.txt', v1), deps(bucket))).status).toBe('made');
    expect(bucket.deletes).toEqual([]);
  });

  it('an object deleted before processing is ignored, not retried', async () => {
    const bucket = new VersionedMemoryBucket();
    expect(await processObject(ref('incoming/gone.txt', null), deps(bucket))).toMatchObject({ status: 'ignored' });
  });

  it('asks whether the sheet exists while the source is still being read, not after', async () => {
    const bucket = new VersionedMemoryBucket();
    const v1 = bucket.add('incoming/a.txt', ARTICLE);
    const seen: string[] = [];
    const traced: Storage = {
      get: async (b, k, o) => {
        seen.push('get started');
        await new Promise((r) => setTimeout(r, 20));
        seen.push('get done');
        return bucket.get(b, k, o);
      },
      head: async (b, k) => {
        seen.push('head started');
        return bucket.head(b, k);
      },
      put: (b, k, body, o) => bucket.put(b, k, body, o),
      delete: (b, k) => bucket.delete(b, k),
    };
    expect((await processObject(ref('incoming/a.txt', v1), deps(traced))).status).toBe('made');
    expect(seen.indexOf('head started')).toBeLessThan(seen.indexOf('get done'));
  });

  it('a failing existence check matters only when it is used', async () => {
    const bucket = new VersionedMemoryBucket();
    let heads = 0;
    const flaky: Storage = {
      get: (b, k, o) => bucket.get(b, k, o),
      head: async () => {
        heads++;
        throw new Error('SlowDown');
      },
      put: (b, k, body, o) => bucket.put(b, k, body, o),
      delete: (b, k) => bucket.delete(b, k),
    };
    // The object is gone: ignored as before, the check's error is not the outcome.
    expect(await processObject(ref('incoming/gone.txt', null), deps(flaky))).toMatchObject({ status: 'ignored' });
    // The object is there: the check's error is transient and propagates for a retry; nothing is written.
    const v1 = bucket.add('incoming/a.txt', ARTICLE);
    await expect(processObject(ref('incoming/a.txt', v1), deps(flaky))).rejects.toThrow('SlowDown');
    // Two look-ups per object (its sheet and its error report), both asked while the source is read.
    expect(heads).toBe(4);
    expect(bucket.objects.has('factsheets/a.json')).toBe(false);
  });
});
