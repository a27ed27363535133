/**
 * AWS Signature Version 4, header form, for the S3 requests s3-http.ts makes without the SDK. The payload's
 * SHA-256 is signed, so S3 also checks the body it received against it. tests/s3-http.test.ts compares the
 * signatures with AWS's documented examples and with @smithy/signature-v4, the signer the AWS SDK uses.
 */
import { createHash, createHmac } from 'node:crypto';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface RequestToSign {
  method: string;
  /** Host name, with `:port` when it is not the protocol's default (what the Host header carries). */
  host: string;
  /** The path exactly as sent, already escaped (see escapeKeyPath). */
  path: string;
  /** Raw (unescaped) query parameters. */
  query: Readonly<Record<string, string>>;
  /** Lower-case header names; all of them are signed. */
  headers: Readonly<Record<string, string>>;
  /** Hex SHA-256 of the body. */
  payloadHash: string;
}

export const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export const EMPTY_PAYLOAD_HASH = sha256Hex('');

/** RFC 3986 escaping as AWS wants it: everything but A-Z a-z 0-9 - _ . ~ is %-encoded (UTF-8). */
export function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An object key as an S3 path: each segment escaped, the slashes kept (S3 does not normalise paths). */
export const escapeKeyPath = (key: string): string => key.split('/').map(escapeUri).join('/');

/** 20260101T000000Z */
export const amzDate = (date: Date): string => date.toISOString().replace(/[-:]|\.\d{3}/g, '');

const hmac = (key: Uint8Array | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

// A signing key is good for a whole day: derived once per day, region and secret (a warm function reuses it).
let cachedKey: { id: string; key: Buffer } | null = null;

function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  const id = `${day}/${region}/${service}/${secret}`;
  if (cachedKey?.id !== id) cachedKey = { id, key: hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request') };
  return cachedKey.key;
}

/**
 * The headers to send: the request's own, plus host, x-amz-date, x-amz-content-sha256, the session token
 * when there is one, and authorization.
 */
export function signRequest(
  request: RequestToSign,
  credentials: Credentials,
  region: string,
  now: Date,
  service = 's3',
): Record<string, string> {
  const date = amzDate(now);
  const day = date.slice(0, 8);
  const headers: Record<string, string> = {
    ...request.headers,
    host: request.host,
    'x-amz-date': date,
    'x-amz-content-sha256': request.payloadHash,
    ...(credentials.sessionToken ? { 'x-amz-security-token': credentials.sessionToken } : {}),
  };
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((name) => `${name}:${String(headers[name]).trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalQuery = Object.entries(request.query)
    .map(([k, v]) => [escapeUri(k), escapeUri(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [request.method, request.path, canonicalQuery, canonicalHeaders, signedHeaders, request.payloadHash].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac('sha256', signingKey(credentials.secretAccessKey, day, region, service)).update(stringToSign).digest('hex');
  headers['authorization'] = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}
