/**
 * Event parsing: whatever invoked the function → the objects to process, grouped by the unit that is
 * retried (one SQS message, or the whole direct S3 event). Pure: no I/O.
 *
 * Accepted shapes: an SQS event whose bodies are S3 notifications (or SNS envelopes around them), and a
 * direct S3 event. `s3:TestEvent` messages and non-create events carry no work.
 */
import { decodeS3EventKey, encodeS3EventKey } from '../pipeline/keys.ts';

export interface ObjectRef {
  bucket: string;
  /** Decoded key: `+` is a space, %XX sequences resolved. */
  key: string;
  versionId: string | null;
  eTag: string | null;
  size: number | null;
}

export interface WorkItem {
  /** SQS messageId (what `batchItemFailures` names), or `s3-event` for a direct S3 event. */
  id: string;
  refs: ObjectRef[];
  /** Set when the message could not be understood at all: it is reported as failed (→ dead-letter queue). */
  malformed: string | null;
}

interface S3RecordLike {
  eventSource?: unknown;
  eventName?: unknown;
  s3?: { bucket?: { name?: unknown }; object?: { key?: unknown; versionId?: unknown; eTag?: unknown; size?: unknown } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A key as S3 events carry it; a malformed %-sequence is kept as it came rather than dropped. */
function decodeKey(raw: string): string {
  try {
    return decodeS3EventKey(raw);
  } catch {
    return raw;
  }
}

function refFromRecord(record: S3RecordLike): ObjectRef | null {
  const name = typeof record.eventName === 'string' ? record.eventName : '';
  // "ObjectCreated:Put" from S3 and s3rver; "s3:ObjectCreated:Put" in some test payloads.
  if (!/(^|:)ObjectCreated:/.test(name)) return null;
  const bucket = record.s3?.bucket?.name;
  const key = record.s3?.object?.key;
  if (typeof bucket !== 'string' || typeof key !== 'string' || bucket === '' || key === '') return null;
  const { versionId, eTag, size } = record.s3?.object ?? {};
  return {
    bucket,
    key: decodeKey(key),
    versionId: typeof versionId === 'string' && versionId !== '' && versionId !== 'null' ? versionId : null,
    eTag: typeof eTag === 'string' && eTag !== '' ? eTag.replace(/"/g, '') : null,
    size: typeof size === 'number' ? size : null,
  };
}

/** The records of an S3 notification body; [] for `s3:TestEvent`; null when it is not one at all. */
export function refsFromNotification(body: unknown): ObjectRef[] | null {
  if (!isObject(body)) return null;
  if (body['Event'] === 's3:TestEvent') return [];
  // S3 → SNS → SQS wraps the notification in an SNS envelope.
  if (body['Type'] === 'Notification' && typeof body['Message'] === 'string') {
    try {
      return refsFromNotification(JSON.parse(body['Message']));
    } catch {
      return null;
    }
  }
  const records = body['Records'];
  if (!Array.isArray(records)) return null;
  const refs: ObjectRef[] = [];
  for (const record of records) {
    if (!isObject(record)) continue;
    const ref = refFromRecord(record as S3RecordLike);
    if (ref) refs.push(ref);
  }
  return refs;
}

function isSqsEvent(event: Record<string, unknown>): boolean {
  const records = event['Records'];
  return Array.isArray(records) && records.length > 0 && isObject(records[0]) && records[0]['eventSource'] === 'aws:sqs';
}

export function parseEvent(event: unknown): WorkItem[] {
  if (!isObject(event)) return [];
  if (isSqsEvent(event)) {
    return (event['Records'] as Record<string, unknown>[]).map((message, i) => {
      const id = typeof message['messageId'] === 'string' ? message['messageId'] : `message-${i}`;
      const body = typeof message['body'] === 'string' ? message['body'] : '';
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return { id, refs: [], malformed: 'message body is not JSON' };
      }
      const refs = refsFromNotification(parsed);
      return refs === null ? { id, refs: [], malformed: 'message body is not an S3 event notification' } : { id, refs, malformed: null };
    });
  }
  const refs = refsFromNotification(event);
  if (refs === null || refs.length === 0) return [];
  return [{ id: 's3-event', refs, malformed: null }];
}

/**
 * The inverse of parsing: the S3 event notification S3 would send for an object, key URL-encoded as S3
 * does it. Used where something other than S3 produces the event (the local bucket, `factsheet reprocess`).
 */
export function s3NotificationFor(
  bucket: string,
  object: { key: string; eTag?: string | null; size?: number | null; versionId?: string | null },
  eventName = 'ObjectCreated:Put',
) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName,
        s3: {
          s3SchemaVersion: '1.0',
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
          object: {
            key: encodeS3EventKey(object.key),
            ...(object.eTag ? { eTag: object.eTag.replace(/"/g, '') } : {}),
            ...(typeof object.size === 'number' ? { size: object.size } : {}),
            ...(object.versionId ? { versionId: object.versionId } : {}),
          },
        },
      },
    ],
  };
}

/** An SQS event carrying one such notification per object, one message each (as S3 → SQS delivers). */
export function sqsEventFor(bucket: string, objects: Parameters<typeof s3NotificationFor>[1][]) {
  return {
    Records: objects.map((object, i) => ({
      messageId: `local-${Date.now().toString(36)}-${i}-${Math.random().toString(36).slice(2, 10)}`,
      eventSource: 'aws:sqs',
      awsRegion: 'us-east-1',
      body: JSON.stringify(s3NotificationFor(bucket, object)),
    })),
  };
}
