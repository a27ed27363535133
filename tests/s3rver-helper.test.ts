import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3rver, type LocalS3 } from './helpers/s3rver.ts';

describe('tests/helpers/s3rver', () => {
  let s3: LocalS3;
  beforeAll(async () => {
    s3 = await startS3rver();
  });
  afterAll(async () => {
    await s3.stop();
  });

  it('round-trips bytes exactly (no chunk framing stored) and reports raw keys in events', async () => {
    const body = 'Line one — “curly” é\n'.repeat(50);
    await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'incoming/a b+c.txt', Body: body }));
    const got = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: 'incoming/a b+c.txt' }));
    expect(await got.Body?.transformToString('utf-8')).toBe(body);
    expect(s3.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s3.events.map((e) => e.Records[0]?.s3.object.key)).toContain('incoming/a b+c.txt');
  });
});
