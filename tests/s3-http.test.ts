/**
 * The Lambda handler reaches S3 without the AWS SDK (functions/handler/s3-http.ts, sigv4.ts). Held to the
 * SDK's contract three ways: signatures equal to AWS's documented S3 examples and to @smithy/signature-v4's
 * (the SDK's signer) for generated requests; object addresses equal to what the SDK's S3 client resolves for the same region, flags and
 * bucket; and the same answers as the SDK-backed storage (s3-storage.ts) from a real s3rver, including
 * through injected faults. s3rver checks the access key but not V4 signatures: the first test is what
 * holds the signing to AWS's algorithm.
 */
import { createHash, createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../functions/handler/s3-client.ts';
import { objectAddress, s3HttpOptionsFromEnv, s3HttpStorage, type S3HttpOptions } from '../functions/handler/s3-http.ts';
import { s3Storage } from '../functions/handler/s3-storage.ts';
import { escapeKeyPath, sha256Hex, signRequest } from '../functions/handler/sigv4.ts';
import type { Storage } from '../functions/handler/storage.ts';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';
import { S3RVER_CREDENTIALS, startS3rver, type LocalS3 } from './helpers/s3rver.ts';

const bytes = (data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof data === 'string' ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/** The hash the SDK's signer is given: SHA-256, or HMAC-SHA-256 when constructed with a key. */
class NodeSha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

describe('SigV4 signatures', () => {
  // The worked examples of AWS's S3 documentation ("Signature calculations for the Authorization header").
  it('give the signatures of AWS\'s documented S3 examples', () => {
    const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
    const at = new Date('2013-05-24T00:00:00Z');
    const get = signRequest(
      { method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: '/test.txt', query: {}, headers: { range: 'bytes=0-9' }, payloadHash: sha256Hex('') },
      credentials,
      'us-east-1',
      at,
    );
    expect(get['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    const put = signRequest(
      {
        method: 'PUT',
        host: 'examplebucket.s3.amazonaws.com',
        path: `/${escapeKeyPath('test$file.text')}`,
        query: {},
        headers: { date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
        payloadHash: sha256Hex('Welcome to Amazon S3.'),
      },
      credentials,
      'us-east-1',
      at,
    );
    expect(put['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd',
    );
  });

  const keyChars = fc.constantFrom(...Array.from('aZ09-_.~/ +%&=?#!\'()*,;:@$[]{}"<>^`|\\é中😀'));
  const headerValue = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[^\x21-\x7e ]/g, 'x'));

  it('equal @smithy/signature-v4 for generated requests (keys, queries, metadata, tokens, regions, dates)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE'),
        fc.array(keyChars, { minLength: 1, maxLength: 30 }).map((cs) => cs.join('')),
        fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
        fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), headerValue, { maxKeys: 4 }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9/+=]{10,40}$/), { nil: undefined }),
        fc.constantFrom('us-east-1', 'eu-west-3', 'cn-north-1', 'us-gov-west-1'),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.uint8Array({ maxLength: 64 }),
        async (method, key, versionId, metadata, sessionToken, region, date, body) => {
          const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken };
          const path = `/bucket/${escapeKeyPath(key)}`;
          const query: Record<string, string> = versionId === undefined ? {} : { versionId };
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          for (const [name, value] of Object.entries(metadata)) headers[`x-amz-meta-${name}`] = value;
          const payloadHash = sha256Hex(body);
          const ours = signRequest({ method, host: 's3.example.com:9000', path, query, headers, payloadHash }, credentials, region, date);

          const signer = new SignatureV4({ credentials, region, service: 's3', sha256: NodeSha256, uriEscapePath: false, applyChecksum: true });
          const signed = await signer.sign(
            {
              method,
              protocol: 'https:',
              hostname: 's3.example.com',
              port: 9000,
              path,
              query,
              headers: { ...headers, host: 's3.example.com:9000', 'x-amz-content-sha256': payloadHash },
              body,
            },
            { signingDate: date },
          );
          expect(ours['authorization']).toBe(signed.headers['authorization']);
          expect(ours['x-amz-date']).toBe(signed.headers['x-amz-date']);
          expect(ours['x-amz-security-token']).toBe(signed.headers['x-amz-security-token']);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('object addresses', () => {
  /** Where the SDK's S3 client sends a HeadObject: captured by a request handler that never sends it. */
  async function sdkAddress(region: string, useFipsEndpoint: boolean, useDualstackEndpoint: boolean, bucket: string, key: string) {
    let seen: { hostname: string; path: string } | null = null;
    const client = new S3Client({
      region,
      useFipsEndpoint,
      useDualstackEndpoint,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      requestHandler: {
        handle: async (request: { hostname: string; path: string }) => {
          seen = { hostname: request.hostname, path: request.path };
          throw new Error('captured');
        },
      },
    });
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    } catch (err) {
      if (!seen) return { error: (err as Error).message };
    }
    return seen as { hostname: string; path: string } | null;
  }

  it('equal the SDK endpoint rules for AWS regions, FIPS, dual-stack and bucket names', async () => {
    let compared = 0;
    for (const region of ['us-east-1', 'eu-west-3', 'ap-southeast-2', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'us-isob-east-1']) {
      for (const [fips, dual] of [[false, false], [true, false], [false, true], [true, true]] as const) {
        for (const bucket of ['factsheet-bucket-1a2b', 'my.dotted.bucket', 'abc']) {
          const key = 'factsheets/news/a b+c/é.json';
          const sdk = await sdkAddress(region, fips, dual, bucket, key);
          if (!sdk || 'error' in sdk) continue; // a combination the SDK refuses (e.g. FIPS where no FIPS endpoint exists)
          const ours = objectAddress({ region, useFips: fips, useDualStack: dual }, bucket, key);
          expect({ hostname: ours.hostname, path: ours.path }, `${region} fips=${fips} dual=${dual} ${bucket}`).toEqual(sdk);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('escape keys as the SDK does', async () => {
    for (const key of ["odd!'()*&=;,$@[]~^`{}|\\\"<>.txt", 'a%2Fb%20c+d e.md', 'ünïcödé/中文 😀.html', 'dir//x/./y/../z', ' lead and trail ']) {
      const sdk = await sdkAddress('eu-west-3', false, false, 'factsheet-bucket', key);
      expect(objectAddress({ region: 'eu-west-3' }, 'factsheet-bucket', key).path, key).toBe((sdk as { path: string }).path);
    }
  });

  it('is path-style under a custom endpoint, as the SDK client of s3-client.ts', async () => {
    const ours = objectAddress({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4569' }, 'factsheet', 'incoming/a b.txt');
    expect(ours).toEqual({ protocol: 'http:', hostname: '127.0.0.1', port: 4569, path: '/factsheet/incoming/a%20b.txt' });
  });

  it('reads the environment the SDK reads', () => {
    const options = s3HttpOptionsFromEnv({
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_S3: 'http://localhost:1',
      AWS_USE_FIPS_ENDPOINT: 'true',
      AWS_MAX_ATTEMPTS: '5',
      AWS_ACCESS_KEY_ID: 'id',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'token',
    });
    expect(options).toMatchObject({ region: 'eu-west-1', endpoint: 'http://localhost:1', useFips: true, useDualStack: false, maxAttempts: 5 });
    expect(options.credentials()).toEqual({ accessKeyId: 'id', secretAccessKey: 'secret', sessionToken: 'token' });
    expect(() => s3HttpOptionsFromEnv({}).credentials()).toThrow(/AWS_ACCESS_KEY_ID/);
  });
});

describe('against s3rver, answers equal to the SDK-backed storage', () => {
  let s3: LocalS3;
  let proxy: FaultProxy;
  let sdk: Storage;
  let ours: Storage;
  const options = (endpoint: string, extra: Partial<S3HttpOptions> = {}): S3HttpOptions => ({
    region: 'us-east-1',
    endpoint,
    credentials: () => ({ ...S3RVER_CREDENTIALS }),
    ...extra,
  });

  beforeAll(async () => {
    s3 = await startS3rver();
    proxy = await startFaultProxy(s3.endpoint);
    sdk = s3Storage(createS3Client({ endpoint: s3.endpoint, credentials: { ...S3RVER_CREDENTIALS } }, {}));
    ours = s3HttpStorage(options(s3.endpoint));
  });
  afterAll(async () => {
    await proxy.stop();
    await s3.stop();
  });

  const KEYS = ['incoming/plain.txt', 'incoming/with space+plus.txt', 'incoming/ünïcödé/中文 😀.md', "incoming/odd!'()*&=;,$@[].html", 'incoming/a%2Fb%20c.txt'];

  it('put, head, get and delete the same objects, metadata and bytes', async () => {
    const body = new TextEncoder().encode('“Quoted” text, once.\n'.repeat(50));
    for (const [i, key] of KEYS.entries()) {
      const metadata = { 'source-key': encodeURIComponent(key), template: 'standard', generator: `v${i}` };
      const [a, b] = [`sdk/${key}`, `ours/${key}`];
      await sdk.put(s3.bucket, a, body, { contentType: 'text/plain; charset=utf-8', metadata });
      await ours.put(s3.bucket, b, body, { contentType: 'text/plain; charset=utf-8', metadata });
      // Each reads what the other wrote: the same object, the same answer.
      for (const k of [a, b]) {
        const [viaSdk, viaOurs] = [await sdk.head(s3.bucket, k), await ours.head(s3.bucket, k)];
        expect(viaOurs, k).toEqual(viaSdk);
        expect(viaOurs?.metadata, k).toEqual(metadata);
        expect(viaOurs?.size).toBe(body.byteLength);
        const [gotSdk, gotOurs] = [await sdk.get(s3.bucket, k, { maxBytes: 1e6 }), await ours.get(s3.bucket, k, { maxBytes: 1e6 })];
        expect(gotOurs, k).toEqual(gotSdk);
        expect(Buffer.from(gotOurs!.bytes!)).toEqual(Buffer.from(body));
        expect(Object.getPrototypeOf(gotOurs!.bytes)).toBe(Uint8Array.prototype);
      }
      await ours.delete(s3.bucket, a);
      await sdk.delete(s3.bucket, b);
      expect(await ours.head(s3.bucket, a)).toBeNull();
      expect(await sdk.get(s3.bucket, b, { maxBytes: 1e6 })).toBeNull();
    }
  });

  it('writes a string body as UTF-8, leaves an oversized object unread, and treats missing keys alike', async () => {
    await ours.put(s3.bucket, 'ours/text.json', '{"quote":"“¿Sí?”"}\n', { contentType: 'application/json; charset=utf-8', metadata: {} });
    const got = await sdk.get(s3.bucket, 'ours/text.json', { maxBytes: 1e6 });
    expect(new TextDecoder().decode(got!.bytes!)).toBe('{"quote":"“¿Sí?”"}\n');
    const big = await ours.get(s3.bucket, 'ours/text.json', { maxBytes: 5 });
    expect(big).toEqual(await sdk.get(s3.bucket, 'ours/text.json', { maxBytes: 5 }));
    expect(big?.bytes).toBeNull();
    expect(big?.size).toBe(got!.size);
    for (const storage of [ours, sdk]) {
      expect(await storage.get(s3.bucket, 'nothing/here.txt', { maxBytes: 10 })).toBeNull();
      expect(await storage.head(s3.bucket, 'nothing/here.txt')).toBeNull();
      await storage.delete(s3.bucket, 'nothing/here.txt');
    }
  });

  it('throws what S3 refuses, named by its code: an unknown access key, a missing bucket', async () => {
    const wrong = s3HttpStorage(options(s3.endpoint, { credentials: () => ({ accessKeyId: 'NOT-S3RVER', secretAccessKey: 'S3RVER' }) }));
    await expect(wrong.get(s3.bucket, 'ours/text.json', { maxBytes: 10 })).rejects.toMatchObject({ name: 'InvalidAccessKeyId', $metadata: { httpStatusCode: 403 } });
    await expect(wrong.head(s3.bucket, 'ours/text.json')).rejects.toMatchObject({ name: 'Forbidden' });
    await expect(ours.put('no-such-bucket', 'k', 'x', { contentType: 'text/plain', metadata: {} })).rejects.toMatchObject({ name: 'NoSuchBucket', $metadata: { httpStatusCode: 404 } });
  });

  it('retries 500, 503 and reset connections, as the SDK does, and gives up after maxAttempts', async () => {
    const through = s3HttpStorage(options(proxy.endpoint));
    await through.put(s3.bucket, 'faults/a.txt', 'body', { contentType: 'text/plain', metadata: {} });
    proxy.fail({ method: 'GET', key: /^faults\/a\.txt$/, fault: 503, times: 1 });
    proxy.fail({ method: 'HEAD', key: /^faults\/a\.txt$/, fault: 'reset', times: 1 });
    proxy.fail({ method: 'PUT', key: /^faults\/b\.txt$/, fault: 500, times: 2 });
    expect(new TextDecoder().decode((await through.get(s3.bucket, 'faults/a.txt', { maxBytes: 100 }))!.bytes!)).toBe('body');
    expect(await through.head(s3.bucket, 'faults/a.txt')).toMatchObject({ size: 4 });
    await through.put(s3.bucket, 'faults/b.txt', 'second', { contentType: 'text/plain', metadata: {} });
    expect(proxy.log.filter((r) => r.fault !== null).map((r) => `${r.method} ${r.fault}`).sort()).toEqual(['GET 503', 'HEAD reset', 'PUT 500', 'PUT 500']);
    expect(proxy.log.filter((r) => r.fault === null && r.status !== null && r.status < 300)).toHaveLength(4);

    proxy.clear();
    proxy.log.length = 0;
    proxy.fail({ method: 'GET', key: /^faults\/a\.txt$/, fault: 500 });
    const once = s3HttpStorage(options(proxy.endpoint, { maxAttempts: 2 }));
    await expect(once.get(s3.bucket, 'faults/a.txt', { maxBytes: 100 })).rejects.toMatchObject({ name: 'InternalError' });
    expect(proxy.log).toHaveLength(2);
    proxy.clear();
  });

  it('gives up on a server that accepts and never answers, retrying each silent attempt', async () => {
    let connections = 0;
    const silent = createServer(() => undefined);
    silent.on('connection', () => connections++);
    await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready));
    const { port } = silent.address() as AddressInfo;
    try {
      const stalled = s3HttpStorage(options(`http://127.0.0.1:${port}`, { maxAttempts: 2, idleTimeoutMs: 150 }));
      await expect(stalled.head(s3.bucket, 'k')).rejects.toMatchObject({ code: 'ETIMEDOUT', message: expect.stringContaining('no answer in 150 ms') });
      expect(connections).toBe(2);
    } finally {
      silent.closeAllConnections();
      await new Promise((done) => silent.close(done));
    }
  });
});
