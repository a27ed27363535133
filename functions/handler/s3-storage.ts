/** The storage port over S3 (AWS, or any S3-compatible endpoint such as the local bucket). */
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { isNotFoundCode, unquote, versionOf } from './s3-answers.ts';
import type { ObjectHead, Storage, StoredObject } from './storage.ts';

function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'name' in err && isNotFoundCode(String((err as { name: unknown }).name));
}

interface HeadLike {
  Metadata?: Record<string, string>;
  ETag?: string;
  VersionId?: string;
  ContentLength?: number;
  LastModified?: Date;
}

function toHead(out: HeadLike): ObjectHead {
  return {
    metadata: out.Metadata ?? {},
    eTag: unquote(out.ETag),
    versionId: versionOf(out.VersionId),
    size: out.ContentLength ?? 0,
    lastModified: out.LastModified ?? null,
  };
}

export function s3Storage(client: S3Client): Storage {
  return {
    async get(bucket, key, { versionId, maxBytes }): Promise<StoredObject | null> {
      try {
        const out = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }),
        );
        const head = toHead(out);
        if (head.size > maxBytes) {
          // Do not pull an oversized object into memory just to reject it.
          const body = out.Body as { destroy?: () => void } | undefined;
          body?.destroy?.();
          return { ...head, bytes: null };
        }
        const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
        return { ...head, size: bytes.byteLength, bytes };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async head(bucket, key) {
      try {
        return toHead(await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })));
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async put(bucket, key, body, { contentType, metadata }) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType, Metadata: metadata }),
      );
    },
    async delete(bucket, key) {
      // S3 answers 204 for a key that is not there, so a missing key needs no special case.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
