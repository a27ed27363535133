/**
 * The batch around the per-object flow: event → work items → outcomes → what Lambda wants back.
 * SQS: transient failures are reported per message in `batchItemFailures` (only those messages come back).
 * Direct S3 event (async invoke): a transient failure throws, so Lambda's own retries apply.
 */
import type { Context, SQSBatchResponse } from 'aws-lambda';
import { parseEvent, type ObjectRef, type WorkItem } from './events.ts';
import { processObject, type Outcome, type ProcessDeps } from './process-object.ts';

export interface ItemResult {
  id: string;
  outcomes: Outcome[];
  /** Why this message must be retried (transient failure or an unreadable message), else null. */
  retry: { ref: ObjectRef | null; message: string } | null;
}

export interface FactsheetHandler {
  /** Every outcome, for adapters that want detail (the local bucket, tests). */
  processEvent(event: unknown): Promise<ItemResult[]>;
  handler(event: unknown, context?: Context): Promise<SQSBatchResponse>;
}

async function eachWithConcurrency<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

const describe = (err: unknown): string =>
  err instanceof Error ? `${err.name}: ${err.message}` : typeof err === 'string' ? err : 'unknown error';

export function createHandler(deps: ProcessDeps): FactsheetHandler {
  const { logger } = deps.telemetry;

  async function processEvent(event: unknown): Promise<ItemResult[]> {
    const items: WorkItem[] = parseEvent(event);
    const results = new Map<string, ItemResult>(
      items.map((item) => [
        item.id,
        { id: item.id, outcomes: [], retry: item.malformed ? { ref: null, message: item.malformed } : null },
      ]),
    );
    for (const item of items) {
      if (item.malformed) logger.error('unreadable message: left for the dead-letter queue', { messageId: item.id, reason: item.malformed });
    }
    const work = items.flatMap((item) => item.refs.map((ref) => ({ item, ref })));
    await eachWithConcurrency(work, deps.config.concurrency, async ({ item, ref }) => {
      const result = results.get(item.id) as ItemResult;
      try {
        result.outcomes.push(await processObject(ref, deps));
      } catch (err) {
        const message = describe(err);
        logger.warn('transient failure: message will be retried', {
          messageId: item.id,
          bucket: ref.bucket,
          key: ref.key,
          version: ref.versionId ?? ref.eTag,
          error: message,
        });
        deps.telemetry.failed('TRANSIENT');
        result.retry ??= { ref, message };
      }
    });
    return [...results.values()];
  }

  return {
    processEvent,
    async handler(event, context) {
      if (context) logger.addContext(context);
      try {
        const results = await processEvent(event);
        const failures = results.filter((r) => r.retry !== null);
        if (failures.length > 0 && results.length === 1 && results[0]?.id === 's3-event') {
          throw new Error(`transient failure, retry the event: ${failures[0]?.retry?.message}`);
        }
        return { batchItemFailures: failures.map((r) => ({ itemIdentifier: r.id })) };
      } finally {
        deps.telemetry.flush();
      }
    },
  };
}
