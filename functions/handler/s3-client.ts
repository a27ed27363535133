/**
 * The S3 client every door uses. With `AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL` (the local bucket, tests),
 * it talks path-style and computes checksums only when required: with the SDK's default flexible checksums
 * s3rver stores the aws-chunked framing of streamed bodies as if it were the object.
 */
import { S3Client } from '@aws-sdk/client-s3';

export interface S3ClientOptions {
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  maxAttempts?: number;
}

export function endpointFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  return env['AWS_ENDPOINT_URL_S3'] || env['AWS_ENDPOINT_URL'] || undefined;
}

export function createS3Client(options: S3ClientOptions = {}, env: Record<string, string | undefined> = process.env): S3Client {
  const endpoint = options.endpoint ?? endpointFromEnv(env);
  const region = options.region ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
  if (!endpoint) {
    return new S3Client({
      region,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    });
  }
  return new S3Client({
    region,
    endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
}
