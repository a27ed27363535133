/**
 * One uploaded object → its fact sheet (PDF + JSON) or its error report, over the storage port.
 *
 * - Permanent problems with the input (FactsheetError, or the pipeline failing on it) end as
 *   `failed/<path>.error.json` and are NOT retried: the same bytes would fail the same way.
 * - Anything the storage port throws is transient (S3 errors, throttling): it propagates, and the caller
 *   reports the message for retry.
 * - The PDF is written first and the JSON last: the JSON is the "done" marker the idempotency check reads,
 *   so a half-finished run is never taken as done.
 * - The clock is SOURCE_DATE_EPOCH, else the source's Last-Modified: two runs over the same object version
 *   (at-least-once delivery, concurrent duplicates) write byte-identical outputs.
 */
import { createHash } from 'node:crypto';
import { makeFactSheet, GENERATOR_VERSION } from '../pipeline/index.ts';
import { FactsheetError, isFactsheetError } from '../pipeline/errors.ts';
import { resolveTemplate } from '../pipeline/templates.ts';
import { encodeS3EventKey, outputKeysFor, relativeInputPath, type OutputKeys } from '../pipeline/keys.ts';
import type { HandlerConfig } from './config.ts';
import type { ObjectRef } from './events.ts';
import type { ObjectHead, Storage, StoredObject } from './storage.ts';
import type { Telemetry } from './telemetry.ts';
import { chooseTemplate } from './template-choice.ts';

export interface ProcessDeps {
  storage: Storage;
  config: HandlerConfig;
  telemetry: Telemetry;
}

export type Outcome =
  | { status: 'ignored'; key: string; reason: string }
  | { status: 'skipped'; key: string; pdf: string; json: string; reason: 'up to date' | 'newer version already made' }
  | { status: 'made'; key: string; pdf: string; json: string; template: string; durationMs: number }
  | { status: 'failed'; key: string; code: string; message: string; report: string };

/** The error report written to `failed/<path>.error.json`. */
export interface ErrorReport {
  code: string;
  message: string;
  key: string;
  version: string | null;
}

/** Metadata on every output object: where it came from. The key is S3-event-encoded (ASCII-safe). */
export const META = {
  sourceKey: 'source-key',
  sourceVersion: 'source-version',
  sourceEtag: 'source-etag',
  sourceModified: 'source-last-modified',
  template: 'template',
  /** Changes when the template's definition changes under the same name, so reprocess remakes the sheet. */
  templateDigest: 'template-digest',
  generator: 'generator-version',
} as const;

/** A pipeline failure that is not a FactsheetError is a bug hit by this input: permanent, but ours. */
export const INTERNAL_ERROR_CODE = 'INTERNAL';

const digests = new Map<string, string>();

/** A short digest of the template's definition (throws BAD_TEMPLATE for an unknown name). */
function templateDigest(name: string): string {
  let digest = digests.get(name);
  if (!digest) {
    digest = createHash('sha256').update(JSON.stringify(resolveTemplate(name))).digest('hex').slice(0, 16);
    digests.set(name, digest);
  }
  return digest;
}

function outputMetadata(key: string, object: StoredObject | null, version: string | null, template?: string) {
  const meta: Record<string, string> = { [META.sourceKey]: encodeS3EventKey(key), [META.generator]: GENERATOR_VERSION };
  if (version) meta[META.sourceVersion] = version;
  if (object?.eTag) meta[META.sourceEtag] = object.eTag;
  if (object?.lastModified) meta[META.sourceModified] = object.lastModified.toISOString();
  if (template) {
    meta[META.template] = template;
    meta[META.templateDigest] = templateDigest(template);
  }
  return meta;
}

const MAX_KEY_BYTES = 1024;

/**
 * S3 keys are at most 1,024 bytes. An upload with a key near that limit would get an error-report key
 * over it (a PUT that fails forever); such a report goes to a hashed name instead (its body names the key).
 */
export function fitKeys(keys: OutputKeys, failedPrefix: string): OutputKeys {
  if (Buffer.byteLength(keys.error) <= MAX_KEY_BYTES) return keys;
  const digest = createHash('sha256').update(keys.error).digest('hex');
  return { ...keys, error: `${failedPrefix}long-keys/${digest}.error.json` };
}

/** Whether an output was made from a later upload of the key than `object` (events arrive out of order). */
function madeFromNewer(output: ObjectHead, object: StoredObject): boolean {
  const modified = output.metadata[META.sourceModified];
  return Boolean(modified && object.lastModified && Date.parse(modified) > object.lastModified.getTime());
}

export async function processObject(ref: ObjectRef, deps: ProcessDeps): Promise<Outcome> {
  const { storage, config, telemetry } = deps;
  const { logger } = telemetry;
  const relative = relativeInputPath(ref.key, config.prefixes);
  if (relative === null) {
    logger.debug('ignored: outside the incoming prefix', { bucket: ref.bucket, key: ref.key });
    return { status: 'ignored', key: ref.key, reason: `outside ${config.prefixes.incoming}` };
  }
  if (ref.key.endsWith('/')) {
    // A "folder" made in the S3 console is an empty object named like this: not an upload.
    return { status: 'ignored', key: ref.key, reason: 'folder marker' };
  }
  const keys = fitKeys(outputKeysFor(relative, config.prefixes), config.prefixes.failed);
  const outBucket = config.outputBucket ?? ref.bucket;
  const started = performance.now();

  // The idempotency check needs only the keys: asked at the same time as the source, it costs no round trip
  // of its own. Its outcome is held, not thrown, until it is used: a path that ends before the check (object
  // gone, bad template, too large) must not fail on it.
  const held = (head: Promise<ObjectHead | null>) =>
    head.then(
      (found) => ({ head: found }),
      (error: unknown) => ({ error }),
    );
  const headOfJson = held(storage.head(outBucket, keys.json));
  // The error report an earlier version may have left, looked up the same way (see staleReport below).
  const headOfReport = held(storage.head(outBucket, keys.error));
  const object = await storage.get(ref.bucket, ref.key, { versionId: ref.versionId, maxBytes: config.limits.maxBytes });
  if (object === null) {
    // Deleted (or overwritten away) before we got to it: there is nothing left to make a sheet of.
    logger.warn('ignored: object no longer exists', { bucket: ref.bucket, key: ref.key, version: ref.versionId });
    return { status: 'ignored', key: ref.key, reason: 'object no longer exists' };
  }
  const version = object.versionId ?? ref.versionId ?? object.eTag ?? ref.eTag;
  const fields = { bucket: ref.bucket, key: ref.key, version };

  const fail = async (code: string, message: string): Promise<Outcome> => {
    const report: ErrorReport = { code, message, key: ref.key, version };
    await storage.put(outBucket, keys.error, `${JSON.stringify(report, null, 2)}\n`, {
      contentType: 'application/json; charset=utf-8',
      metadata: outputMetadata(ref.key, object, version),
    });
    telemetry.failed(code);
    logger.warn('input cannot be made into a sheet', { ...fields, code, reason: message, report: keys.error });
    return { status: 'failed', key: ref.key, code, message, report: keys.error };
  };

  let template: string;
  let digest: string;
  try {
    template = chooseTemplate(object.metadata, relative, config.defaultTemplate).name;
    digest = templateDigest(template);
  } catch (err) {
    if (isFactsheetError(err)) return fail(err.code, err.message);
    throw err;
  }
  if (object.bytes === null) {
    const error = new FactsheetError(
      'TOO_LARGE',
      `the file is ${object.size} bytes; the limit is ${config.limits.maxBytes} bytes`,
    );
    return fail(error.code, error.message);
  }

  const checked = await headOfJson;
  if ('error' in checked) throw checked.error;
  const existing = checked.head;
  if (
    existing &&
    version !== null &&
    existing.metadata[META.sourceKey] === encodeS3EventKey(ref.key) &&
    existing.metadata[META.sourceVersion] === version &&
    existing.metadata[META.template] === template &&
    existing.metadata[META.templateDigest] === digest &&
    existing.metadata[META.generator] === GENERATOR_VERSION
  ) {
    telemetry.skipped();
    logger.info('skipped: sheet already made from this version', { ...fields, template, json: keys.json });
    return { status: 'skipped', key: ref.key, pdf: keys.pdf, json: keys.json, reason: 'up to date' };
  }
  // SQS does not keep order: an event for an older version of this key may arrive after the newer one was
  // made. Rendering it would put a stale sheet over a fresh one.
  if (existing && existing.metadata[META.sourceKey] === encodeS3EventKey(ref.key) && madeFromNewer(existing, object)) {
    telemetry.skipped();
    logger.warn('skipped: a newer version of this object already has its sheet', {
      ...fields,
      newerVersion: existing.metadata[META.sourceVersion],
    });
    return { status: 'skipped', key: ref.key, pdf: keys.pdf, json: keys.json, reason: 'newer version already made' };
  }
  // An error report an earlier version left is deleted once this version has its sheet, so `failed/` does not
  // keep saying the object fails. One made from a newer version stays: it describes the object as it is now.
  // Asked before anything is written, so a failed look-up is retried from the start, not after the sheet.
  const report = await headOfReport;
  if ('error' in report) throw report.error;
  const staleReport = report.head !== null && !madeFromNewer(report.head, object);

  let made: Awaited<ReturnType<typeof makeFactSheet>>;
  try {
    made = await makeFactSheet(
      { bytes: object.bytes, key: ref.key, version },
      { template, now: config.fixedClock ?? object.lastModified ?? new Date(), limits: config.limits },
    );
  } catch (err) {
    if (isFactsheetError(err)) return fail(err.code, err.message);
    // A bug, not the world: retrying the same bytes cannot help. Operators get the stack in the log;
    // the report carries only the message.
    logger.error('pipeline failed on this input', { ...fields, error: err as Error });
    const message = err instanceof Error ? err.message : String(err);
    return fail(INTERNAL_ERROR_CODE, `internal error while making the sheet: ${message}`);
  }

  const metadata = outputMetadata(ref.key, object, version, template);
  if (made.pdf) await storage.put(outBucket, keys.pdf, made.pdf, { contentType: 'application/pdf', metadata });
  await storage.put(outBucket, keys.json, `${JSON.stringify(made.sheet, null, 2)}\n`, {
    contentType: 'application/json; charset=utf-8',
    metadata,
  });
  // After the JSON: a reader never finds neither the sheet nor the report.
  if (staleReport) await storage.delete(outBucket, keys.error);
  const durationMs = performance.now() - started;
  telemetry.made(durationMs);
  logger.info('sheet made', { ...fields, template, pdf: keys.pdf, json: keys.json, durationMs: Math.round(durationMs) });
  return { status: 'made', key: ref.key, pdf: keys.pdf, json: keys.json, template, durationMs };
}
