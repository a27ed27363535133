/**
 * How S3's answers read, shared by both S3 drivers (s3-http.ts in the Lambda, s3-storage.ts over the AWS
 * SDK). Imports nothing: the Lambda bundle reaches it without the SDK.
 */

/** The error codes S3 gives for an object (or version) that is not there; a HEAD's 404 is named NotFound. */
const NOT_FOUND = new Set(['NoSuchKey', 'NoSuchVersion', 'NotFound']);

export const isNotFoundCode = (code: string): boolean => NOT_FOUND.has(code);

/** An ETag as the storage port keeps it: without its surrounding quotes. */
export const unquote = (etag: string | undefined): string | null => (etag ? etag.replace(/"/g, '') : null);

/** A version id, or null for an unversioned object (which S3 reports as the version "null"). */
export const versionOf = (id: string | undefined): string | null => (id && id !== 'null' ? id : null);
