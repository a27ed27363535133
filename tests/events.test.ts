import { describe, expect, it } from 'vitest';
import { parseEvent, refsFromNotification } from '../functions/handler/events.ts';
import { configFromEnv, normalisePrefix } from '../functions/handler/config.ts';
import { encodeS3EventKey, decodeS3EventKey } from '../functions/pipeline/keys.ts';

function s3Record(key: string, extra: Record<string, unknown> = {}, eventName = 'ObjectCreated:Put') {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    eventName,
    s3: { bucket: { name: 'b' }, object: { key, size: 10, eTag: 'abc', ...extra } },
  };
}

function sqsEvent(bodies: string[]) {
  return {
    Records: bodies.map((body, i) => ({ messageId: `m${i}`, eventSource: 'aws:sqs', body })),
  };
}

describe('parseEvent', () => {
  it('reads an SQS event whose bodies are S3 notifications, decoding keys (+ is a space)', () => {
    const items = parseEvent(
      sqsEvent([
        JSON.stringify({ Records: [s3Record('incoming/news/lavrov+2024.txt', { versionId: 'v1' })] }),
        JSON.stringify({ Records: [s3Record('incoming/caf%C3%A9+%2B+more.txt')] }),
      ]),
    );
    expect(items.map((i) => i.id)).toEqual(['m0', 'm1']);
    expect(items[0]?.refs).toEqual([
      { bucket: 'b', key: 'incoming/news/lavrov 2024.txt', versionId: 'v1', eTag: 'abc', size: 10 },
    ]);
    expect(items[1]?.refs[0]?.key).toBe('incoming/café + more.txt');
    expect(items[1]?.refs[0]?.versionId).toBeNull();
  });

  it('gives no work for s3:TestEvent and for removals, and marks garbage as malformed', () => {
    const items = parseEvent(
      sqsEvent([
        JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'b' }),
        JSON.stringify({ Records: [s3Record('incoming/x.txt', {}, 'ObjectRemoved:Delete')] }),
        'not json',
        JSON.stringify({ hello: 'world' }),
      ]),
    );
    expect(items.map((i) => [i.id, i.refs.length, i.malformed !== null])).toEqual([
      ['m0', 0, false],
      ['m1', 0, false],
      ['m2', 0, true],
      ['m3', 0, true],
    ]);
  });

  it('reads a direct S3 event as one work item, and an SNS envelope inside SQS', () => {
    const direct = parseEvent({ Records: [s3Record('incoming/a.txt'), s3Record('incoming/b.txt')] });
    expect(direct).toHaveLength(1);
    expect(direct[0]?.refs.map((r) => r.key)).toEqual(['incoming/a.txt', 'incoming/b.txt']);
    const sns = refsFromNotification({
      Type: 'Notification',
      Message: JSON.stringify({ Records: [s3Record('incoming/c+d.md')] }),
    });
    expect(sns?.map((r) => r.key)).toEqual(['incoming/c d.md']);
  });

  it('keeps a key with a broken %-sequence as it came instead of dropping it', () => {
    const refs = refsFromNotification({ Records: [s3Record('incoming/100%+sure.txt')] });
    expect(refs?.[0]?.key).toBe('incoming/100%+sure.txt');
  });

  it('ignores non-objects and empty events', () => {
    expect(parseEvent(null)).toEqual([]);
    expect(parseEvent({})).toEqual([]);
    expect(parseEvent({ Records: [] })).toEqual([]);
  });
});

describe('S3 key encoding round trip', () => {
  it.each(['incoming/news/lavrov 2024.txt', 'incoming/a+b.txt', 'incoming/Ünïcödé — 東京.md', 'incoming/../x.txt'])(
    '%s',
    (key) => {
      const encoded = encodeS3EventKey(key);
      expect(encoded).not.toContain(' ');
      expect(decodeS3EventKey(encoded)).toBe(key);
      expect(parseEvent({ Records: [s3Record(encoded)] })[0]?.refs[0]?.key).toBe(key);
    },
  );
});

describe('configFromEnv', () => {
  it('normalises prefixes and reads limits, template, output bucket and the clock', () => {
    const config = configFromEnv({
      FACTSHEET_INCOMING_PREFIX: 'in',
      FACTSHEET_OUTPUT_PREFIX: '/out//',
      FACTSHEET_DEFAULT_TEMPLATE: 'brief',
      FACTSHEET_OUTPUT_BUCKET: 'other',
      FACTSHEET_MAX_BYTES: '1000',
      SOURCE_DATE_EPOCH: '1700000000',
    });
    expect(config.prefixes).toEqual({ incoming: 'in/', output: 'out/', failed: 'failed/' });
    expect(config.defaultTemplate).toBe('brief');
    expect(config.outputBucket).toBe('other');
    expect(config.limits.maxBytes).toBe(1000);
    expect(config.fixedClock?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(configFromEnv({}).fixedClock).toBeNull();
    expect(normalisePrefix('', 'incoming/')).toBe('incoming/');
  });

  it('refuses output prefixes that would trigger the function again', () => {
    expect(() => configFromEnv({ FACTSHEET_OUTPUT_PREFIX: 'incoming/sheets' })).toThrow(/overlaps/);
    expect(() => configFromEnv({ FACTSHEET_INCOMING_PREFIX: 'failed/new' })).toThrow(/overlaps/);
    expect(configFromEnv({ FACTSHEET_OUTPUT_PREFIX: 'incoming/sheets', FACTSHEET_OUTPUT_BUCKET: 'x' }).prefixes.output).toBe(
      'incoming/sheets/',
    );
  });
});
