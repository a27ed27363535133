/**
 * The S3 key layout (DESIGN.md), as pure functions shared by the Lambda handler, the local bucket and
 * the backfill command:
 *   incoming/<path>                 → factsheets/<path-without-extension>.pdf and .json
 *                                   → failed/<path>.error.json when the input cannot be made into a sheet
 */
export interface Prefixes {
  incoming: string;
  output: string;
  failed: string;
}

export const DEFAULT_PREFIXES: Prefixes = { incoming: 'incoming/', output: 'factsheets/', failed: 'failed/' };

/** S3 event notifications URL-encode keys, with `+` for a space. */
export function decodeS3EventKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The inverse, as S3 does it: for feeding raw keys (s3rver's events) to code that expects S3's form. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/');
}

/**
 * The path below the incoming prefix, normalised so that no output key can leave its prefix:
 * `.` and `..` segments and empty segments are dropped. Returns null for keys outside the prefix.
 */
export function relativeInputPath(key: string, prefixes: Prefixes = DEFAULT_PREFIXES): string | null {
  if (!key.startsWith(prefixes.incoming)) return null;
  const segments = key
    .slice(prefixes.incoming.length)
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length === 0) return null;
  return segments.join('/');
}

export function stripExtension(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) : path;
}

export interface OutputKeys {
  pdf: string;
  json: string;
  error: string;
}

export function outputKeysFor(relativePath: string, prefixes: Prefixes = DEFAULT_PREFIXES): OutputKeys {
  const base = prefixes.output + stripExtension(relativePath);
  return { pdf: `${base}.pdf`, json: `${base}.json`, error: `${prefixes.failed}${relativePath}.error.json` };
}
