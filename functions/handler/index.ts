/**
 * The Lambda entry point: `handler` takes an SQS event whose bodies are S3 notifications (or a direct S3
 * event) and answers with `batchItemFailures`. Configured from the environment (see config.ts). S3 is reached
 * without the AWS SDK (s3-http.ts: a smaller, faster cold start), honouring AWS_ENDPOINT_URL_S3 /
 * AWS_ENDPOINT_URL for S3-compatible endpoints; adapters that pass their own storage keep the SDK.
 */
import type { Context, SQSBatchResponse } from 'aws-lambda';
import { configFromEnv, type HandlerConfig } from './config.ts';
import { createHandler, type FactsheetHandler } from './run.ts';
import { s3HttpOptionsFromEnv, s3HttpStorage } from './s3-http.ts';
import type { Storage } from './storage.ts';
import { createTelemetry, type Telemetry } from './telemetry.ts';

export interface HandlerDeps {
  storage?: Storage;
  config?: HandlerConfig;
  telemetry?: Telemetry;
  env?: Record<string, string | undefined>;
}

/** A handler over explicit parts; anything not given comes from the environment. */
export function createFactsheetHandler(deps: HandlerDeps = {}): FactsheetHandler {
  const env = deps.env ?? process.env;
  return createHandler({
    storage: deps.storage ?? s3HttpStorage(s3HttpOptionsFromEnv(env)),
    config: deps.config ?? configFromEnv(env),
    telemetry: deps.telemetry ?? createTelemetry(env),
  });
}

// Built on first use, then kept for the life of the execution environment (warm starts reuse the client).
let shared: FactsheetHandler | undefined;

export async function handler(event: unknown, context?: Context): Promise<SQSBatchResponse> {
  shared ??= createFactsheetHandler();
  return shared.handler(event, context);
}

export { createHandler, type FactsheetHandler, type ItemResult } from './run.ts';
export { configFromEnv, type HandlerConfig } from './config.ts';
export { parseEvent, type ObjectRef } from './events.ts';
export type { Outcome, ErrorReport } from './process-object.ts';
