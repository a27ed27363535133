/**
 * The tiny storage port the per-object flow runs over. The S3 driver implements it; tests can too.
 * Contract: a missing object is `null`; any other failure throws (and is treated as transient: retried).
 */
export interface ObjectHead {
  /** User metadata, keys lower-case without `x-amz-meta-`. */
  metadata: Record<string, string>;
  /** Without the surrounding quotes. */
  eTag: string | null;
  versionId: string | null;
  size: number;
  lastModified: Date | null;
}

export interface StoredObject extends ObjectHead {
  /** null when the object is larger than `maxBytes` and was therefore not downloaded. */
  bytes: Uint8Array | null;
}

export interface PutOptions {
  contentType: string;
  metadata: Record<string, string>;
}

export interface Storage {
  get(bucket: string, key: string, options: { versionId?: string | null; maxBytes: number }): Promise<StoredObject | null>;
  head(bucket: string, key: string): Promise<ObjectHead | null>;
  put(bucket: string, key: string, body: Uint8Array | string, options: PutOptions): Promise<void>;
  /** Removing a key that does not exist is not an error. */
  delete(bucket: string, key: string): Promise<void>;
}
