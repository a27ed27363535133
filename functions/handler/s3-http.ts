/**
 * The storage port over S3's REST API with node's own http(s) and SigV4 (sigv4.ts): the four object calls the
 * Lambda handler makes, without the AWS SDK. Compiling the SDK (450 KB of the bundle) and its first requests
 * (configuration chain, endpoint rules, middleware, schema serde) were a fifth of the function's cold start
 * CPU time; this module is a few KB. The CLI and the local bucket keep the SDK (s3-storage.ts); tests/s3-http.test.ts holds both to the
 * same contract against s3rver, and checks addressing against the SDK's endpoint rules.
 *
 * What it keeps from the SDK's behaviour: env credentials (what Lambda provides), AWS_ENDPOINT_URL(_S3) with
 * path-style addressing, AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT, AWS_MAX_ATTEMPTS, keep-alive
 * connections, the standard retry policy (network errors, 5xx, throttling; full-jitter backoff) and clock-skew
 * correction. Bodies are signed by their SHA-256, so S3 rejects a body damaged on the way. Added: an idle
 * timeout per attempt (20 s), so a stalled connection is retried instead of holding the invocation.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isNotFoundCode, unquote, versionOf } from './s3-answers.ts';
import { endpointFromEnv } from './s3-client.ts';
import { EMPTY_PAYLOAD_HASH, escapeKeyPath, escapeUri, sha256Hex, signRequest, type Credentials } from './sigv4.ts';
import type { ObjectHead, Storage, StoredObject } from './storage.ts';

type Env = Record<string, string | undefined>;

export interface S3HttpOptions {
  region: string;
  /** An S3-compatible endpoint (path-style addressing); absent: AWS's own endpoint for the region. */
  endpoint?: string | undefined;
  useFips?: boolean;
  useDualStack?: boolean;
  maxAttempts?: number;
  /**
   * How long a connection may sit silent (connecting, or waiting on S3) before the attempt counts as failed
   * and is retried. Without it a stalled socket would hold the invocation until the Lambda timeout.
   */
  idleTimeoutMs?: number;
  /** Read before every request (Lambda's may be replaced in a long-lived environment). */
  credentials: () => Credentials;
}

const flag = (value: string | undefined): boolean => value?.trim().toLowerCase() === 'true';

export function s3HttpOptionsFromEnv(env: Env = process.env): S3HttpOptions {
  const attempts = Number(env['AWS_MAX_ATTEMPTS']);
  return {
    region: env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1',
    endpoint: endpointFromEnv(env),
    useFips: flag(env['AWS_USE_FIPS_ENDPOINT']),
    useDualStack: flag(env['AWS_USE_DUALSTACK_ENDPOINT']),
    ...(Number.isInteger(attempts) && attempts > 0 ? { maxAttempts: attempts } : {}),
    credentials: () => {
      const accessKeyId = env['AWS_ACCESS_KEY_ID'];
      const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
      if (!accessKeyId || !secretAccessKey) {
        throw new Error('S3 credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set (Lambda sets them)');
      }
      return { accessKeyId, secretAccessKey, sessionToken: env['AWS_SESSION_TOKEN'] || undefined };
    },
  };
}

/** The DNS suffix of a region's partition (the SDK's partitions table, for the regions S3 runs in). */
function dnsSuffix(region: string): string {
  if (region.startsWith('cn-')) return 'amazonaws.com.cn';
  if (region.startsWith('us-isob-')) return 'sc2s.sgov.gov';
  if (region.startsWith('us-isof-')) return 'csp.hci.ic.gov';
  if (region.startsWith('us-iso-')) return 'c2s.ic.gov';
  if (region.startsWith('eu-isoe-')) return 'cloud.adc-e.uk';
  return 'amazonaws.com';
}

/** A bucket that can be a TLS host name label: lower case, 3-63 characters, no dots, not an IP address. */
const virtualHostable = (bucket: string): boolean => /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(bucket);

export interface ObjectAddress {
  protocol: 'http:' | 'https:';
  hostname: string;
  port: number | null;
  /** Escaped, as sent and signed. */
  path: string;
}

/** Where an object lives: virtual-hosted on AWS when the bucket name allows it, else path-style. */
export function objectAddress(options: Pick<S3HttpOptions, 'region' | 'endpoint' | 'useFips' | 'useDualStack'>, bucket: string, key: string): ObjectAddress {
  const keyPath = escapeKeyPath(key);
  if (options.endpoint) {
    const url = new URL(options.endpoint);
    const base = url.pathname.replace(/\/+$/, '');
    return {
      protocol: url.protocol === 'http:' ? 'http:' : 'https:',
      hostname: url.hostname,
      port: url.port ? Number(url.port) : null,
      path: `${base}/${bucket}/${keyPath}`,
    };
  }
  const { region } = options;
  const host = `${options.useFips ? 's3-fips' : 's3'}${options.useDualStack ? '.dualstack' : ''}.${region}.${dnsSuffix(region)}`;
  return virtualHostable(bucket)
    ? { protocol: 'https:', hostname: `${bucket}.${host}`, port: null, path: `/${keyPath}` }
    : { protocol: 'https:', hostname: host, port: null, path: `/${bucket}/${keyPath}` };
}

/** An error S3 answered with: `name` is its code, as the SDK names its errors. */
export class S3ResponseError extends Error {
  readonly $metadata: { httpStatusCode: number };
  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = code;
    this.$metadata = { httpStatusCode: status };
  }
}

const isNotFound = (err: unknown): boolean => err instanceof S3ResponseError && isNotFoundCode(err.name);

// The SDK's standard retry policy: these codes, statuses and socket errors are worth another attempt.
const RETRY_CODES = new Set([
  'RequestTimeout', 'RequestTimeoutException', 'TimeoutError', 'InternalError', 'SlowDown', 'Throttling',
  'ThrottlingException', 'ThrottledException', 'RequestThrottled', 'RequestThrottledException',
  'RequestLimitExceeded', 'TooManyRequestsException', 'BandwidthLimitExceeded', 'PriorRequestNotComplete',
]);
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRY_SOCKET = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const CLOCK_SKEW = new Set(['RequestTimeTooSkewed', 'RequestExpired', 'InvalidSignatureException', 'SignatureDoesNotMatch', 'AuthFailure']);

function retryable(err: unknown): boolean {
  if (err instanceof S3ResponseError) return RETRY_STATUS.has(err.$metadata.httpStatusCode) || RETRY_CODES.has(err.name);
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRY_SOCKET.has(code);
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const xmlText = (xml: string, tag: string): string =>
  (new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1] ?? '').replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? '');

/** A body-less error (HEAD) is named from its status, as the SDK does. */
const STATUS_CODES: Record<number, string> = { 400: 'BadRequest', 403: 'Forbidden', 404: 'NotFound', 412: 'PreconditionFailed' };

function responseError(status: number, body: string, what: string): S3ResponseError {
  const code = xmlText(body, 'Code') || STATUS_CODES[status] || 'Unknown';
  return new S3ResponseError(code, xmlText(body, 'Message') || `${what}: HTTP ${status}`, status);
}

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(', ') : value);

function headFrom(headers: IncomingHttpHeaders): ObjectHead {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith('x-amz-meta-') && value !== undefined) metadata[name.slice('x-amz-meta-'.length)] = one(value) ?? '';
  }
  const version = one(headers['x-amz-version-id']);
  const modified = headers['last-modified'];
  return {
    metadata,
    eTag: unquote(one(headers.etag)),
    versionId: versionOf(version),
    size: Number(headers['content-length'] ?? 0),
    lastModified: modified ? new Date(modified) : null,
  };
}

function readBody(response: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
    response.on('aborted', () => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
  });
}

interface Call {
  method: 'GET' | 'HEAD' | 'PUT' | 'DELETE';
  bucket: string;
  key: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: Buffer;
}

/** The answer to a call: status and headers, and the open body (for GET) or its text (errors, other calls). */
type Answer = { status: number; headers: IncomingHttpHeaders; response: IncomingMessage };

export function s3HttpStorage(options: S3HttpOptions): Storage {
  const maxAttempts = options.maxAttempts ?? 3;
  const idleTimeoutMs = options.idleTimeoutMs ?? 20_000;
  // As the SDK's handler: connections kept alive between requests and invocations, up to 50 per host.
  const agents = { 'http:': new HttpAgent({ keepAlive: true, maxSockets: 50 }), 'https:': new HttpsAgent({ keepAlive: true, maxSockets: 50 }) };
  let clockOffsetMs = 0;

  function once(call: Call): Promise<Answer> {
    const address = objectAddress(options, call.bucket, call.key);
    const query = call.query ?? {};
    const search = Object.entries(query)
      .map(([k, v]) => `${escapeUri(k)}=${escapeUri(v)}`)
      .join('&');
    const host = address.port === null ? address.hostname : `${address.hostname}:${address.port}`;
    const body = call.body;
    const headers = signRequest(
      {
        method: call.method,
        host,
        path: address.path,
        query,
        headers: { ...call.headers, ...(body ? { 'content-length': String(body.byteLength) } : {}) },
        payloadHash: body ? sha256Hex(body) : EMPTY_PAYLOAD_HASH,
      },
      options.credentials(),
      options.region,
      new Date(Date.now() + clockOffsetMs),
    );
    const send = address.protocol === 'http:' ? httpRequest : httpsRequest;
    return new Promise((resolve, reject) => {
      const request = send({
        method: call.method,
        hostname: address.hostname,
        ...(address.port !== null ? { port: address.port } : {}),
        path: search ? `${address.path}?${search}` : address.path,
        headers,
        agent: agents[address.protocol],
      });
      request.on('response', (response) => resolve({ status: response.statusCode ?? 0, headers: response.headers, response }));
      request.on('error', reject);
      request.setTimeout(idleTimeoutMs, () =>
        request.destroy(Object.assign(new Error(`S3 ${call.method} ${call.bucket}/${call.key}: no answer in ${idleTimeoutMs} ms`), { code: 'ETIMEDOUT' })),
      );
      request.end(body);
    });
  }

  /** One call with the SDK's retries; an error answer is read and thrown as S3ResponseError. */
  async function call(c: Call): Promise<Answer> {
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await once(c);
        if (answer.status < 300) return answer;
        const text = (await readBody(answer.response)).toString('utf8');
        const error = responseError(answer.status, text, `${c.method} ${c.bucket}/${c.key}`);
        const serverDate = Date.parse(one(answer.headers.date) ?? '');
        if (CLOCK_SKEW.has(error.name) && Number.isFinite(serverDate) && Math.abs(serverDate - (Date.now() + clockOffsetMs)) > 300_000) {
          clockOffsetMs = serverDate - Date.now();
          if (attempt < maxAttempts) continue;
        }
        throw error;
      } catch (err) {
        if (attempt >= maxAttempts || !retryable(err)) throw err;
        await new Promise((wake) => setTimeout(wake, Math.random() * Math.min(20_000, 100 * 2 ** attempt)));
      }
    }
  }

  return {
    async get(bucket, key, { versionId, maxBytes }): Promise<StoredObject | null> {
      try {
        const { headers, response } = await call({ method: 'GET', bucket, key, ...(versionId ? { query: { versionId } } : {}) });
        const head = headFrom(headers);
        if (head.size > maxBytes) {
          // Do not pull an oversized object into memory just to reject it.
          response.destroy();
          return { ...head, bytes: null };
        }
        const body = await readBody(response);
        return { ...head, size: body.byteLength, bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async head(bucket, key) {
      try {
        const { headers, response } = await call({ method: 'HEAD', bucket, key });
        response.resume();
        return headFrom(headers);
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async put(bucket, key, body, { contentType, metadata }) {
      const headers: Record<string, string> = { 'content-type': contentType };
      for (const [name, value] of Object.entries(metadata)) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
      const { response } = await call({ method: 'PUT', bucket, key, headers, body: typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength) });
      response.resume();
    },
    async delete(bucket, key) {
      // S3 answers 204 for a key that is not there, so a missing key needs no special case.
      const { response } = await call({ method: 'DELETE', bucket, key });
      response.resume();
    },
  };
}
