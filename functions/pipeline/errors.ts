/**
 * Typed errors. `code` is what a user reads in `failed/<path>.error.json` and on the CLI; a permanent error
 * is about the input (retrying cannot help), a transient one is about the world (S3, throttling).
 */
export const INPUT_ERROR_CODES = [
  'EMPTY',
  'NOT_TEXT',
  'TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'NO_CONTENT',
  'LIMIT_EXCEEDED',
  'BAD_TEMPLATE',
] as const;

export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

export class FactsheetError extends Error {
  override readonly name = 'FactsheetError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isFactsheetError(err: unknown): err is FactsheetError {
  return err instanceof FactsheetError;
}
