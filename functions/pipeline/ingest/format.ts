import type { InputFormat } from '../article.ts';
import { FactsheetError } from '../errors.ts';

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
};

/** The input format, from the key's extension (case-insensitive). */
export function formatFromKey(key: string): InputFormat {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const format = BY_EXTENSION[ext];
  if (!format) {
    throw new FactsheetError(
      'UNSUPPORTED_TYPE',
      `Unsupported file type ${ext ? `".${ext}"` : '(no extension)'} for "${name}"; expected .txt, .md, .markdown, .html or .htm.`,
    );
  }
  return format;
}
